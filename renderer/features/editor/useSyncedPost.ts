import { useState } from 'react';
import type { Post } from '../../../shared/model/post';
import { ConflictError } from '../../db/conflicts';
import { usePost } from '../../db/hooks';
import { elsewhereOf, type Elsewhere } from './SyncNotice';

/**
 * The editor's post across windows (issue 13). `post` is the version the form was made from: every
 * save and delete passes it as the version read (`read`), so the database refuses the write if the
 * post changed since. The stored row is followed live (Dexie tells every window of the origin), and
 * `elsewhere` says when it changed or went away, or when a write was refused for that reason.
 */
export const useSyncedPost = (opened: Post | null) => {
  const [post, setPost] = useState<Post | null>(opened);
  const live = usePost(post?.id ?? null);
  const [refused, setRefused] = useState<Elsewhere | null>(null);
  // Once this editor's own write succeeded, the row it left is not "a change elsewhere".
  const [done, setDone] = useState(false);
  return {
    post,
    elsewhere: done ? null : elsewhereOf(post, live, refused),
    /** The version each write is made from, for PostChange.read. */
    read: () => (post ? new Map([[post.id, post.updatedAt]]) : undefined),
    /** The user took `theirs` in (loaded it, or chose to write over it): writes are made from it now. */
    rebase: (theirs: Post) => {
      setPost(theirs);
      setRefused(null);
    },
    written: () => setDone(true),
    /** Shows the notice when `error` is this post's conflict; false for any other error. */
    refusedBy: (error: unknown): boolean => {
      const mine = error instanceof ConflictError && post ? error.conflicts.find((c) => c.id === post.id) : undefined;
      if (mine) setRefused({ theirs: mine.theirs });
      return mine !== undefined;
    },
  };
};
