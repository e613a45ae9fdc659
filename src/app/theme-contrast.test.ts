import { DEFAULT_THEME, defaultCssVariablesResolver, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { colorUsages, colorUsagesInSource, PRIMARY_COLOR } from '../testing/color-usages';
import { contrast, over, parseColor, resolveVars } from '../testing/contrast';
import { cssVariablesResolver, theme } from './theme';

// WCAG AA for normal text: badges and small buttons are never "large text".
const AA = 4.5;
const merged = mergeMantineTheme(DEFAULT_THEME, theme);
const ours = cssVariablesResolver(merged);
const mantine = defaultCssVariablesResolver(merged);
const vars: Record<string, string> = { ...mantine.variables, ...mantine.light, ...ours.variables, ...ours.light };
const color = (css: string) => parseColor(resolveVars(css, vars));
const body = color('var(--mantine-color-body)');

/** The lowest contrast of the label, at rest and (for buttons) on hover, in the light scheme. */
function worstContrast(component: string, variant: string, name: string): number {
  const resolved = merged.variantColorResolver({
    color: name === PRIMARY_COLOR ? merged.primaryColor : name,
    theme: merged,
    variant,
  });
  // The dot variant (and any variant Mantine leaves alone) draws the label in the text colour.
  const text = color(resolved.color ?? 'var(--mantine-color-text)');
  const backgrounds = [resolved.background ?? 'transparent'];
  if (component !== 'Badge' && resolved.hover) backgrounds.push(resolved.hover);
  return Math.min(...backgrounds.map((bg) => contrast(over(text, over(color(bg), body)), over(color(bg), body))));
}

describe('contrast helpers', () => {
  it('measure black on white as 21:1 and see through transparency', () => {
    expect(contrast(parseColor('#000'), parseColor('#ffffff'))).toBeCloseTo(21);
    expect(over(parseColor('rgba(0, 0, 0, 0)'), parseColor('#fff'))).toEqual([255, 255, 255, 1]);
    expect(resolveVars('var(--a)', { '--a': 'var(--b)', '--b': '#123' })).toBe('#123');
  });

  it('find each Badge and Button with its variant and every colour a condition may give it', () => {
    const found = colorUsagesInSource(
      'x.tsx',
      `<><Badge color={on === 'EXCLUDE' ? 'red.9' : 'teal.9'} variant="filled" /><Button>go</Button>
       <ConfirmDialog confirmColor="red" /></>`,
    );
    expect(found.map(({ component, variant, color }) => `${component} ${variant} ${color}`)).toEqual([
      'Badge filled red.9',
      'Badge filled teal.9',
      `Button filled ${PRIMARY_COLOR}`,
      'ConfirmDialog.confirmColor filled red',
    ]);
  });
});

describe('every badge and button variant the app renders meets AA contrast (4.5:1)', () => {
  const usages = colorUsages('src');
  const unique = [...new Map(usages.map((u) => [`${u.component} ${u.variant} ${u.color}`, u])).values()];

  it('covers the whole app, including the bulk bar and the list badges', () => {
    const files = new Set(usages.map((u) => u.file));
    expect(files).toContain('src/features/ad-groups/list/bulk/bulk-bar.tsx');
    expect(files).toContain('src/features/ad-groups/list/ad-group-row.tsx');
  });

  it.each(unique.map((u) => [`${u.component} variant=${u.variant} color=${u.color} (${u.file})`, u] as const))(
    '%s',
    (_, usage) => {
      expect(worstContrast(usage.component, usage.variant, usage.color)).toBeGreaterThanOrEqual(AA);
    },
  );
});
