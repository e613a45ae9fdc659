import { describe, expect, it } from 'vitest';
import { canCancelContract, canDelete, canEdit, canEditBudgetBidPacing, canSwitchOnOff, lockReason } from './capabilities';

/** A Message group's sending status is known (null: none) unless a test says otherwise. */
const g = (campaignType: string, goal: string, config = 'ON', sendingStatus: string | null | undefined = null) => ({
  campaignType,
  goal,
  config,
  sendingStatus,
});

describe('on/off', () => {
  it('is allowed for Display, Video, Bizboard except Reach, and Talk Channel', () => {
    expect(canSwitchOnOff(g('DISPLAY', 'VISITING'))).toBe(true);
    expect(canSwitchOnOff(g('VIDEO', 'VIEW', 'OFF'))).toBe(true);
    expect(canSwitchOnOff(g('TALK_BIZ_BOARD', 'CONVERSION'))).toBe(true);
    expect(canSwitchOnOff(g('TALK_BIZ_BOARD', 'REACH'))).toBe(false);
    expect(canSwitchOnOff(g('TALK_CHANNEL', 'REACH'))).toBe(true);
    expect(canSwitchOnOff(g('PERSONAL_MESSAGE', 'REACH'))).toBe(false);
    expect(canSwitchOnOff(g('KAKAO_TV', 'VIEW'))).toBe(false);
  });

  it('only from ON or OFF', () => {
    expect(canSwitchOnOff(g('DISPLAY', 'VISITING', 'DEL'))).toBe(false);
  });
});

describe('delete (spec-notes #14)', () => {
  it('refuses the four undeletable kinds and deleted groups', () => {
    expect(canDelete(g('TALK_BIZ_BOARD', 'REACH'))).toBe(false);
    expect(canDelete(g('TALK_CHANNEL', 'REACH'))).toBe(false);
    expect(canDelete(g('DAUM_SHOPPING', 'CONVERSION'))).toBe(false);
    expect(canDelete(g('KAKAO_TV', 'VIEW'))).toBe(false);
    expect(canDelete(g('DISPLAY', 'VISITING', 'DEL'))).toBe(false);
  });

  it('allows the rest', () => {
    expect(canDelete(g('TALK_BIZ_BOARD', 'VISITING'))).toBe(true);
    expect(canDelete(g('DISPLAY', 'CONVERSION', 'OFF'))).toBe(true);
    expect(canDelete(g('VIDEO', 'VIEW'))).toBe(true);
    expect(canDelete(g('PERSONAL_MESSAGE', 'REACH'))).toBe(true);
  });
});

describe('budget, bid and pacing edits', () => {
  it('allows all three with MANUAL on the Display family', () => {
    expect(canEditBudgetBidPacing({ ...g('DISPLAY', 'VISITING'), bidStrategy: 'MANUAL' })).toEqual({
      dailyBudget: true,
      bidAmount: true,
      pacing: true,
    });
  });

  it('allows only the budget with AUTOBID', () => {
    expect(canEditBudgetBidPacing({ ...g('TALK_BIZ_BOARD', 'VISITING'), bidStrategy: 'AUTOBID' })).toEqual({
      dailyBudget: true,
      bidAmount: false,
      pacing: false,
    });
  });

  it('offers no pacing choice under Bizboard × Conversion', () => {
    expect(canEditBudgetBidPacing({ ...g('TALK_BIZ_BOARD', 'CONVERSION'), bidStrategy: 'MANUAL' }).pacing).toBe(false);
  });

  it('allows none for Reach, Message groups or deleted groups', () => {
    const none = { dailyBudget: false, bidAmount: false, pacing: false };
    expect(canEditBudgetBidPacing({ ...g('TALK_BIZ_BOARD', 'REACH'), bidStrategy: 'MANUAL' })).toEqual(none);
    expect(canEditBudgetBidPacing({ ...g('TALK_CHANNEL', 'REACH'), bidStrategy: 'MANUAL' })).toEqual(none);
    expect(canEditBudgetBidPacing({ ...g('DISPLAY', 'VISITING', 'DEL'), bidStrategy: 'MANUAL' })).toEqual(none);
  });
});

describe('cancel contract', () => {
  it('is for Message groups that are not deleted', () => {
    expect(canCancelContract(g('TALK_CHANNEL', 'REACH'))).toBe(true);
    expect(canCancelContract(g('TALK_CHANNEL', 'REACH', 'DEL'))).toBe(false);
    expect(canCancelContract(g('DISPLAY', 'VISITING'))).toBe(false);
  });
});

describe('full edit', () => {
  it('is offered for the types the Open API creates, not Bizboard × Reach, Daum Shopping or Kakao TV', () => {
    expect(canEdit(g('DISPLAY', 'VISITING'))).toBe(true);
    expect(canEdit(g('TALK_BIZ_BOARD', 'CONVERSION', 'OFF'))).toBe(true);
    expect(canEdit(g('TALK_CHANNEL', 'REACH'))).toBe(true);
    expect(canEdit(g('PERSONAL_MESSAGE', 'REACH'))).toBe(true);
    expect(canEdit(g('TALK_BIZ_BOARD', 'REACH'))).toBe(false);
    expect(canEdit(g('DAUM_SHOPPING', 'CONVERSION'))).toBe(false);
    expect(canEdit(g('KAKAO_TV', 'VIEW'))).toBe(false);
  });

  it('is not offered on a deleted group', () => {
    expect(canEdit(g('DISPLAY', 'VISITING', 'DEL'))).toBe(false);
  });
});

describe('a cancelled Message contract (issue 8)', () => {
  const cancelled = g('TALK_CHANNEL', 'REACH', 'OFF', 'CANCELED');

  it('cannot be switched, edited or cancelled again, and says why', () => {
    expect(canSwitchOnOff(cancelled)).toBe(false);
    expect(canEdit(cancelled)).toBe(false);
    expect(canCancelContract(cancelled)).toBe(false);
    expect(lockReason(cancelled)).toBe('contractCancelled');
  });

  it('waits for the detail of a Message group before offering the switch or edit', () => {
    const unknown = { campaignType: 'TALK_CHANNEL', goal: 'REACH', config: 'OFF' };
    expect(lockReason(unknown)).toBe('sendingUnknown');
    expect(canSwitchOnOff(unknown)).toBe(false);
    expect(canEdit(unknown)).toBe(false);
    // Other kinds need no detail for this.
    expect(canSwitchOnOff({ campaignType: 'DISPLAY', goal: 'VISITING', config: 'ON' })).toBe(true);
  });

  it('leaves an active contract alone', () => {
    expect(canSwitchOnOff(g('TALK_CHANNEL', 'REACH', 'OFF', 'SAVE'))).toBe(true);
    expect(canEdit(g('TALK_CHANNEL', 'REACH', 'OFF', 'SAVE'))).toBe(true);
  });
});


