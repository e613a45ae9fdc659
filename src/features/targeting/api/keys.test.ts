import { describe, expect, it } from 'vitest';
import { depth2QueryOptions } from './location-queries';
import { targetingKeys } from './keys';

describe('targetingKeys', () => {
  it('nests every look-up under its ad account, and keyword searches under their keyword', () => {
    const account = targetingKeys.account(7);
    for (const key of [targetingKeys.depth1(7), targetingKeys.categories(7, 'INTEREST'), targetingKeys.trackers(7)]) {
      expect(key.slice(0, account.length)).toEqual(account);
    }
    expect(targetingKeys.depth2(7, '도봉')).not.toEqual(targetingKeys.depth2(7, '강남'));
  });

  it('does not search with a blank keyword (Kakao refuses it, 7550) and keys by the trimmed one', () => {
    expect(depth2QueryOptions(7, '  ').enabled).toBe(false);
    expect(depth2QueryOptions(7, ' 도봉 ').queryKey).toEqual(targetingKeys.depth2(7, '도봉'));
  });
});
