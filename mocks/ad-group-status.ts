import { CONTRACT_CANCELLED } from '../src/api/rules/capabilities';

/**
 * ASSUMPTION: the reference shows only "LIVE" (운영중), "NO_AVAILABLE_CREATIVE" and
 * "FINISHED" as ad group statuses, and lists no others. The sandbox derives one status
 * from the group's state in this order; the other names are inferred.
 */
export interface StatusFacts {
  config?: string | null;
  systemConfig?: string | null;
  creativeCount?: number | null;
  schedule?: { beginDate?: string | null; endDate?: string | null } | null;
  messageSendingInfo?: { status?: string | null } | null;
}

export interface DerivedStatus {
  status: string[];
  statusDescription: string;
  isValidPeriod: boolean;
}

/** Message groups whose contract was cancelled: one name with the console's rules. */
export const MESSAGE_CANCELLED = CONTRACT_CANCELLED;
export const MESSAGE_FINISHED = 'FINISHED';

export function deriveStatus(g: StatusFacts, today: string): DerivedStatus {
  const begin = g.schedule?.beginDate ?? null;
  const end = g.schedule?.endDate ?? null;
  const isValidPeriod = (begin === null || begin <= today) && (end === null || end >= today);
  const out = (status: string, statusDescription: string): DerivedStatus => ({
    status: [status],
    statusDescription,
    isValidPeriod,
  });
  const sending = g.messageSendingInfo?.status ?? null;
  if (g.config === 'DEL') return out('DELETED', '삭제');
  if (g.systemConfig === 'ADMIN_STOP') return out('SYSTEM_CONFIG_ADMIN_STOP', '관리자 정지');
  if (g.systemConfig === 'EXTERNAL_SERVICE_STOP') return out('SYSTEM_CONFIG_EXTERNAL_SERVICE_STOP', '외부 서비스 정지');
  if (sending === MESSAGE_CANCELLED) return out('CANCELED', '계약 해지');
  if (sending === MESSAGE_FINISHED || (end !== null && end < today)) return out('FINISHED', '집행 완료');
  if (g.config === 'OFF') return out('OFF', '일시중지');
  if ((g.creativeCount ?? 0) === 0) return out('NO_AVAILABLE_CREATIVE', '집행 가능한 소재 없음');
  if (begin !== null && begin > today) return out('READY', '집행 예정');
  return out('LIVE', '운영중');
}
