import { registerMessages } from '../../../i18n/register-messages';
import { registerRuleMessages } from '../../../i18n/rules';

/** Namespace `adGroupActions`: the switch, inline edits, delete and cancel, on list and detail pages. */
export const adGroupActionsKo = {
  switch: {
    label: '{{name}} 켜기/끄기',
    talkOffTitle: '광고그룹을 끌까요?',
    talkOffMessage:
      '카카오톡 채널 광고그룹을 끄면 발송 중인 메시지는 중단되고 발송 예정인 메시지는 취소됩니다. "{{name}}"을(를) 끌까요?',
    talkOffConfirm: '끄기',
  },
  locked: {
    contractCancelled: '계약 해지됨: 해지는 되돌릴 수 없어 다시 켜거나 수정할 수 없습니다.',
  },
  edit: {
    open: '{{label}} 수정',
    save: '저장',
    cancel: '취소',
    keys: 'Enter로 저장, Esc로 취소',
    budgetLabel: '{{name}}의 일예산',
    bidLabel: '{{name}}의 최대 입찰금액',
    pacingLabel: '{{name}}의 게재 방식',
    autoBid: '자동입찰',
  },
  pacing: {
    NONE: '없음',
    NORMAL: '일반 게재',
    QUICK: '빠른 게재',
  },
  delete: {
    button: '삭제',
    label: '{{name}} 삭제',
    title: '광고그룹을 삭제할까요?',
    intro: '"{{name}}"을(를) 삭제합니다. 삭제는 되돌릴 수 없습니다.',
    notRemoved: '데이터가 지워지는 것이 아니라 광고그룹의 관리를 포기하는 것입니다.',
    noFunctions: '수정, 일시중지 등 광고그룹과 관련된 모든 기능을 더 이상 쓸 수 없습니다.',
    adsStop: '광고그룹의 모든 광고가 집행과 노출을 멈춥니다.',
    creativesDeleted: '광고그룹의 모든 소재가 삭제됩니다.',
    statsKept: '삭제 전 운영 기간의 통계는 계속 볼 수 있습니다.',
    creativesDeletable: '모든 소재가 삭제 가능한 상태일 때만 삭제할 수 있습니다.',
    confirm: '삭제',
    done: '"{{name}}"을(를) 삭제했습니다.',
  },
  cancelContract: {
    button: '계약 해지',
    label: '{{name}} 계약 해지',
    title: '메시지 발송 계약을 해지할까요?',
    message:
      '"{{name}}"의 메시지 발송 계약을 해지합니다. 이 광고그룹은 더 이상 메시지를 보낼 수 없고, 해지는 되돌릴 수 없습니다. 광고그룹과 그 통계는 남아 있습니다.',
    confirm: '계약 해지',
    done: '"{{name}}"의 계약을 해지했습니다.',
  },
};

export const adGroupActionsEn: typeof adGroupActionsKo = {
  switch: {
    label: 'On/off: {{name}}',
    talkOffTitle: 'Turn the ad group off?',
    talkOffMessage:
      'Turning off a Kakao Talk Channel ad group stops the messages being sent and cancels the messages scheduled to be sent. Turn "{{name}}" off?',
    talkOffConfirm: 'Turn off',
  },
  locked: {
    contractCancelled: 'Contract cancelled: this cannot be undone, so the group cannot be turned on or edited.',
  },
  edit: {
    open: 'Edit {{label}}',
    save: 'Save',
    cancel: 'Cancel',
    keys: 'Enter saves, Esc cancels',
    budgetLabel: 'daily budget of {{name}}',
    bidLabel: 'maximum bid of {{name}}',
    pacingLabel: 'pacing of {{name}}',
    autoBid: 'Automatic bidding',
  },
  pacing: {
    NONE: 'None',
    NORMAL: 'Standard',
    QUICK: 'Accelerated',
  },
  delete: {
    button: 'Delete',
    label: 'Delete {{name}}',
    title: 'Delete the ad group?',
    intro: '"{{name}}" will be deleted. This cannot be undone.',
    notRemoved: 'Deleting does not remove the data: you give up managing the ad group.',
    noFunctions: 'Editing, pausing and every other function of the ad group become unavailable.',
    adsStop: 'All ads of the ad group stop running and showing.',
    creativesDeleted: 'All creatives of the ad group are deleted.',
    statsKept: 'Statistics from before the deletion can still be viewed.',
    creativesDeletable: 'An ad group can only be deleted if all of its creatives can be deleted.',
    confirm: 'Delete',
    done: '"{{name}}" was deleted.',
  },
  cancelContract: {
    button: 'Cancel contract',
    label: 'Cancel the contract of {{name}}',
    title: 'Cancel the message sending contract?',
    message:
      'The message sending contract of "{{name}}" is cancelled: the ad group can no longer send messages, and this cannot be undone. The ad group and its statistics remain.',
    confirm: 'Cancel contract',
    done: 'The contract of "{{name}}" was cancelled.',
  },
};

export const AD_GROUP_ACTIONS_NAMESPACE = 'adGroupActions';

registerMessages(AD_GROUP_ACTIONS_NAMESPACE, { ko: adGroupActionsKo, en: adGroupActionsEn });
// The inline edits explain a refused value with the shared rule messages.
registerRuleMessages();
