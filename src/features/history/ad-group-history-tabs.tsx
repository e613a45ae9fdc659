import { Stack, Tabs } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { AnchorLink } from '../../components/anchor-link';
import { ChangeHistoryList } from './change-history-list';
import { useHistoryT } from './messages';

export interface AdGroupDetailTabsProps {
  adAccountId: number;
  campaignId: number;
  adGroupId: number;
  /** The detail's own sections. */
  children: ReactNode;
}

/** The detail page's two tabs: its settings, and its change history (loaded when opened). */
export function AdGroupDetailTabs({ adAccountId, campaignId, adGroupId, children }: AdGroupDetailTabsProps) {
  const t = useHistoryT();
  const [tab, setTab] = useState<string | null>('settings');
  return (
    <Tabs value={tab} onChange={setTab} keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="settings">{t('tab.settings')}</Tabs.Tab>
        <Tabs.Tab value="history">{t('tab.history')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="settings" pt="md">
        <Stack>{children}</Stack>
      </Tabs.Panel>
      <Tabs.Panel value="history" pt="md">
        <Stack>
          <AnchorLink to="/accounts/$adAccountId/campaigns/$campaignId/history" params={{ adAccountId, campaignId }} size="sm">
            {t('page.campaignTitle')}
          </AnchorLink>
          <ChangeHistoryList params={{ adAccountId, adGroupId }} showGroup={false} />
        </Stack>
      </Tabs.Panel>
    </Tabs>
  );
}
