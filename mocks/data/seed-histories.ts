import type { SystemStopReason } from '../../src/api/contracts/system-stop';
import type { SeedClock } from './seed-clock';

/** Reasons in Kakao's words (the reference's samples), and a few more of the same kind. */
const ADMIN_REASONS = [
  { reason: '해당 광고그룹은 관리자정지 조치 취해졌습니다.', detailReason: '광고 심사 기준(허위·과장 표현) 위반으로 관리자가 집행을 중지했습니다.' },
  { reason: '해당 광고그룹은 관리자정지 조치 취해졌습니다.' },
];
const EXTERNAL_REASONS = [
  { reason: '채널 파트너센터에서 제재됨', detailReason: '메시지 집행 가이드, 운영정책 위반으로 메시지 발송이 일시 중단되었습니다.' },
  { reason: '연결된 서비스의 이용이 제한됨', detailReason: '픽셀 & SDK 연동 서비스의 운영정책 위반으로 광고 노출이 제한되었습니다.' },
];

interface Stopped {
  id: number;
  systemConfig?: string | null;
}

/**
 * Every stopped group gets a history, newest first: its current stop, and for every
 * other group an older stop of the other kind that was lifted, so the list has more
 * than one reason to show. Ids are derived from the group id, so they are stable.
 */
export function seedHistories(clock: SeedClock, groups: readonly Stopped[]): Map<number, SystemStopReason[]> {
  const out = new Map<number, SystemStopReason[]>();
  groups
    .filter((g) => g.systemConfig === 'ADMIN_STOP' || g.systemConfig === 'EXTERNAL_SERVICE_STOP')
    .forEach((g, i) => {
      const systemConfig = g.systemConfig === 'ADMIN_STOP' ? 'ADMIN_STOP' : 'EXTERNAL_SERVICE_STOP';
      const admin = systemConfig === 'ADMIN_STOP';
      const current = (admin ? ADMIN_REASONS : EXTERNAL_REASONS)[i % 2];
      const history: SystemStopReason[] = [
        { id: g.id * 10 + 2, systemConfig, ...current, createdDate: clock.at(-2, '09:30:00'), lastModifiedDate: clock.at(-2, '09:30:00') },
      ];
      if (i % 2 === 0) {
        const older = (admin ? EXTERNAL_REASONS : ADMIN_REASONS)[0];
        history.push({
          id: g.id * 10 + 1,
          systemConfig: admin ? 'EXTERNAL_SERVICE_STOP' : 'ADMIN_STOP',
          ...older,
          createdDate: clock.at(-120, '14:05:00'),
          lastModifiedDate: clock.at(-110, '11:00:00'),
        });
      }
      out.set(g.id, history);
    });
  return out;
}
