import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { compileFilter, EMPTY_FILTER, type PostFilter } from '../../../shared/filters';
import { FilterBanner } from '../../../renderer/features/filters/FilterBanner';
import { FilterMenu } from '../../../renderer/features/filters/FilterMenu';
import { createI18n, type UiLanguage } from '../../../renderer/i18n/i18n';
import { makePost } from '../../unit/serializers/fixtures';

// The menu and the banner as App wires them: one filter state, shown by both.
const renderMenu = async (language: UiLanguage) => {
  const i18n = await createI18n(language);
  let current: PostFilter = EMPTY_FILTER;
  const Harness = () => {
    const [filter, setFilter] = useState(EMPTY_FILTER);
    const change = (next: PostFilter) => {
      current = next;
      setFilter(next);
    };
    return (
      <>
        <FilterMenu filter={filter} channels={['instagram']} tags={[]} onChange={change} />
        <FilterBanner filter={filter} onChange={change} />
      </>
    );
  };
  render(
    <I18nextProvider i18n={i18n}>
      <Harness />
    </I18nextProvider>,
  );
  return { last: () => current };
};

const stale = makePost({ id: 'stale', approval: { state: 'approved', changedAfterReview: true, comments: [] } });
const approved = makePost({ id: 'approved', approval: { state: 'approved', changedAfterReview: false, comments: [] } });
const never = makePost({ id: 'never' });

describe('FilterMenu: client review', () => {
  it('offers the five places a review can be, keeps the ticked ones, and the banner says so', async () => {
    const user = userEvent.setup();
    const { last } = await renderMenu('en');
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    const group = screen.getByRole('group', { name: 'Client review' });
    expect(within(group).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual([
      'Not sent', 'To review', 'Approved', 'Changes requested', 'Changed after review',
    ]);
    await user.click(within(group).getByRole('checkbox', { name: 'Changed after review' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Not sent' }));
    expect(last().approval).toEqual(['changed', 'none']);
    expect(screen.getByRole('button', { name: 'Filters (2)' })).toBeInTheDocument();
    expect(screen.getByText('Client review: Changed after review, Not sent')).toBeInTheDocument();
    const keep = compileFilter(last());
    expect([stale, approved, never].filter(keep).map((p) => p.id)).toEqual(['stale', 'never']);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(last().approval).toEqual([]);
  });

  it('reads in French', async () => {
    const user = userEvent.setup();
    const { last } = await renderMenu('fr');
    await user.click(screen.getByRole('button', { name: 'Filtres' }));
    const group = screen.getByRole('group', { name: 'Validation client' });
    await user.click(within(group).getByRole('checkbox', { name: 'Modifications demandées' }));
    expect(last().approval).toEqual(['changes']);
    expect(screen.getByText('Validation client : Modifications demandées')).toBeInTheDocument();
  });
});
