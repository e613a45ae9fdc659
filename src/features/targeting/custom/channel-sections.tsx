import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { channelProfilesQueryOptions } from '../api/audience-queries';
import type { TargetingPartProps } from '../editor-context';
import { useTargetingT } from '../i18n';
import { LookupState } from '../lookup-state';
import { setInclusion } from '../model/targeting-value';
import { InclusionRow } from './inclusion-row';

type ChannelListKey = 'talkChannelTargetings' | 'syncAppTargetings';

/**
 * Talk Channel friends and Kakao Login users: both lists name a channel's profileId
 * (sent as a string, spec-notes #11), read from the same channel profiles.
 */
export function ChannelSection({
  value,
  onChange,
  adAccountId,
  disabled,
  listKey,
}: TargetingPartProps & { disabled: boolean; listKey: ChannelListKey }) {
  const t = useTargetingT();
  const query = useQuery(channelProfilesQueryOptions(adAccountId));
  const chosen = value[listKey] ?? [];
  return (
    <LookupState query={query} loadingLabel={t('channels.loading')} emptyText={t('channels.empty')}>
      {(profiles) => (
        <Stack gap="sm">
          {profiles.map((profile) => {
            const id = String(profile.profileId);
            const current = chosen.find((c) => String(c.profileId) === id);
            return (
              <InclusionRow
                key={id}
                label={profile.name}
                description={t('channels.friends', { n: profile.friendCount ?? 0 })}
                value={current?.inclusionType ?? null}
                disabled={disabled}
                onChange={(inclusion) =>
                  onChange(
                    setInclusion(
                      value,
                      listKey,
                      (c) => String(c.profileId) === id,
                      (inclusionType) => ({ profileId: id, inclusionType }),
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
