import { DEFAULT_THEME, type MantineColorsTuple } from '@mantine/core';

/** WCAG 2 AA for body text. Mantine's open-color shades 6–9 fall short of it as text on white and on their own tints. */
export const AA_TEXT_CONTRAST = 4.5;

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance as WCAG 2 defines it. */
function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG 2 contrast ratio of two opaque `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Darkens `hex` in small steps, keeping its hue, until it reads at AA on every one of `backgrounds` and is
 * darker than `lighter` (the shade before it), so a hover one shade darker still shows.
 */
function darkenUntilReadable(hex: string, backgrounds: string[], lighter: string | null): string {
  const rgb = parseHex(hex);
  for (let keep = 1; keep > 0; keep -= 0.02) {
    const candidate = toHex(rgb.map((c) => c * keep) as Rgb);
    // A hair above 4.5, so rounding in the browser's colour maths cannot tip a pair under it.
    const readable = backgrounds.every((bg) => contrastRatio(candidate, bg) >= AA_TEXT_CONTRAST + 0.05);
    if (readable && (lighter === null || luminance(candidate) <= luminance(lighter) * 0.85)) return candidate;
  }
  return '#000000';
}

/**
 * Mantine's colours with shades 6–9 darkened just enough to be text: each reads at 4.5:1 on white, on
 * the navigation's and tables' greys (gray 0–1) and on its own light tints (shades 0–2, the background of
 * the light badges and alerts), and white reads on it when it is a filled background. Shades 0–5 stay
 * as they are, so backgrounds and borders keep Mantine's calm tints; the text shades keep their hue.
 */
export function readablePalette(colors = DEFAULT_THEME.colors): Record<string, MantineColorsTuple> {
  const gray = colors.gray;
  const palette: Record<string, MantineColorsTuple> = {};
  for (const [name, shades] of Object.entries(colors)) {
    const backgrounds = ['#ffffff', gray[0], gray[1], shades[0], shades[1], shades[2]];
    const readable: string[] = [];
    shades.forEach((shade, i) => readable.push(i < 6 ? shade : darkenUntilReadable(shade, backgrounds, i === 6 ? null : (readable[i - 1] ?? null))));
    palette[name] = readable as unknown as MantineColorsTuple;
  }
  return palette;
}
