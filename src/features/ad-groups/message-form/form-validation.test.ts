import { describe, expect, it } from 'vitest';
import type { MessageFormValues } from './form-values';
import { formFieldOf, messageFormResolver, messageFormViolations, type MessageFormContext } from './form-validation';
import { defaultMessageValues } from './payload';

const ctx = (populationScore: number | null): MessageFormContext => ({
  campaignId: 34097,
  campaign: { campaignType: 'TALK_CHANNEL', goal: 'REACH' },
  today: '2024-03-01',
  populationScore,
});
const base: MessageFormValues = { ...defaultMessageValues('메시지', { date: '2024-03-01', time: '09:00' }), contractCount: '1000' };
const targeted: MessageFormValues = {
  ...base,
  targeting: { ageType: 'NOT_ALL', ages: ['30', '35'], genderType: 'ALL', locationType: 'ALL' },
};
const countRules = (v: MessageFormValues, score: number | null) =>
  messageFormViolations(v, ctx(score))
    .filter((x) => x.field === 'messageSendingInfo.contractCount')
    .map((x) => x.rule);

describe('contractCount bounds (spec-notes #5)', () => {
  it('no targeting: from the estimate to 50,000,000', () => {
    expect(countRules({ ...base, contractCount: '999' }, 1000)).toEqual(['message.contractCountMin']);
    expect(countRules({ ...base, contractCount: '1000' }, 1000)).toEqual([]);
    expect(countRules({ ...base, contractCount: '50000000' }, 1000)).toEqual([]);
    expect(countRules({ ...base, contractCount: '50000001' }, 1000)).toEqual(['message.contractCountMax']);
  });

  it('targeting: from 1 to the estimate', () => {
    expect(countRules({ ...targeted, contractCount: '0' }, 1000)).toEqual(['message.contractCountMin']);
    expect(countRules({ ...targeted, contractCount: '1' }, 1000)).toEqual([]);
    expect(countRules({ ...targeted, contractCount: '1000' }, 1000)).toEqual([]);
    expect(countRules({ ...targeted, contractCount: '1001' }, 1000)).toEqual(['message.contractCountMax']);
  });

  it('Smart message: from 30,000 to the estimate', () => {
    const smart = { ...base, smartMessage: true };
    expect(countRules({ ...smart, contractCount: '29999' }, 60000)).toEqual(['message.contractCountMin']);
    expect(countRules({ ...smart, contractCount: '30000' }, 60000)).toEqual([]);
    expect(countRules({ ...smart, contractCount: '60000' }, 60000)).toEqual([]);
    expect(countRules({ ...smart, contractCount: '60001' }, 60000)).toEqual(['message.contractCountMax']);
    expect(countRules({ ...smart, contractCount: '30000' }, 20000)).toEqual(['message.populationTooSmall']);
  });

  it('is required, and its bounds wait for the estimate', () => {
    expect(countRules({ ...base, contractCount: '' }, 1000)).toEqual(['required']);
    expect(countRules({ ...base, contractCount: '1' }, null)).toEqual([]);
  });
});

describe('schedule and long-term rules', () => {
  const fields = (v: MessageFormValues) => messageFormViolations(v, ctx(1000)).map((x) => `${x.field}:${x.rule}`);

  it('longTerm requires the end date and end time', () => {
    expect(fields({ ...base, longTerm: true })).toEqual([
      'schedule.endDate:schedule.longTermEndRequired',
      'schedule.endTime:schedule.longTermEndRequired',
    ]);
    expect(fields({ ...base, longTerm: true, endDate: '2024-03-20', endTime: '18:00' })).toEqual([]);
  });

  it('the active period is at most 30 days, and starts today or later', () => {
    expect(fields({ ...base, longTerm: true, endDate: '2024-04-01', endTime: '18:00' })).toEqual([
      'schedule.endDate:schedule.periodTooLong',
    ]);
    expect(fields({ ...base, beginDate: '2024-02-29' })).toEqual(['schedule.beginDate:schedule.beginInPast']);
  });

  it('at least one device', () => {
    expect(fields({ ...base, deviceTypes: [] })).toEqual(['deviceTypes:device.required']);
  });
});

describe('messageFormResolver', () => {
  it('maps body paths to form fields and keeps each targeting path', async () => {
    const resolver = messageFormResolver(() => ctx(1000), (v) => v.rule);
    const result = await resolver(
      { ...base, targeting: { ageType: 'NOT_ALL', ages: [], genderType: 'ALL', locationType: 'ALL' }, contractCount: '' },
      undefined,
      { fields: {}, shouldUseNativeValidation: false },
    );
    expect(result.errors.contractCount?.message).toBe('required');
    expect(result.errors.targeting?.types).toEqual({ 'targeting.ages': 'targeting.agesRequired' });
  });

  it('passes a valid form', async () => {
    const resolver = messageFormResolver(() => ctx(1000), (v) => v.rule);
    const result = await resolver(base, undefined, { fields: {}, shouldUseNativeValidation: false });
    expect(result.errors).toEqual({});
  });

  it('formFieldOf', () => {
    expect(formFieldOf('schedule.endTime')).toBe('endTime');
    expect(formFieldOf('targeting.locations')).toBe('targeting');
    expect(formFieldOf('messageSendingInfo.price')).toBeNull();
  });
});
