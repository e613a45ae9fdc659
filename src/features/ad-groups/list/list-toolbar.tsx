import { Checkbox, Group, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONFIGS, SYSTEM_CONFIGS, type Config, type SystemConfig } from '../../../api/contracts/enums';
import { AD_GROUPS_NAMESPACE } from './messages';
import type { ListView } from './search-params';

export interface ListToolbarProps {
  view: ListView;
  onViewChange: (view: ListView) => void;
}

const SEARCH_DEBOUNCE_MS = 250;
const isConfig = (v: string): v is Config => CONFIGS.some((c) => c === v);
const isSystem = (v: string): v is SystemConfig => SYSTEM_CONFIGS.some((s) => s === v);

/** Status (Kakao's `config` parameter), system status and name search; all of it in the URL. */
export function ListToolbar({ view, onViewChange }: ListToolbarProps) {
  const { t } = useTranslation(AD_GROUPS_NAMESPACE);
  const { t: tc } = useTranslation();
  const [q, setQ] = useState(view.q);
  const [lastQ, setLastQ] = useState(view.q);
  // The URL changed from elsewhere (clear filters, back button): show its search.
  if (view.q !== lastQ) {
    setLastQ(view.q);
    setQ(view.q);
  }
  const pushQuery = useDebouncedCallback((next: string) => onViewChange({ ...view, q: next }), SEARCH_DEBOUNCE_MS);

  return (
    <Group role="search" aria-label={t('list.filters.label')} align="flex-end" gap="lg" wrap="wrap">
      <TextInput
        type="search"
        label={t('list.filters.search')}
        placeholder={t('list.filters.searchPlaceholder')}
        value={q}
        onChange={(event) => {
          setQ(event.currentTarget.value);
          pushQuery(event.currentTarget.value);
        }}
        w={240}
      />
      <Checkbox.Group
        label={t('list.filters.config')}
        value={view.configs}
        // Kakao needs at least one status: the last one cannot be unticked.
        onChange={(values) => {
          const configs = values.filter(isConfig);
          if (configs.length > 0) onViewChange({ ...view, configs });
        }}
      >
        <Group gap="sm" mt={6}>
          {CONFIGS.map((config) => (
            <Checkbox key={config} value={config} label={tc(`config.${config}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <Checkbox.Group
        label={t('list.filters.system')}
        description={view.systems.length === 0 ? t('list.filters.systemAll') : undefined}
        value={view.systems}
        onChange={(values) => onViewChange({ ...view, systems: values.filter(isSystem) })}
      >
        <Group gap="sm" mt={6}>
          {SYSTEM_CONFIGS.map((system) => (
            <Checkbox key={system} value={system} label={tc(`systemConfig.${system}`)} />
          ))}
        </Group>
      </Checkbox.Group>
    </Group>
  );
}
