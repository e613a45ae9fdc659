import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Contrast (axe, 4.5:1 for normal text): Mantine's default primary shade 6 gives
 * 3.55:1 under white text, so filled colours use shade 8 (toolchain.md).
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  focusRing: 'auto',
  fontFamily:
    "-apple-system, BlinkMacSystemFont, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans KR', 'Segoe UI', Roboto, sans-serif",
  defaultRadius: 'sm',
});

/**
 * Default "dimmed" (gray.6) is 3.3:1 on white and the error red (red.6) 3.6:1: both
 * fail for body text, so the light scheme uses darker shades.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
