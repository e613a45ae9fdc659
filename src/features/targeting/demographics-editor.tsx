import { Checkbox, Group, Radio, Stack, Switch, Text } from '@mantine/core';
import { useEffect } from 'react';
import { AGES, GENDERS } from '../../api/contracts/enums';
import { errorFor, type TargetingPartProps } from './editor-context';
import { useTargetingT } from './i18n';
import {
  applyAdult,
  isAdultCompliant,
  setAgeType,
  setGenderType,
  toggleAge,
  toggleGender,
  usesAudience,
} from './model/targeting-value';

export interface DemographicsEditorProps extends Omit<TargetingPartProps, 'adAccountId'> {
  /** Shows the adult switch; `adult` lives beside `targeting` in the ad group body. */
  onAdultChange?: (adult: boolean) => void;
}

/** Ages, genders and adult targeting. */
export function DemographicsEditor({ value, onChange, context, errors, onAdultChange }: DemographicsEditorProps) {
  const t = useTargetingT();
  const adult = context.adult;
  const ageType = value.ageType === 'NOT_ALL' ? 'NOT_ALL' : 'ALL';
  const genderType = value.genderType === 'NOT_ALL' ? 'NOT_ALL' : 'ALL';

  // adult ⇒ NOT_ALL and ages 20 to 70+ (reference, `adult`): keep the value compliant.
  const needsAdultAges = adult && !usesAudience(value) && !isAdultCompliant(value);
  useEffect(() => {
    if (needsAdultAges) onChange(applyAdult(value));
  }, [needsAdultAges, onChange, value]);

  const switchAdult = (on: boolean) => {
    onAdultChange?.(on);
    if (on) onChange(applyAdult(value));
  };

  return (
    <Stack gap="lg">
      {onAdultChange && (
        <Switch
          label={t('adult.label')}
          description={adult && context.adultLocked ? t('adult.locked') : t('adult.hint')}
          checked={adult}
          // Once saved with adult targeting, it cannot be turned off (reference, edit `adult`).
          disabled={adult && context.adultLocked}
          onChange={(e) => switchAdult(e.currentTarget.checked)}
        />
      )}
      <Radio.Group
        label={t('ages.legend')}
        description={adult ? t('ages.adultNote') : undefined}
        value={ageType}
        onChange={(v) => onChange(setAgeType(value, v === 'NOT_ALL' ? 'NOT_ALL' : 'ALL'))}
        error={errorFor(errors, 'targeting.ageType', 'targeting.ages')}
      >
        <Stack gap="xs" mt={4}>
          <Radio value="ALL" label={t('ages.all')} disabled={adult} />
          <Radio value="NOT_ALL" label={t('ages.some')} />
        </Stack>
      </Radio.Group>
      {ageType === 'NOT_ALL' && (
            <Group gap="md" pl="lg" mt={-8} role="group" aria-label={t('ages.chosen')}>
              {AGES.map((age) => (
                <Checkbox
                  key={age}
                  label={t(`ages.range.${age}`)}
                  checked={(value.ages ?? []).includes(age)}
                  // Adult targeting fixes the ages; 15–19 is never allowed with it.
                  disabled={adult}
                  onChange={(e) => onChange(toggleAge(value, age, e.currentTarget.checked))}
                />
              ))}
            </Group>
      )}
      <Radio.Group
        label={t('genders.legend')}
        value={genderType}
        onChange={(v) => onChange(setGenderType(value, v === 'NOT_ALL' ? 'NOT_ALL' : 'ALL'))}
        error={errorFor(errors, 'targeting.genderType', 'targeting.genders')}
      >
        <Stack gap="xs" mt={4}>
          <Radio value="ALL" label={t('genders.all')} />
          <Radio value="NOT_ALL" label={t('genders.some')} />
        </Stack>
      </Radio.Group>
      {genderType === 'NOT_ALL' && (
            <Group gap="md" pl="lg" mt={-8} role="group" aria-label={t('genders.chosen')}>
              {GENDERS.map((gender) => (
                <Checkbox
                  key={gender}
                  label={t(`genders.${gender}`)}
                  checked={(value.genders ?? []).includes(gender)}
                  onChange={(e) => onChange(toggleGender(value, gender, e.currentTarget.checked))}
                />
              ))}
            </Group>
      )}
      {errorFor(errors, 'adult') && (
        <Text c="red.9" size="sm" role="alert">
          {errorFor(errors, 'adult')}
        </Text>
      )}
    </Stack>
  );
}
