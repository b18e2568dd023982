// The changed-elsewhere notice names what changed: a review taken back (undone elsewhere) or a pillar
// set elsewhere must read as such, never break the editor (a field missing on one side is "—").
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Post } from '../../../shared/model/post';
import { SyncNotice } from '../../../renderer/features/editor/SyncNotice';
import { createI18n } from '../../../renderer/i18n/i18n';

const base: Post = {
  id: 'p1', clientId: 'c1', title: 'Croissant day', caption: '', date: '2026-11-26', time: null, channel: 'instagram', format: 'image', tone: 'serious',
  intent: 'informative', invitesParticipation: false, intentSource: 'user', participationSource: 'user', status: 'draft', tags: [], series: null,
  order: null, notes: '', pillar: null, evergreen: null, createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z',
};

const show = async (mine: Post, theirs: Post) => {
  const i18n = await createI18n('en');
  render(
    <I18nextProvider i18n={i18n}>
      <SyncNotice base={mine} elsewhere={{ theirs }} busy={false} onLoadTheirs={() => {}} onKeepMine={() => {}} onCopyMine={() => {}} pillarName={(id) => (id === 'p-tips' ? 'Tips' : id)} />
    </I18nextProvider>,
  );
};

describe('SyncNotice', () => {
  it('a review taken away elsewhere reads as a dash, a review set elsewhere by its state', async () => {
    const reviewed = { ...base, approval: { state: 'approved' as const, changedAfterReview: false, comments: [] }, updatedAt: '2026-11-21T10:00:00.000Z' };
    await show(reviewed, base);
    expect(screen.getByText('Client review: —')).toBeInTheDocument();
  });

  it('names a review, a pillar (by its name) and a first comment changed elsewhere', async () => {
    const theirs = { ...base, pillar: 'p-tips', firstComment: '#bread', approval: { state: 'changes' as const, changedAfterReview: false, comments: [] }, updatedAt: '2026-11-21T10:00:00.000Z' };
    await show(base, theirs);
    expect(screen.getByText('First comment: “#bread”')).toBeInTheDocument();
    expect(screen.getByText('Pillar: “Tips”')).toBeInTheDocument();
    expect(screen.getByText('Client review: Changes requested')).toBeInTheDocument();
  });
});
