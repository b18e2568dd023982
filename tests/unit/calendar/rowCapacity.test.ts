import { describe, expect, it } from 'vitest';
import { CARD_PX, capacityOf } from '../../../renderer/features/calendar/useRowCapacity';

// A row holds its padding (8 px), the day's head (24 px: "+N more" sits in it), then cards of 24 px
// each (compact) or 56 px (comfortable: a line of marks and three lines of title).
describe('cards that fit in a day of the month grid', () => {
  it('shares the grid height between its rows', () => {
    expect(capacityOf(640, 5)).toBe(4); // 128 px a row: 96 px for cards
    expect(capacityOf(640, 6)).toBe(3); // 106.7 px a row: 74.7 px for cards
  });

  it('counts a card only when all of it fits', () => {
    expect(capacityOf(5 * (8 + 24 + 3 * 24), 5)).toBe(3);
    expect(capacityOf(5 * (8 + 24 + 3 * 24) - 1, 5)).toBe(2);
  });

  it('fits fewer comfortable cards than compact ones in the same row', () => {
    expect(CARD_PX.comfortable).toBeGreaterThan(CARD_PX.compact);
    expect(capacityOf(5 * (8 + 24 + 2 * 56), 5, CARD_PX.comfortable)).toBe(2);
    expect(capacityOf(5 * (8 + 24 + 2 * 56) - 1, 5, CARD_PX.comfortable)).toBe(1);
    expect(capacityOf(5 * (8 + 24 + 2 * 56), 5, CARD_PX.compact)).toBe(4);
  });

  it('always shows at least one card, even in a tiny window', () => {
    expect(capacityOf(0, 6)).toBe(1);
    expect(capacityOf(100, 0)).toBe(2);
  });
});
