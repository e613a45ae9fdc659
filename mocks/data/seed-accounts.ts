import type { AdAccount } from '../../src/api/contracts/ad-account';

/** 27429 and 39543 are the ad account ids of the reference's samples. */
export const ACCOUNT_IDS = { main: 27429, second: 39543 } as const;

export function seedAccounts(): AdAccount[] {
  return [
    {
      id: ACCOUNT_IDS.main,
      name: '한빛몰 광고계정',
      config: 'ON',
      type: 'BUSINESS',
      isAdminStop: false,
      isOutOfBalance: false,
      statusDescription: '운영중',
    },
    {
      id: ACCOUNT_IDS.second,
      name: '모먼트카페 광고계정',
      config: 'ON',
      type: 'BUSINESS',
      isAdminStop: false,
      isOutOfBalance: false,
      statusDescription: '운영중',
    },
  ];
}
