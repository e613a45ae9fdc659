import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { cohortsQueryOptions } from '../api/audience-queries';
import type { TargetingPartProps } from '../editor-context';
import { useTargetingT } from '../i18n';
import { LookupState } from '../lookup-state';
import { setInclusion } from '../model/targeting-value';
import { InclusionRow } from './inclusion-row';

/** Engagement targets (광고반응타겟). spec-notes #11: cohortId is sent as a string. */
export function CohortSection({ value, onChange, adAccountId, disabled }: TargetingPartProps & { disabled: boolean }) {
  const t = useTargetingT();
  const query = useQuery(cohortsQueryOptions(adAccountId));
  const chosen = value.cohortTargetings ?? [];
  return (
    <LookupState query={query} loadingLabel={t('cohorts.loading')} emptyText={t('cohorts.empty')}>
      {(cohorts) => (
        <Stack gap="sm">
          {cohorts.map((cohort) => {
            const id = String(cohort.cohortId);
            const current = chosen.find((c) => String(c.cohortId) === id);
            const type = t(`cohorts.type.${cohort.type}`, { defaultValue: cohort.type });
            return (
              <InclusionRow
                key={id}
                label={cohort.name}
                description={`${type} · ${t('common.population', { n: cohort.population ?? 0 })}`}
                value={current?.inclusionType ?? null}
                disabled={disabled}
                onChange={(inclusion) =>
                  onChange(
                    setInclusion(
                      value,
                      'cohortTargetings',
                      (c) => String(c.cohortId) === id,
                      (inclusionType) => ({ cohortId: id, inclusionType }),
                      inclusion,
                    ),
                  )
                }
              />
            );
          })}
        </Stack>
      )}
    </LookupState>
  );
}
