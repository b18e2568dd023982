import type { AnalysisPost, Fix } from './types';

/**
 * The posts with a fix applied, in the same order; untouched posts are the same objects. Pure, and
 * generic so the UI can pass full posts and save the ones that changed. A fix naming a post that is
 * not there (deleted since) changes nothing.
 *
 * - move: `date` becomes `toDate`, the time is kept;
 * - swap: the two posts exchange `date`, each keeps its own time;
 * - make-question: `invitesParticipation` becomes true. Format, tone and intent stay: the UI is
 *   expected to help the user end the caption with a question (and, for a post whose participation
 *   flag follows detection, to record the choice as the user's).
 */
export const applyFix = <T extends AnalysisPost>(posts: readonly T[], fix: Fix): T[] => {
  switch (fix.kind) {
    case 'move':
      return posts.map((p) => (p.id === fix.postId ? { ...p, date: fix.toDate } : p));
    case 'swap': {
      const a = posts.find((p) => p.id === fix.postIdA);
      const b = posts.find((p) => p.id === fix.postIdB);
      if (a === undefined || b === undefined) return [...posts];
      return posts.map((p) =>
        p.id === a.id ? { ...p, date: b.date } : p.id === b.id ? { ...p, date: a.date } : p,
      );
    }
    case 'make-question':
      return posts.map((p) => (p.id === fix.postId ? { ...p, invitesParticipation: true } : p));
  }
};
