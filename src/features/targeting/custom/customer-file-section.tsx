import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { isTargetableCustomerFile, type CustomerFile } from '../../../api/contracts/lookups';
import { customerFilesQueryOptions } from '../api/audience-queries';
import type { TargetingPartProps } from '../editor-context';
import { useTargetingT } from '../i18n';
import { LookupState } from '../lookup-state';
import { setInclusion } from '../model/targeting-value';
import { InclusionRow } from './inclusion-row';

/** Customer files: only `ready` + COMPLETE ones can be targeted; the others say why not. */
export function CustomerFileSection({ value, onChange, adAccountId, disabled }: TargetingPartProps & { disabled: boolean }) {
  const t = useTargetingT();
  const query = useQuery(customerFilesQueryOptions(adAccountId));
  const chosen = value.customerFileTargetings ?? [];

  const describe = (file: CustomerFile) => {
    const status = t(`customerFiles.status.${file.customerFileStatus}`, { defaultValue: file.customerFileStatus });
    if (isTargetableCustomerFile(file)) {
      return t('common.population', { n: file.populationScore ?? 0 });
    }
    return file.customerFileStatus === 'COMPLETE' ? t('customerFiles.notReady') : t('customerFiles.unavailable', { status });
  };

  return (
    <LookupState query={query} loadingLabel={t('customerFiles.loading')} emptyText={t('customerFiles.empty')}>
      {(files) => (
        <Stack gap="sm">
          {files.map((file) => {
            const current = chosen.find((c) => c.customerFileId === file.id);
            const usable = isTargetableCustomerFile(file);
            return (
              <InclusionRow
                key={file.id}
                label={file.name}
                description={describe(file)}
                value={current?.inclusionType ?? null}
                // A file that stopped being usable can still be removed from the group.
                disabled={disabled || (!usable && !current)}
                onChange={(inclusion) =>
                  onChange(
                    setInclusion(
                      value,
                      'customerFileTargetings',
                      (c) => c.customerFileId === file.id,
                      (inclusionType) => ({ customerFileId: file.id, inclusionType }),
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
