import { Box, Container, Group } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../components/anchor-link';
import { AccountMenu } from '../features/auth/account-menu';
import { SessionGate } from '../features/auth/session-gate';
import { AccountPicker } from '../features/context/account-picker';
import { CampaignPicker } from '../features/context/campaign-picker';
import { useSelect, useSelection } from '../features/context/use-selection';
import { UndoToastHost } from '../features/history/undo-toast-host';
import classes from './app-shell.module.css';
import { LanguageSwitch } from './language-switch';
import { ResetDemoButton } from './reset-demo-button';

const MAIN_ID = 'main-content';

// Moves focus by script: under hash routing (demo build), following href="#main-content"
// would be read by the router as a route.
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById(MAIN_ID)?.focus();
}

function ContextNav() {
  const { t } = useTranslation();
  const { adAccountId, campaignId } = useSelection();
  const { selectAccount, selectCampaign } = useSelect();
  return (
    <Group component="nav" aria-label={t('app.contextNav')} gap="md" align="flex-end" wrap="wrap">
      <AccountPicker value={adAccountId} onChange={(id) => void selectAccount(id)} />
      <CampaignPicker
        adAccountId={adAccountId}
        value={campaignId}
        onChange={(id) => adAccountId !== null && void selectCampaign(adAccountId, id)}
      />
    </Group>
  );
}

/** Header (home link, context pickers, language, demo reset) and the main landmark. */
export function AppShellLayout() {
  const { t } = useTranslation();
  return (
    <>
      <a href={`#${MAIN_ID}`} className={classes.skipLink} onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <Box component="header" className={classes.header} py="sm">
        <Container size="xl">
          <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
            <Group align="flex-end" gap="xl" wrap="wrap">
              <AnchorLink to="/" fw={700} size="lg" c="var(--mantine-color-text)" pb={6} aria-label={t('app.home')}>
                {t('app.name')}
              </AnchorLink>
              <ContextNav />
            </Group>
            <Group align="flex-end" gap="sm">
              <AccountMenu />
              {__MOCK_API__ && <ResetDemoButton />}
              <LanguageSwitch />
            </Group>
          </Group>
        </Container>
      </Box>
      <Container component="main" id={MAIN_ID} tabIndex={-1} size="xl" py="lg" className={classes.main}>
        <SessionGate>
          <Outlet />
        </SessionGate>
      </Container>
      <UndoToastHost />
    </>
  );
}
