import { generateKeyBetween } from 'fractional-indexing';
import type { Post } from '../../../shared/model/post';

/** Backlog order: by fractional key; ideas without one (made in the editor) after, oldest first. */
export const compareIdeas = (a: Post, b: Post): number => {
  if (a.order !== null && b.order !== null) return a.order < b.order ? -1 : a.order > b.order ? 1 : 0;
  if (a.order !== null) return -1;
  if (b.order !== null) return 1;
  return a.createdAt.localeCompare(b.createdAt);
};

/** A key after every idea: for quick-add and for posts dropped on the backlog itself. */
export const keyAtEnd = (ideas: readonly Post[]): string => {
  const last = [...ideas].reverse().find((idea) => idea.order !== null);
  return generateKeyBetween(last?.order ?? null, null);
};

/**
 * A key that puts `moving` just before `target` in the ordered `ideas`. Only the moved row gets a new
 * key, so a reorder writes one row however long the backlog is.
 */
export const keyBefore = (ideas: readonly Post[], moving: string, target: string): string | null => {
  const others = ideas.filter((idea) => idea.id !== moving);
  const index = others.findIndex((idea) => idea.id === target);
  if (index < 0) return null;
  const next = others[index]!;
  const prev = index > 0 ? others[index - 1]! : null;
  if (next.order === null) return generateKeyBetween(prev?.order ?? null, null);
  return generateKeyBetween(prev?.order ?? null, next.order);
};
