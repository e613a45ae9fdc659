import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { TALK_CHANNEL_GROUP_FILE_TYPES } from '../../../api/contracts/lookups';
import { friendGroupsQueryOptions } from '../api/audience-queries';
import type { TargetingPartProps } from '../editor-context';
import { useTargetingT } from '../i18n';
import { LookupState } from '../lookup-state';
import { setInclusion } from '../model/targeting-value';
import { InclusionRow } from './inclusion-row';

/**
 * Friend groups (Message ad groups only, i.e. Talk Channel × Reach). ASSUMPTION: a
 * group can be targeted once its file is COMPLETE, as for customer files.
 */
export function FriendGroupSection({ value, onChange, adAccountId, disabled }: TargetingPartProps & { disabled: boolean }) {
  const t = useTargetingT();
  const query = useQuery(friendGroupsQueryOptions(adAccountId));
  const chosen = value.talkChannelGroupTargetings ?? [];
  return (
    <LookupState query={query} loadingLabel={t('friendGroups.loading')} emptyText={t('friendGroups.empty')}>
      {(groups) => (
        <Stack gap="sm">
          {groups.map((group) => {
            const current = chosen.find((c) => c.talkChannelGroupFileId === group.id);
            const status = group.talkChannelGroupFileStatus ?? 'COMPLETE';
            const fileType = TALK_CHANNEL_GROUP_FILE_TYPES.find((f) => f === group.fileType);
            // A file type this console does not know cannot be sent (the request enum is strict).
            const usable = status === 'COMPLETE' && fileType !== undefined;
            const fileTypeLabel = t(`friendGroups.fileType.${group.fileType}`, { defaultValue: group.fileType });
            const details = usable
              ? `${fileTypeLabel} · ${t('channels.friends', { n: group.friendCount ?? 0 })}`
              : t('customerFiles.unavailable', {
                  status: t(`customerFiles.status.${status}`, { defaultValue: status }),
                });
            return (
              <InclusionRow
                key={group.id}
                label={group.name}
                description={details}
                value={current?.inclusionType ?? null}
                disabled={disabled || (!usable && !current)}
                onChange={(inclusion) => {
                  if (!fileType) return;
                  onChange(
                    setInclusion(
                      value,
                      'talkChannelGroupTargetings',
                      (c) => c.talkChannelGroupFileId === group.id,
                      (inclusionType) => ({
                        talkChannelGroupFileId: group.id,
                        name: group.name,
                        inclusionType,
                        fileType,
                        groupKey: group.groupKey,
                      }),
                      inclusion,
                    ),
                  );
                }}
              />
            );
          })}
        </Stack>
      )}
    </LookupState>
  );
}
