// WCAG 2 contrast between CSS colours as Mantine writes them (#rgb, #rrggbb, rgba()),
// with `var(--…)` resolved from the theme's CSS variables.
type Rgba = [number, number, number, number];

export function resolveVars(value: string, vars: Record<string, string>): string {
  let current = value.trim();
  for (let depth = 0; depth < 10; depth += 1) {
    const match = /^var\((--[\w-]+)\)$/.exec(current);
    if (!match) return current;
    const next = vars[match[1]];
    if (next === undefined) throw new Error(`Unknown CSS variable ${match[1]}`);
    current = next.trim();
  }
  throw new Error(`CSS variable loop at ${value}`);
}

export function parseColor(css: string): Rgba {
  if (css === 'transparent') return [0, 0, 0, 0];
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(css);
  if (hex) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d).join('') : hex[1];
    return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)).concat(1) as Rgba;
  }
  const rgba = /^rgba?\(([\d.\s,]+)\)$/.exec(css);
  if (rgba) {
    const [r, g, b, a = 1] = rgba[1].split(',').map(Number);
    return [r, g, b, a];
  }
  throw new Error(`Unsupported colour ${css}`);
}

/** Paints `top` over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
