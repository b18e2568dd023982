import { describe, expect, it } from 'vitest';
import { inkOn } from '../../../renderer/features/grid/GridTile';
import { nextTile } from '../../../renderer/features/grid/gridKeys';

// The grid's small rules: readable text on any pillar colour, and where an arrow key takes a picked-up tile.

/** WCAG contrast ratio between two #rrggbb colours. */
const contrast = (a: string, b: string): number => {
  const lum = (hex: string) => {
    const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('inkOn', () => {
  it('picks black or white text with at least 4.5:1 contrast on every colour of a 17-step RGB lattice', () => {
    const steps = Array.from({ length: 17 }, (_, i) => Math.min(255, i * 16).toString(16).padStart(2, '0'));
    const worst = { ratio: Infinity, colour: '' };
    for (const r of steps) for (const g of steps) for (const b of steps) {
      const colour = `#${r}${g}${b}`;
      const ratio = contrast(colour, inkOn(colour));
      if (ratio < worst.ratio) Object.assign(worst, { ratio, colour });
    }
    // The best of black and white never falls below 4.58:1 (at the crossing luminance).
    expect(worst.ratio, worst.colour).toBeGreaterThanOrEqual(4.5);
  });
  it('writes white on a dark pillar and black on a light one', () => {
    expect(inkOn('#1e3a8a')).toBe('#ffffff');
    expect(inkOn('#fde68a')).toBe('#000000');
  });
});

describe('nextTile', () => {
  // Three columns of 100 × 130 px: a full planned row, one more planned tile, then two published.
  const at = (col: number, row: number) => ({ x: col * 100 + 50, y: row * 130 + 65, w: 100, h: 130 });
  const tiles: [string, ReturnType<typeof at>][] = [
    ['a', at(0, 0)], ['b', at(1, 0)], ['c', at(2, 0)],
    ['d', at(0, 1)],
    ['e', at(0, 2)], ['f', at(1, 2)],
  ];
  it('moves along the row, then down or up to the nearest column of the next row', () => {
    expect(nextTile(at(0, 0), 'ArrowRight', tiles)).toBe('b');
    expect(nextTile(at(1, 0), 'ArrowLeft', tiles)).toBe('a');
    expect(nextTile(at(2, 0), 'ArrowDown', tiles)).toBe('d');
    expect(nextTile(at(0, 1), 'ArrowDown', tiles)).toBe('e');
    expect(nextTile(at(1, 2), 'ArrowUp', tiles)).toBe('d');
    expect(nextTile(at(1, 0), 'ArrowDown', tiles)).toBe('d');
  });
  it('stays put at the edges and for other keys', () => {
    expect(nextTile(at(2, 0), 'ArrowRight', tiles)).toBeNull();
    expect(nextTile(at(0, 0), 'ArrowUp', tiles)).toBeNull();
    expect(nextTile(at(1, 2), 'ArrowDown', tiles)).toBeNull();
    expect(nextTile(at(0, 0), 'PageDown', tiles)).toBeNull();
  });
});
