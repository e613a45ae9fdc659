import { Alert, Button, Fieldset, Stack, Text } from '@mantine/core';
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

/**
 * Custom audiences (맞춤타겟): categories, my data and Kakao users, each with
 * include/exclude. Smart message forbids them all (reference, smartMessage).
 */
export function CustomAudienceEditor(props: TargetingPartProps) {
  const t = useTargetingT();
  const { value, onChange, context, errors } = props;
  const disabled = context.smartMessage === true;
  const part = { ...props, disabled };
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
      <Fieldset legend={t('custom.legend')} disabled={disabled}>
        <Stack gap="lg">
          <Section legend={t('custom.interests')} error={errorFor(errors, 'targeting.ufoInterests')}>
            <CategorySection {...part} type="INTEREST" />
          </Section>
          <Section legend={t('custom.businessTypes')} error={errorFor(errors, 'targeting.ufoBusinessTypes')}>
            <CategorySection {...part} type="BUSINESS_TYPE" />
          </Section>
          <Section legend={t('custom.customerFiles')} error={errorFor(errors, 'targeting.customerFileTargetings')}>
            <CustomerFileSection {...part} />
          </Section>
          <Section legend={t('custom.trackers')} error={errorFor(errors, 'targeting.trackerTargetings')}>
            <TrackerSection {...part} />
          </Section>
          <Section legend={t('custom.cohorts')} error={errorFor(errors, 'targeting.cohortTargetings')}>
            <CohortSection {...part} />
          </Section>
          <Section legend={t('custom.talkChannels')} error={errorFor(errors, 'targeting.talkChannelTargetings')}>
            <ChannelSection {...part} listKey="talkChannelTargetings" />
          </Section>
          <Section legend={t('custom.syncApps')} error={errorFor(errors, 'targeting.syncAppTargetings')}>
            <ChannelSection {...part} listKey="syncAppTargetings" />
          </Section>
          {/* Friend groups: Talk Channel × Reach only, i.e. Message ad groups (reference). */}
          {context.kind === 'message' && (
            <Section legend={t('custom.friendGroups')} error={errorFor(errors, 'targeting.talkChannelGroupTargetings')}>
              <FriendGroupSection {...part} />
            </Section>
          )}
        </Stack>
      </Fieldset>
    </Stack>
  );
}
