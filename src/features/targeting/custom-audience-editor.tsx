import { Alert, Button, Fieldset, Stack, Tabs, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { CategorySection } from './custom/category-section';
import { ChannelSection } from './custom/channel-sections';
import { CohortSection } from './custom/cohort-section';
import { CustomerFileSection } from './custom/customer-file-section';
import { FriendGroupSection } from './custom/friend-group-section';
import { TrackerSection } from './custom/tracker-section';
import { errorFor, type TargetingPartProps } from './editor-context';
import { useTargetingT } from './i18n';
import { clearCustomAudiences, hasCustomAudiences } from './model/targeting-value';

function Section({ legend, error, children }: { legend: string; error?: string; children: ReactNode }) {
  return (
    <Fieldset legend={legend} variant="unstyled">
      {children}
      {error && (
        <Text c="red.9" size="sm" mt={4} role="alert">
          {error}
        </Text>
      )}
    </Fieldset>
  );
}

/** The tabs stay usable under Smart message (to look); the controls in a panel do not. */
function Panel({ disabled, children }: { disabled: boolean; children: ReactNode }) {
  return (
    <Fieldset variant="unstyled" disabled={disabled}>
      <Stack gap="lg">{children}</Stack>
    </Fieldset>
  );
}

const TABS = ['categories', 'myData', 'kakaoUsers'] as const;
/** Kakao's own grouping: 추가 설정 > 카테고리, 내 데이터 설정, 카카오 사용자 (and 친구그룹). */
const TAB_FIELDS = {
  categories: ['ufoInterests', 'ufoBusinessTypes'],
  myData: ['customerFileTargetings', 'trackerTargetings', 'cohortTargetings'],
  kakaoUsers: ['talkChannelTargetings', 'syncAppTargetings', 'talkChannelGroupTargetings'],
} as const;

/**
 * Custom audiences (맞춤타겟): categories, my data and Kakao users, each with
 * include/exclude. Smart message forbids them all (reference, smartMessage).
 */
export function CustomAudienceEditor(props: TargetingPartProps) {
  const t = useTargetingT();
  const { value, onChange, context, errors } = props;
  const disabled = context.smartMessage === true;
  const part = { ...props, disabled };
  const message = context.kind === 'message';
  return (
    <Stack gap="lg">
      {disabled && (
        <Alert color="gray" variant="light" title={t('custom.smartMessageTitle')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('custom.smartMessage')}</Text>
            {hasCustomAudiences(value) && (
              <Button size="xs" variant="outline" onClick={() => onChange(clearCustomAudiences(value))}>
                {t('custom.clearForSmartMessage')}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      {errors?.targeting && (
        <Text c="red.9" size="sm" role="alert">
          {errors?.targeting}
        </Text>
      )}
      <Fieldset legend={t('custom.legend')}>
        {/* One group at a time: fewer rows on screen, and look-ups load when their tab opens. */}
        <Tabs defaultValue="categories" keepMounted={false}>
          <Tabs.List>
            {TABS.map((tab) => {
              const fields = TAB_FIELDS[tab].filter((f) => f !== 'talkChannelGroupTargetings' || message);
              const n = fields.reduce((sum, f) => sum + (value[f]?.length ?? 0), 0);
              const error = fields.some((f) => errorFor(errors, `targeting.${f}`));
              return (
                <Tabs.Tab key={tab} value={tab} color={error ? 'red.9' : undefined}>
                  {t(`custom.tabs.${tab}`, { n })}
                  {error && <Text span c="red.9">{` · ${t('custom.tabHasError')}`}</Text>}
                </Tabs.Tab>
              );
            })}
          </Tabs.List>
          <Tabs.Panel value="categories" pt="md">
            <Panel disabled={disabled}>
              <Section legend={t('custom.interests')} error={errorFor(errors, 'targeting.ufoInterests')}>
                <CategorySection {...part} type="INTEREST" />
              </Section>
              <Section legend={t('custom.businessTypes')} error={errorFor(errors, 'targeting.ufoBusinessTypes')}>
                <CategorySection {...part} type="BUSINESS_TYPE" />
              </Section>
            </Panel>
          </Tabs.Panel>
          <Tabs.Panel value="myData" pt="md">
            <Panel disabled={disabled}>
              <Section legend={t('custom.customerFiles')} error={errorFor(errors, 'targeting.customerFileTargetings')}>
                <CustomerFileSection {...part} />
              </Section>
              <Section legend={t('custom.trackers')} error={errorFor(errors, 'targeting.trackerTargetings')}>
                <TrackerSection {...part} />
              </Section>
              <Section legend={t('custom.cohorts')} error={errorFor(errors, 'targeting.cohortTargetings')}>
                <CohortSection {...part} />
              </Section>
            </Panel>
          </Tabs.Panel>
          <Tabs.Panel value="kakaoUsers" pt="md">
            <Panel disabled={disabled}>
              <Section legend={t('custom.talkChannels')} error={errorFor(errors, 'targeting.talkChannelTargetings')}>
                <ChannelSection {...part} listKey="talkChannelTargetings" />
              </Section>
              <Section legend={t('custom.syncApps')} error={errorFor(errors, 'targeting.syncAppTargetings')}>
                <ChannelSection {...part} listKey="syncAppTargetings" />
              </Section>
              {/* Friend groups: Talk Channel × Reach only, i.e. Message ad groups (reference). */}
              {message && (
                <Section legend={t('custom.friendGroups')} error={errorFor(errors, 'targeting.talkChannelGroupTargetings')}>
                  <FriendGroupSection {...part} />
                </Section>
              )}
            </Panel>
          </Tabs.Panel>
        </Tabs>
      </Fieldset>
    </Stack>
  );
}
