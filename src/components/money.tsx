import { formatKrw } from '../i18n/format';

/** An amount in won, the same in every language (see formatKrw). */
export function Money({ amount }: { amount: number | null | undefined }) {
  if (amount === null || amount === undefined) return <span>–</span>;
  return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatKrw(amount)}</span>;
}
