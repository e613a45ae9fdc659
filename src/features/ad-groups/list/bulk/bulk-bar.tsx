import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../../components/confirm-dialog';
import type { CampaignFacts } from '../../actions/facts';
import { AD_GROUPS_NAMESPACE } from '../messages';
import { BulkResultDialog } from './bulk-dialog';
import { planBulk, summarize, type BulkAction, type BulkTarget } from './plan-bulk';
import { useBulkAction } from './use-bulk-action';

export interface BulkBarProps {
  adAccountId: number;
  campaign: CampaignFacts;
  selected: readonly BulkTarget[];
  onClearSelection: () => void;
}

/** Shown while rows are selected: ON, OFF or delete for all of them, after one confirmation. */
export function BulkBar({ adAccountId, campaign, selected, onClearSelection }: BulkBarProps) {
  const { t } = useTranslation(AD_GROUPS_NAMESPACE);
  const bulk = useBulkAction(adAccountId);
  const [asking, setAsking] = useState<BulkAction | null>(null);
  const plan = asking ? planBulk(asking, selected, campaign) : [];
  const counts = summarize(plan);
  const toRun = counts.total - counts.skipped;

  return (
    <>
      {selected.length > 0 && (
        <Paper withBorder p="xs" role="toolbar" aria-label={t('bulk.toolbar')}>
          <Group gap="sm">
            <Text size="sm" fw={500} role="status">
              {t('bulk.selected', { count: selected.length })}
            </Text>
            <Button size="xs" variant="light" onClick={() => setAsking('on')}>
              {t('bulk.on')}
            </Button>
            <Button size="xs" variant="light" onClick={() => setAsking('off')}>
              {t('bulk.off')}
            </Button>
            <Button size="xs" variant="light" color="red.9" onClick={() => setAsking('delete')}>
              {t('bulk.delete')}
            </Button>
            <Button size="xs" variant="subtle" onClick={onClearSelection}>
              {t('bulk.clear')}
            </Button>
          </Group>
        </Paper>
      )}
      <ConfirmDialog
        opened={asking !== null}
        title={asking ? t(`bulk.confirmTitle.${asking}`, { count: selected.length }) : ''}
        message={
          <Stack component="span" gap={4}>
            <Text span display="block">{t('bulk.willApply', { count: toRun })}</Text>
            {counts.skipped > 0 && <Text span display="block">{t('bulk.willSkip', { count: counts.skipped })}</Text>}
            {asking === 'off' && campaign.campaignType === 'TALK_CHANNEL' && (
              <Text span display="block">{t('bulk.talkChannelOff')}</Text>
            )}
            <Text span display="block" c="dimmed" size="sm">
              {t('bulk.paced')}
            </Text>
          </Stack>
        }
        confirmLabel={asking ? t(`bulk.confirm.${asking}`) : ''}
        confirmColor={asking === 'delete' ? 'red' : 'blue'}
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          if (asking) bulk.start(asking, plan);
          setAsking(null);
        }}
      />
      {bulk.run && (
        <BulkResultDialog
          run={bulk.run}
          onRetryFailed={bulk.retryFailed}
          onStop={bulk.stop}
          onClose={() => {
            bulk.close();
            onClearSelection();
          }}
        />
      )}
    </>
  );
}
