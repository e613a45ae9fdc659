import type { RuleId, Violation } from '../src/api/rules/violation';

type Params = Readonly<Record<string, string | number>>;

/**
 * ASSUMPTION: Kakao documents detail codes for only a few refusals (32013, 32016, 32021,
 * 75007, 22086, 22087). Every other refusal of the sandbox answers with this one code,
 * chosen in the ad group range and unused by the reference, so a client can tell
 * "a rule of the console was broken" from the documented cases.
 */
export const FALLBACK_DETAIL_CODE = 32000;

const won = (value: string | number | undefined): string =>
  typeof value === 'number' ? `${value.toLocaleString('ko-KR')}원` : `${value ?? ''}원`;
/** ": X" naming the offending value, when the rule passed one. */
const which = (value: string | number | undefined): string => (value === undefined ? '' : `: ${value}`);
const num = (value: string | number | undefined): string =>
  typeof value === 'number' ? value.toLocaleString('ko-KR') : String(value ?? '');

/**
 * Korean detailMsg per rule, as the sandbox answers it. Exhaustive over RuleId, so a
 * new rule does not compile until it has a message here. The documented samples are
 * quoted where they exist (32013, 32016, 32021).
 */
export const REFUSAL_MESSAGES: Record<RuleId, (p: Params) => string> = {
  required: () => '필수 값이 없습니다.',
  notInteger: () => '정수만 입력할 수 있습니다.',
  notAllowed: (p) => `허용되지 않는 값입니다${which(p.value)}.`,
  mustEqual: (p) => (p.expected === undefined ? '이 값은 바꿀 수 없습니다.' : `이 값은 ${p.expected}(으)로 고정되어 있습니다.`),
  'adGroup.readonlyCampaign': () => '이 캠페인 유형에서는 광고그룹을 만들거나 수정할 수 없습니다.',
  'adGroup.notSupported': () => '관련 작업을 지원하지 않는 광고그룹입니다.',
  'adGroup.cannotDelete': () => '이 캠페인 유형의 광고그룹은 삭제할 수 없습니다.',
  'adGroup.deleted': () => '삭제된 광고그룹은 변경할 수 없습니다.',
  'adGroup.contractCancelled': () => '계약이 해지된 광고그룹은 ON/OFF 변경과 수정을 할 수 없습니다.',
  'name.tooLong': (p) => `광고그룹 이름은 최대 ${p.max ?? 50}자까지 입력할 수 있습니다.`,
  'budget.min': (p) => `광고그룹 일예산은 최소 ${num(p.min)}보다 크거나 같아야 합니다.`,
  'budget.max': (p) => `광고그룹 일예산은 최대 ${won(p.max)}까지 설정할 수 있습니다.`,
  'budget.step': (p) => `광고그룹 일예산은 ${won(p.step)} 단위로 입력해야 합니다.`,
  'budget.aboveCampaign': (p) => `광고그룹 일예산은 캠페인 일예산(${won(p.max)})보다 클 수 없습니다.`,
  'budget.belowTwiceBid': (p) => `최대입찰금액(${won(p.bid)})이 일예산의 50%를 넘게 됩니다. 광고그룹 일예산은 ${won(p.min)} 이상이어야 합니다.`,
  'pricingType.notAllowed': (p) => `이 캠페인 유형에서 사용할 수 없는 과금방식입니다${which(p.value)}.`,
  'bidStrategy.notAllowed': (p) => `이 캠페인 유형에서 사용할 수 없는 입찰방식입니다${which(p.value)}.`,
  'bid.min': (p) => `최대입찰금액은 최소 ${won(p.min)} 이상이어야 합니다.`,
  'bid.max': (p) => `최대입찰금액은 ${won(p.max)}을 넘을 수 없습니다.`,
  'bid.aboveHalfBudget': (p) => `최대입찰금액은 광고그룹 일예산(${won(p.budget)})의 50%인 ${won(p.max)}을 넘을 수 없습니다.`,
  'autobid.bidAmountNotZero': () => '자동입찰에서는 입찰금액을 0으로 보내야 합니다.',
  'autobid.targetTypeNotAllowed': (p) => `사용할 수 없는 자동입찰 옵션입니다${which(p.value)}.`,
  'autobid.targetRequired': () => '목표 금액을 입력해야 합니다.',
  'autobid.targetNotAllowed': () => '이 자동입찰 옵션에는 목표 값을 설정할 수 없습니다.',
  'autobid.targetMin': (p) => `목표 값은 최소 ${num(p.min)} 이상이어야 합니다.`,
  'autobid.targetMax': (p) => `목표 값은 ${num(p.max)}을(를) 넘을 수 없습니다.`,
  'pacing.notAllowed': () => '게재방식을 선택할 수 없습니다.',
  'placement.required': () => '게재지면을 하나 이상 선택해야 합니다.',
  'placement.adServingCategoriesRequired': () => '네트워크 지면을 선택하면 네트워크 카테고리를 선택해야 합니다.',
  'placement.sectionCategoriesNotAllowed': () => '섹션 카테고리는 카카오 비즈보드의 카카오톡 지면에서만 선택할 수 있습니다.',
  'placement.allAvailableNotAllowed': () => '이 캠페인 유형에서는 전체 지면을 선택할 수 없습니다.',
  'device.required': () => '디바이스를 하나 이상 선택해야 합니다.',
  'device.pcNotAllowed': () => '이 캠페인 유형에서는 PC를 선택할 수 없습니다.',
  'device.allAvailableNotAllowed': () => '이 캠페인 유형에서는 전체 디바이스를 선택할 수 없습니다.',
  'device.allAvailableNeedsAll': () => '전체 디바이스를 선택하면 ANDROID, IOS, PC를 모두 보내야 합니다.',
  'targeting.agesRequired': () => '연령을 일부 선택하면 연령대를 하나 이상 선택해야 합니다.',
  'targeting.agesNotAllowed': () => '연령 전체를 선택하면 연령대를 보낼 수 없습니다.',
  'targeting.gendersRequired': () => '성별을 일부 선택하면 성별을 하나 이상 선택해야 합니다.',
  'targeting.gendersNotAllowed': () => '성별 전체를 선택하면 성별을 보낼 수 없습니다.',
  'targeting.locationsRequired': () => '지역을 일부 선택하면 지역을 하나 이상 선택해야 합니다.',
  'targeting.locationsNotAllowed': () => '지역 전체를 선택하면 지역을 보낼 수 없습니다.',
  'targeting.adultAgeType': () => '성인 타겟팅을 사용하면 연령을 일부 선택(NOT_ALL)해야 합니다.',
  'targeting.adultAges': () => '성인 타겟팅을 사용하면 20세 이상 연령대를 모두 선택해야 합니다.',
  'targeting.adultCannotTurnOff': () => '성인 타겟팅은 한 번 사용하면 해제할 수 없습니다.',
  'targeting.audienceIdRequired': () => '오디언스를 사용하면 오디언스 ID를 보내야 합니다.',
  'targeting.audienceExclusive': () => '오디언스를 사용하면 다른 타겟 정보는 비워야 합니다.',
  'targeting.audienceTypeNotAllowed': (p) => `이 광고그룹에서 사용할 수 없는 오디언스 유형입니다${which(p.value)}.`,
  'targeting.overseasNotAllowed': () => '카카오 비즈보드에서는 해외 지역을 선택할 수 없습니다.',
  'targeting.tooManyRegions': (p) => `지역은 최대 ${num(p.max)}개까지 선택할 수 있습니다.`,
  'targeting.regionAtTwoDepths': (p) => `같은 지역을 중복으로 선택할 수 없습니다${which(p.value)}.`,
  'targeting.talkChannelGroupNotAllowed': () => '친구그룹은 카카오톡 채널 도달 캠페인에서만 사용할 수 있습니다.',
  'targeting.smartMessageNoCustomAudience': () => '스마트메시지를 사용하면 맞춤타겟을 설정할 수 없습니다.',
  'targeting.trackerTerm': (p) => `픽셀 & SDK 타겟팅 기간은 ${p.min ?? 1}일에서 ${p.max ?? 180}일 사이여야 합니다.`,
  'targeting.inclusionType': () => '포함 여부는 INCLUDE 또는 EXCLUDE여야 합니다.',
  'schedule.invalidDate': () => '날짜 형식이 올바르지 않습니다.',
  'schedule.invalidTime': () => '시간 형식이 올바르지 않습니다.',
  'schedule.beginInPast': () => '시작일은 오늘 이후여야 합니다.',
  'schedule.beginTooLate': (p) => (p.max === undefined ? '시작일은 오늘부터 6개월 이내여야 합니다.' : `시작일은 ${p.max}까지 선택할 수 있습니다.`),
  'schedule.endNotAfterBegin': () => '종료일은 시작일 이후여야 합니다.',
  'schedule.periodTooLong': (p) => `집행 기간은 최대 ${p.days ?? 30}일입니다.`,
  'schedule.dayHours': (p) => `요일별 시간은 ${p.hours ?? 24}개의 "0" 또는 "1"이어야 합니다.`,
  'schedule.noHours': () => '집행 시간을 한 시간 이상 선택해야 합니다.',
  'schedule.longTermEndRequired': () => '새 친구에게도 보내기를 사용하면 종료일과 종료시간을 보내야 합니다.',
  'message.priceMismatch': (p) => `메시지 단가는 ${won(p.expected)}이어야 합니다.`,
  'message.bidAmountMismatch': () => '입찰금액은 메시지 단가와 같아야 합니다.',
  'message.contractCountMin': (p) => `발송 가능 수는 최소 ${num(p.min)}건 이상이어야 합니다.`,
  'message.contractCountMax': (p) => `발송 가능 수는 최대 ${num(p.max)}건까지 설정할 수 있습니다.`,
  'message.populationTooSmall': () => '예상 발송 모수가 부족하여 발송 가능 수를 설정할 수 없습니다.',
  'message.sendRate': () => '분산발송 수는 0, 100, 500, 1000, 1500, 2000 중 하나여야 합니다.',
};

export function refusalMessage(v: Pick<Violation, 'rule' | 'params'>): string {
  return REFUSAL_MESSAGES[v.rule](v.params ?? {});
}
