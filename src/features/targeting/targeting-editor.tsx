import { Divider, Stack, Title } from '@mantine/core';
import { AudienceChoice } from './audience-choice';
import { CustomAudienceEditor } from './custom-audience-editor';
import { DemographicsEditor } from './demographics-editor';
import type { TargetingPartProps } from './editor-context';
import { useTargetingT } from './i18n';
import { LocationPicker } from './location-picker';
import { usesAudience } from './model/targeting-value';

export interface TargetingEditorProps extends TargetingPartProps {
  /** Shows the adult switch (Display groups); Message groups always send `adult: false`. */
  onAdultChange?: (adult: boolean) => void;
  /** Heading level of the sections' titles inside the page. */
  headingOrder?: 2 | 3 | 4;
}

/** The whole targeting step: audience choice, then demographics, regions and custom audiences. */
export function TargetingEditor({ headingOrder = 3, onAdultChange, ...props }: TargetingEditorProps) {
  const t = useTargetingT();
  const audience = usesAudience(props.value);
  return (
    <Stack gap="xl">
      <AudienceChoice {...props} />
      {/* An audience replaces everything else (reference, Targeting.type). */}
      {!audience && (
        <>
          <Divider />
          <Title order={headingOrder} size="h4">
            {t('sections.demographics')}
          </Title>
          <DemographicsEditor {...props} onAdultChange={onAdultChange} />
          <LocationPicker {...props} />
          <Divider />
          <Title order={headingOrder} size="h4">
            {t('sections.custom')}
          </Title>
          <CustomAudienceEditor {...props} />
        </>
      )}
    </Stack>
  );
}
