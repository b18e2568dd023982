// Issue 18 groundwork: the profile grid's order and the tile swap.
import { describe, expect, it } from 'vitest';
import { gridTiles, swapDates } from '../../shared/grid';
import type { Channel, Status } from '../../shared/model/enums';

const p = (id: string, date: string | null, time: string | null, status: Status = 'scheduled', channel: Channel = 'instagram') => ({ id, date, time, status, channel });

describe('gridTiles', () => {
  it('planned posts first, newest top left, then the published ones; only Instagram posts with a day', () => {
    const posts = [
      p('old-pub', '2026-11-01', '09:00', 'published'),
      p('new-pub', '2026-11-20', '09:00', 'published'),
      p('dec-3', '2026-12-03', '18:00'),
      p('dec-3-am', '2026-12-03', '08:00'),
      p('dec-3-untimed', '2026-12-03', null),
      p('nov-28', '2026-11-28', '12:00', 'draft'),
      p('idea', null, null, 'idea'),
      p('linkedin', '2026-12-05', '10:00', 'scheduled', 'linkedin'),
    ];
    expect(gridTiles(posts).map((x) => x.id)).toEqual(['dec-3', 'dec-3-am', 'dec-3-untimed', 'nov-28', 'new-pub', 'old-pub']);
  });
});

describe('swapDates', () => {
  it('exchanges days and times, nothing else', () => {
    const [a, b] = swapDates({ ...p('a', '2026-12-01', '09:00'), title: 'A' }, { ...p('b', '2026-12-04', null), title: 'B' });
    expect(a).toEqual({ id: 'a', date: '2026-12-04', time: null, status: 'scheduled', channel: 'instagram', title: 'A' });
    expect(b).toEqual({ id: 'b', date: '2026-12-01', time: '09:00', status: 'scheduled', channel: 'instagram', title: 'B' });
  });
});
