import { describe, expect, it } from 'vitest';
import { checkName, defaultAdGroupName, nameStamp } from './name';

describe('ad group name', () => {
  it('allows 50 characters and refuses 51, counting Hangul as one each', () => {
    expect(checkName('가'.repeat(50))).toEqual([]);
    expect(checkName('가'.repeat(51))).toEqual([{ field: 'name', rule: 'name.tooLong', params: { max: 50 } }]);
    expect(checkName(undefined)).toEqual([]);
  });

  it('stamps yyyyMMddHHmm in Asia/Seoul', () => {
    // 06:57 UTC is 15:57 in Seoul.
    expect(nameStamp(new Date('2022-05-20T06:57:00Z'))).toBe('202205201557');
    // Late UTC evening is the next day in Seoul.
    expect(nameStamp(new Date('2022-05-20T15:30:00Z'))).toBe('202205210030');
  });

  it('builds Kakao-style default names that fit the limit', () => {
    expect(defaultAdGroupName('카카오 비즈보드', '방문', new Date('2022-05-20T06:57:00Z'))).toBe(
      '카카오 비즈보드_방문_202205201557',
    );
    const long = defaultAdGroupName('x'.repeat(60), 'goal', new Date('2022-05-20T06:57:00Z'));
    expect([...long].length).toBe(50);
    expect(long.endsWith('_202205201557')).toBe(true);
  });
});
