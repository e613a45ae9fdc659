import { Progress, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from './describe-error';

export interface BulkProgressProps {
  processed: number;
  total: number;
  running: boolean;
  /** The progressbar's name. */
  label: string;
  /** "3 of 10 processed", in words: the bar's value text and the live status line. */
  valueText: string;
  /** More for the status line (a summary by outcome). */
  children?: ReactNode;
}

/** A bulk run's progress: the bar, and a polite live line that says it in words. Shared by bulk actions and bulk undo. */
export function BulkProgress({ processed, total, running, label, valueText, children }: BulkProgressProps) {
  const percent = total === 0 ? 100 : Math.round((processed / total) * 100);
  return (
    <>
      {/* The section is the progressbar: the label and the text in words go on it. */}
      <Progress.Root size="lg">
        <Progress.Section value={percent} aria-label={label} aria-valuetext={valueText} animated={running} />
      </Progress.Root>
      <Text size="sm" role="status" aria-live="polite">
        {valueText}
        {children}
      </Text>
    </>
  );
}

/** One row's result: its status, and for a failure why, in Kakao's own words when it gave some. */
export function RowResult({ status, failed, error }: { status: string; failed: boolean; error?: unknown }) {
  const { t } = useTranslation();
  if (!failed) return <>{status}</>;
  const described = describeError(error, t);
  return (
    <>
      {status}:{' '}
      <Text span inherit lang={described.lang} c="red.9">
        {described.message}
      </Text>
    </>
  );
}
