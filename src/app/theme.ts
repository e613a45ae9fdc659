import {
  createTheme,
  darken,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * Light and subtle buttons and badges always use their colour's light palette. Mantine,
 * given a shade ('red.9'), paints a light variant solid in that shade under the light
 * text colour (1:1 contrast) and a subtle one in shade 6 (2.7:1); a shade should only
 * ever pick the filled colour. (Checked for every use by app/theme-contrast.test.ts.)
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const resolved = defaultVariantColorsResolver(input);
  if (input.variant !== 'light' && input.variant !== 'subtle') return resolved;
  const { color, isThemeColor } = parseThemeColor({ color: input.color, theme: input.theme });
  if (!isThemeColor) return resolved;
  return {
    ...resolved,
    background: input.variant === 'light' ? `var(--mantine-color-${color}-light)` : 'transparent',
    hover: `var(--mantine-color-${color}-light-hover)`,
    color: `var(--mantine-color-${color}-light-color)`,
  };
};

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
  variantColorResolver,
  components: {
    // A titled notification's message is gray.6 (3.3:1 on white); the dimmed text colour passes.
    Notification: { styles: { description: { color: 'var(--mantine-color-dimmed)' } } },
  },
});

/**
 * Default "dimmed" (gray.6) is 3.3:1 on white and the error red (red.6) 3.6:1: both
 * fail for body text, so the light scheme uses darker shades. The light variants' text
 * (shade 9) reaches only 3.5–4:1 on their own tint and hover (orange 9 on orange 1,
 * blue 9 on blue 2), so it is darkened a quarter.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(
      Object.entries(t.colors).map(([name, shades]) => [`--mantine-color-${name}-light-color`, darken(shades[9], 0.25)]),
    ),
  },
  dark: {},
});
