import { describe, expect, it } from 'vitest';
import { changedFields } from '../../../renderer/features/editor/SyncNotice';
import { basePost } from './fixtures';

const photo = { hash: 'a'.repeat(64), name: 'a.png', kind: 'png' as const, size: 10, alt: '' };

describe('the changed-elsewhere notice and media', () => {
  it('lists Media when the items, their order or their alt text changed elsewhere', () => {
    const base = basePost({ media: [photo] });
    expect(changedFields(base, { ...base, media: [{ ...photo, alt: 'A loaf' }] }).map((f) => f.key)).toEqual(['media']);
    expect(changedFields(base, { ...base, media: [] }).map((f) => f.key)).toEqual(['media']);
  });

  it('does not take a post saved before media existed and one saved since with none for a change', () => {
    const base = basePost();
    expect(changedFields(base, { ...base, media: [] })).toEqual([]);
  });
});
