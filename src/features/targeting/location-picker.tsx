import { Alert, Radio, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { MAX_REGIONS } from '../../api/rules/locations';
import { errorFor, type TargetingPartProps } from './editor-context';
import { useTargetingT } from './i18n';
import { Depth1List } from './locations/depth1-list';
import { RegionChips } from './locations/region-chips';
import { refusalText } from './locations/region-row';
import { RegionSearch } from './locations/region-search';
import { clearRegions, pickRegion, regionsOf, unpickRegion, type Region } from './model/regions';

/**
 * All regions, or chosen ones over the three depths. Rules (rules/locations.ts): at
 * most 1,000 regions (22086), never one region at two depths (22087), no overseas for
 * Bizboard. A broader region replaces the narrower ones inside it.
 */
export function LocationPicker({ value, onChange, context, adAccountId, errors }: TargetingPartProps) {
  const t = useTargetingT();
  const [notice, setNotice] = useState<{ text: string; refused: boolean } | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  const picked = regionsOf(value);
  const area = value.locationType === 'AREA';

  const toggle = (region: Region, on: boolean) => {
    if (!on) {
      onChange(unpickRegion(value, region.value));
      setNotice(null);
      return;
    }
    const result = pickRegion(value, region, context.campaignType);
    if (!result.ok) {
      setNotice({ text: refusalText(t, result), refused: true });
      return;
    }
    onChange(result.value);
    setNotice(
      result.replaced.length > 0
        ? { text: t('locations.replaced', { name: region.description, n: result.replaced.length }), refused: false }
        : null,
    );
  };

  const setType = (next: string) => {
    if (next === 'AREA') onChange({ ...value, locationType: 'AREA' });
    // Going back to "all regions" drops the picked ones: ask first (nothing is lost silently).
    else if (picked.length > 0) setConfirmAll(true);
    else onChange(clearRegions(value));
  };

  const list = { adAccountId, picked, campaignType: context.campaignType, onToggle: toggle };
  return (
    <Stack gap="sm">
      <Radio.Group
        label={t('locations.legend')}
        value={area ? 'AREA' : 'ALL'}
        onChange={setType}
        error={errorFor(errors, 'targeting.locationType')}
      >
        <Stack gap="xs" mt={4}>
          <Radio value="ALL" label={t('locations.all')} />
          <Radio value="AREA" label={t('locations.area')} />
        </Stack>
      </Radio.Group>
      {area && (
        <Stack gap="sm" pl="lg">
          <Text size="sm" c="dimmed">
            {t('locations.rule')}
          </Text>
          <Text size="sm" fw={500} aria-live="polite">
            {t('locations.counter', { n: picked.length, max: MAX_REGIONS })}
          </Text>
          <RegionChips picked={picked} onRemove={(v) => toggle({ depth: 1, value: v, description: v }, false)} />
          {notice && (
            <Alert color={notice.refused ? 'red' : 'blue'} variant="light" role={notice.refused ? 'alert' : 'status'}>
              {notice.text}
            </Alert>
          )}
          {errorFor(errors, 'targeting.locations', 'targeting.depth2Locations', 'targeting.depth3Locations') && (
            <Text c="red.9" size="sm" role="alert">
              {errorFor(errors, 'targeting.locations', 'targeting.depth2Locations', 'targeting.depth3Locations')}
            </Text>
          )}
          <Tabs defaultValue="depth1" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="depth1">{t('locations.tabs.depth1')}</Tabs.Tab>
              <Tabs.Tab value="depth2">{t('locations.tabs.depth2')}</Tabs.Tab>
              <Tabs.Tab value="depth3">{t('locations.tabs.depth3')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="depth1" pt="sm">
              <Depth1List {...list} />
            </Tabs.Panel>
            <Tabs.Panel value="depth2" pt="sm">
              <RegionSearch depth={2} {...list} />
            </Tabs.Panel>
            <Tabs.Panel value="depth3" pt="sm">
              <RegionSearch depth={3} {...list} />
            </Tabs.Panel>
          </Tabs>
        </Stack>
      )}
      <ConfirmDialog
        opened={confirmAll}
        title={t('locations.confirmAll.title')}
        message={t('locations.confirmAll.message', { n: picked.length })}
        confirmLabel={t('locations.confirmAll.confirm')}
        onCancel={() => setConfirmAll(false)}
        onConfirm={() => {
          setConfirmAll(false);
          setNotice(null);
          onChange(clearRegions(value));
        }}
      />
    </Stack>
  );
}
