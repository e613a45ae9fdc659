import { describe, expect, it } from 'vitest';
import { PopulationScoreRequest, PopulationScoreResponse } from './population';
import { populationScoreRequest } from './spec-samples';

describe('PopulationScoreRequest', () => {
  it('takes the sample\'s partial targeting and keeps its extra keys', () => {
    const parsed = PopulationScoreRequest.parse(populationScoreRequest);
    expect(parsed.targeting).toMatchObject({ ages: ['30'], id: -1, audienceType: 'NORMAL' });
    expect(parsed.objective).toBeUndefined();
  });

  it('carries the channel in the objective', () => {
    const objective = { type: 'TALK_CHANNEL', detailType: 'SEND_MESSAGE', value: '_ZQxd' };
    expect(PopulationScoreRequest.parse({ ...populationScoreRequest, objective }).objective).toEqual(objective);
  });

  it('requires the type and goal, the flags and smartMessage', () => {
    const { smartMessage: _s, ...noSmart } = populationScoreRequest;
    expect(PopulationScoreRequest.safeParse(noSmart).success).toBe(false);
    const lower = { ...populationScoreRequest, campaignTypeGoal: { campaignType: 'talk_channel', goal: 'REACH' } };
    expect(PopulationScoreRequest.safeParse(lower).success).toBe(false);
    expect(PopulationScoreRequest.safeParse({ ...populationScoreRequest, targeting: { ages: ['16'] } }).success).toBe(false);
  });
});

describe('PopulationScoreResponse', () => {
  it('is a number in a body (spec-notes #15)', () => {
    expect(PopulationScoreResponse.parse({ populationScore: 134 }).populationScore).toBe(134);
    expect(PopulationScoreResponse.safeParse({ populationScore: '134' }).success).toBe(false);
    expect(PopulationScoreResponse.safeParse({}).success).toBe(false);
  });
});
