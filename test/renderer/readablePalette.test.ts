import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio, readablePalette } from '../../renderer/src/readablePalette';

const palette = readablePalette();
const names = Object.keys(DEFAULT_THEME.colors);

describe('the readable palette', () => {
  it('computes the WCAG ratio of worked pairs: black on white 21:1, Mantine’s dimmed grey on white 3.32:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    // #868e96 on white, as axe measured it before the palette (3.32).
    expect(contrastRatio('#868e96', '#ffffff')).toBeCloseTo(3.32, 2);
  });

  it('makes every text shade (6–9) of every colour read at 4.5:1 on white, the greys 0–1 and its own tints 0–2', () => {
    for (const name of names) {
      const shades = palette[name]!;
      for (const text of shades.slice(6)) {
        for (const ground of ['#ffffff', palette.gray![0], palette.gray![1], shades[0], shades[1], shades[2]]) {
          expect(contrastRatio(text, ground), `${name} ${text} on ${ground}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  });

  it('keeps the light shades (0–5) as Mantine has them, so backgrounds and borders stay calm', () => {
    for (const name of names) expect(palette[name]!.slice(0, 6)).toEqual(DEFAULT_THEME.colors[name]!.slice(0, 6));
  });

  it('keeps each text shade darker than the one before, so a hover one shade darker still shows', () => {
    for (const name of names) {
      const shades = palette[name]!;
      for (let i = 7; i <= 9; i++) expect(contrastRatio(shades[i]!, '#ffffff'), `${name} ${i}`).toBeGreaterThan(contrastRatio(shades[i - 1]!, '#ffffff'));
    }
  });
});
