import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Config, SystemConfig } from '../api/contracts/enums';

const CONFIG_COLORS: Record<Config, MantineColor> = { ON: 'green', OFF: 'gray', DEL: 'red' };
const SYSTEM_COLORS: Record<SystemConfig, MantineColor> = {
  ON: 'green',
  ADMIN_STOP: 'red',
  EXTERNAL_SERVICE_STOP: 'orange',
};

// The "dot" variant keeps the label in the normal text colour, so every status passes
// the 4.5:1 contrast check; the coloured dot is a cue, never the only one.
function StatusBadge({ label, color }: { label: string; color: MantineColor }) {
  return (
    <Badge variant="dot" color={color} tt="none" size="md" radius="sm">
      {label}
    </Badge>
  );
}

/** The user's ON/OFF/DEL switch. A value Kakao adds later is shown as it comes. */
export function ConfigBadge({ config }: { config: string }) {
  const { t } = useTranslation();
  const known = config in CONFIG_COLORS ? (config as Config) : null;
  return <StatusBadge label={known ? t(`config.${known}`) : config} color={known ? CONFIG_COLORS[known] : 'gray'} />;
}

/** Kakao's own verdict (admin stop, linked service restricted), independent of the switch. */
export function SystemConfigBadge({ systemConfig }: { systemConfig: string }) {
  const { t } = useTranslation();
  const known = systemConfig in SYSTEM_COLORS ? (systemConfig as SystemConfig) : null;
  return (
    <StatusBadge
      label={known ? t(`systemConfig.${known}`) : systemConfig}
      color={known ? SYSTEM_COLORS[known] : 'gray'}
    />
  );
}
