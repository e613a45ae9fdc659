import { Paper, Stack, Title } from '@mantine/core';
import { Fragment, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './detail.module.css';
import { AD_GROUP_DETAIL_NAMESPACE } from './messages';

export interface Fact {
  key: string;
  label: string;
  value: ReactNode;
}

/** A section of the page: a landmark named by its h2, so it can be reached from the headings list. */
export function DetailSection({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  const headingId = useId();
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={headingId} data-testid={testId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** Label/value pairs as a description list; a missing value reads "None", never blank. */
export function Facts({ items }: { items: readonly Fact[] }) {
  const { t } = useTranslation(AD_GROUP_DETAIL_NAMESPACE);
  return (
    <dl className={classes.facts}>
      {items.map((item) => (
        <Fragment key={item.key}>
          <dt>{item.label}</dt>
          <dd data-testid={`fact-${item.key}`}>
            {item.value === null || item.value === undefined || item.value === '' ? t('values.none') : item.value}
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}

/**
 * A translated label for an enum value from Kakao; a value this console does not know yet
 * is shown as it came (architecture.md, convention 2).
 */
export function useEnumLabel() {
  const { t } = useTranslation(AD_GROUP_DETAIL_NAMESPACE);
  return (group: string, value: string | null | undefined): string | null =>
    value === null || value === undefined ? null : t(`${group}.${value}`, { defaultValue: value });
}

/** A boolean as "On"/"Off"; unknown (null) as nothing, so Facts says "None". */
export function useYesNo() {
  const { t } = useTranslation(AD_GROUP_DETAIL_NAMESPACE);
  return (value: boolean | null | undefined): string | null =>
    value === null || value === undefined ? null : t(value ? 'values.yes' : 'values.no');
}
