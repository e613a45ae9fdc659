import { Text } from '@mantine/core';
import { useController, useFormState, useWatch } from 'react-hook-form';
import type { FieldErrors as TargetingErrors } from '../../targeting/editor-context';
import { TargetingEditor } from '../../targeting/targeting-editor';
import type { DisplayCampaignFacts } from './campaign-facts';
import { useDisplayForm } from './form-context';
import type { DisplayFormValues } from './form-values';
import { useDisplayT } from './i18n';

/** RHF's nested errors under `targeting` (and `adult`) → the editor's flat 'targeting.ages' map. */
function flatten(node: unknown, path: string, out: TargetingErrors): TargetingErrors {
  if (typeof node !== 'object' || node === null) return out;
  if ('message' in node && typeof node.message === 'string') out[path] = node.message;
  for (const [key, child] of Object.entries(node)) {
    if (key !== 'message' && key !== 'ref' && key !== 'type' && key !== 'types') flatten(child, `${path}.${key}`, out);
  }
  return out;
}

export function StepTargeting({ campaign, adAccountId, adultLocked }: { campaign: DisplayCampaignFacts; adAccountId: number; adultLocked: boolean }) {
  const t = useDisplayT();
  const { control, setValue } = useDisplayForm();
  const { field } = useController({ control, name: 'targeting' });
  const adult = useWatch<DisplayFormValues, 'adult'>({ control, name: 'adult' });
  const { errors } = useFormState({ control, name: ['targeting', 'adult'] });
  const flat: TargetingErrors = {};
  flatten(errors.targeting, 'targeting', flat);
  if (errors.adult?.message) flat.adult = errors.adult.message;
  return (
    <div ref={(el) => field.ref(el && { focus: () => el.querySelector<HTMLElement>('input, button')?.focus() })}>
      {adultLocked && (
        <Text size="sm" c="gray.8" mb="sm">
          {t('targeting.adultLocked')}
        </Text>
      )}
      <TargetingEditor
        value={field.value}
        onChange={field.onChange}
        adAccountId={adAccountId}
        context={{ campaignType: campaign.campaignType, goal: campaign.goal, kind: 'display', adult, adultLocked }}
        errors={flat}
        onAdultChange={(next) => setValue('adult', next, { shouldDirty: true })}
      />
    </div>
  );
}
