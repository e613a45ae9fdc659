/** The `wizard` namespace: words every ad group wizard shares (display, message…). */
export const wizardMessages = {
  ko: {
    steps: '단계',
    stepOf: '{{total}}단계 중 {{current}}단계',
    back: '이전',
    next: '다음',
    submit: '저장',
    saving: '저장 중…',
    draft: {
      title: '저장되지 않은 작성 내용이 있습니다',
      body: '{{time}}에 자동 저장된 내용을 불러올까요?',
      restore: '불러오기',
      discard: '삭제',
      saved: '작성 내용이 자동 저장되었습니다',
    },
    leave: {
      title: '페이지를 떠날까요?',
      body: '저장하지 않은 변경 사항이 있습니다. 작성 중인 내용은 임시 저장되어 다음에 불러올 수 있습니다.',
      confirm: '떠나기',
    },
    cooldown: {
      wait: '카카오는 광고그룹 생성·수정을 5초에 한 번만 허용합니다. {{seconds}}초 후 저장할 수 있습니다.',
      queued: '{{seconds}}초 후 저장합니다…',
    },
    serverError: {
      title: '카카오가 요청을 거절했습니다',
    },
    route: {
      loading: '불러오는 중…',
      readonly: '이 콘솔은 이 캠페인 유형({{typeGoal}})의 광고그룹을 만들거나 수정하지 않습니다.',
      readonlyTitle: '지원하지 않는 캠페인 유형',
      back: '광고그룹 목록으로',
    },
    request: {
      show: '요청 본문 보기',
      hide: '요청 본문 숨기기',
      label: '전송할 요청 본문 (JSON)',
    },
  },
  en: {
    steps: 'Steps',
    stepOf: 'Step {{current}} of {{total}}',
    back: 'Back',
    next: 'Next',
    submit: 'Save',
    saving: 'Saving…',
    draft: {
      title: 'You have unsaved work',
      body: 'Restore what was saved automatically at {{time}}?',
      restore: 'Restore',
      discard: 'Discard',
      saved: 'Your work is saved as a draft',
    },
    leave: {
      title: 'Leave this page?',
      body: 'You have unsaved changes. What you typed is kept as a draft you can restore later.',
      confirm: 'Leave',
    },
    cooldown: {
      wait: 'Kakao allows one ad group save every 5 seconds. You can save again in {{seconds}} s.',
      queued: 'Saving in {{seconds}} s…',
    },
    serverError: {
      title: 'Kakao refused the request',
    },
    route: {
      loading: 'Loading…',
      readonly: 'This console does not create or edit ad groups of this campaign type ({{typeGoal}}).',
      readonlyTitle: 'Campaign type not supported',
      back: 'Back to the ad group list',
    },
    request: {
      show: 'Show the request body',
      hide: 'Hide the request body',
      label: 'Request body to be sent (JSON)',
    },
  },
};
