import { describe, expect, it } from 'vitest';
import { capacityOf } from '../../../renderer/features/calendar/useRowCapacity';

// A row holds its padding (8 px), the day's head (28 px), then cards of 24 px each.
describe('cards that fit in a day of the month grid', () => {
  it('shares the grid height between its rows', () => {
    expect(capacityOf(640, 5)).toBe(3); // 128 px a row: 92 px for cards
    expect(capacityOf(640, 6)).toBe(2); // 106.7 px a row: 70.7 px for cards
  });

  it('counts a card only when all of it fits', () => {
    expect(capacityOf(5 * (8 + 28 + 3 * 24), 5)).toBe(3);
    expect(capacityOf(5 * (8 + 28 + 3 * 24) - 1, 5)).toBe(2);
  });

  it('always shows at least one card, even in a tiny window', () => {
    expect(capacityOf(0, 6)).toBe(1);
    expect(capacityOf(100, 0)).toBe(2);
  });
});
