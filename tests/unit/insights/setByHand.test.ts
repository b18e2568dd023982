import { describe, expect, it } from 'vitest';
import { insights } from '../../../shared/insights/lift';
import { makePost, rated, split } from './fixtures';

// A hand-set "invites participation" is a claim, not a reading of the caption: Insights says how many
// of the posts on each side of the participation lift were set by hand.
describe('insights().setByHand', () => {
  it('counts hand-set posts on each side, detected ones and formats that invite by nature apart', () => {
    const pairs = [
      rated('hand-yes', 4, { invitesParticipation: true, participationSource: 'user' }),
      rated('hand-yes-2', 5, { invitesParticipation: true, participationSource: 'user' }),
      rated('detected-yes', 6, { invitesParticipation: true, participationSource: 'auto' }),
      rated('hand-no', 2, { invitesParticipation: false, participationSource: 'user' }),
      rated('detected-no', 3, { invitesParticipation: false, participationSource: 'auto' }),
      // A poll invites whatever its flag says: its source decides nothing.
      rated('poll', 7, { format: 'poll', invitesParticipation: false, participationSource: 'user' }),
      // Out of scope (not published, no results): not counted on either side.
      { post: makePost('draft', { status: 'draft', invitesParticipation: true, participationSource: 'user' }), snapshot: null },
    ];
    const { posts, snapshots } = split(pairs);
    const result = insights(posts, snapshots);
    expect(result.setByHand).toEqual({ inviting: 2, others: 1 });
    expect(result.participation.group.posts).toBe(4);
    expect(result.participation.rest.posts).toBe(2);
  });

  it('is zero when every flag follows detection, and for posts that do not say (older callers)', () => {
    const { posts, snapshots } = split([rated('a', 4, { invitesParticipation: true, participationSource: 'auto' }), rated('b', 2)]);
    const bare = posts.map(({ participationSource: _drop, ...rest }) => rest);
    expect(insights(bare, snapshots).setByHand).toEqual({ inviting: 0, others: 0 });
    expect(insights(posts.map((p) => ({ ...p, participationSource: 'auto' as const })), snapshots).setByHand).toEqual({ inviting: 0, others: 0 });
  });
});
