import type { AnalysisPost, Fix } from './types';

/**
 * The posts with a fix applied, in the same order; untouched posts are the same objects. Pure, and
 * generic so the UI can pass full posts and save the ones that changed. A fix naming a post that is
 * not there (deleted since) changes nothing.
 *
 * - move: `date` becomes `toDate`, the time is kept;
 * - swap: the two posts exchange `date`, each keeps its own time;
 * - make-question: `invitesParticipation` becomes true, format, tone and intent stay. This is the
 *   OUTCOME the fix aims at (what the analysis checks it against), not a change to store: a flag alone
 *   would clear the warning with no question in the post. TRAP: the app never writes it. It opens the
 *   editor with a question appended to the caption (questionSuggestions.ts), and the post invites only
 *   once the saved caption is detected as inviting, or the user ticks the box by hand.
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
