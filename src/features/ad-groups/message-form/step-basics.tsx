import { Checkbox, Group, Stack, Table, TextInput } from '@mantine/core';
import { Controller, useWatch } from 'react-hook-form';
import { MESSAGE_DEVICE_TYPES, MESSAGE_FIXED_FIELDS } from '../../../api/rules/message';
import { useFieldError, useMessageForm } from './form-context';
import type { MessageFormValues } from './form-values';
import { useMessageT } from './i18n';

function NameCount() {
  const t = useMessageT();
  const name = useWatch<MessageFormValues, 'name'>({ name: 'name' });
  return <>{t('basics.nameHint', { count: [...(name ?? '')].length })}</>;
}

/** The fields Kakao fixes for Message groups: shown, never asked for. */
function FixedFields() {
  const t = useMessageT();
  const f = MESSAGE_FIXED_FIELDS;
  const rows: [string, string][] = [
    [t('basics.fixedPlacement'), f.placements.join(', ')],
    [t('basics.fixedPricing'), f.pricingType],
    [t('basics.fixedBidding'), f.bidStrategy],
    [t('basics.fixedPacing'), f.pacing],
    [t('basics.fixedAllPlacements'), t('basics.off')],
    [t('basics.fixedAdult'), t('basics.off')],
    [t('basics.fixedStatus'), `${f.messageSendingInfo.status} / ${f.messageSendingInfo.syncStatus}`],
  ];
  return (
    <Table aria-label={t('basics.fixed')} withTableBorder maw={520} captionSide="top">
      <Table.Caption>{t('basics.fixed')}</Table.Caption>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row">{label}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function StepBasics() {
  const t = useMessageT();
  const { register, control } = useMessageForm();
  const nameError = useFieldError('name');
  const devicesError = useFieldError('deviceTypes');
  return (
    <Stack>
      <TextInput {...register('name')} label={t('basics.name')} description={<NameCount />} error={nameError} maw={520} />
      <Controller
        control={control}
        name="deviceTypes"
        render={({ field }) => (
          <Checkbox.Group
            label={t('basics.devices')}
            description={t('basics.devicesHint')}
            value={field.value}
            onChange={(next) => field.onChange(MESSAGE_DEVICE_TYPES.filter((d) => next.includes(d)))}
            error={devicesError}
          >
            <Group mt="xs">
              {MESSAGE_DEVICE_TYPES.map((d) => (
                <Checkbox key={d} value={d} label={t(`device.${d}`)} />
              ))}
            </Group>
          </Checkbox.Group>
        )}
      />
      <FixedFields />
    </Stack>
  );
}
