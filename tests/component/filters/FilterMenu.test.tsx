import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { compileFilter, EMPTY_FILTER, type PostFilter } from '../../../shared/filters';
import type { Channel } from '../../../shared/model/enums';
import { FilterBanner } from '../../../renderer/features/filters/FilterBanner';
import { FilterMenu } from '../../../renderer/features/filters/FilterMenu';
import { createI18n, type UiLanguage } from '../../../renderer/i18n/i18n';
import { makePost } from '../../unit/serializers/fixtures';

// The menu and the banner as App wires them: one filter state, shown by both.
const renderMenu = async (channels: readonly Channel[], language: UiLanguage = 'en', initial: PostFilter = EMPTY_FILTER) => {
  const i18n = await createI18n(language);
  const seen: PostFilter[] = [];
  const Harness = () => {
    const [filter, setFilter] = useState(initial);
    const change = (next: PostFilter) => {
      seen.push(next);
      setFilter(next);
    };
    return (
      <>
        <FilterMenu filter={filter} channels={channels} tags={[]} onChange={change} />
        <FilterBanner filter={filter} onChange={change} />
      </>
    );
  };
  render(
    <I18nextProvider i18n={i18n}>
      <Harness />
    </I18nextProvider>,
  );
  return { last: () => seen[seen.length - 1] ?? initial };
};

const group = (name: string | RegExp) => screen.getByRole('group', { name });

describe('FilterMenu: participation', () => {
  it('filters on invites participation yes / no and on how it was decided, and says so on the button and the banner', async () => {
    const user = userEvent.setup();
    const { last } = await renderMenu(['instagram']);
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    await user.click(within(group('Invites participation')).getByRole('checkbox', { name: 'Yes' }));
    expect(last().participation).toEqual(['invites']);
    await user.click(within(group('Participation decided')).getByRole('checkbox', { name: 'Detected' }));
    expect(last()).toMatchObject({ participation: ['invites'], participationSources: ['auto'] });
    expect(screen.getByRole('button', { name: 'Filters (2)' })).toBeInTheDocument();
    expect(screen.getByText('Invites participation: Yes · Participation decided: Detected')).toBeInTheDocument();

    // The filter chosen in the menu keeps exactly the detected invitations.
    const keep = compileFilter(last());
    expect(keep(makePost({ invitesParticipation: true, participationSource: 'auto' }))).toBe(true);
    expect(keep(makePost({ invitesParticipation: true, participationSource: 'user' }))).toBe(false);
    expect(keep(makePost({ invitesParticipation: false, participationSource: 'auto' }))).toBe(false);
  });

  it('combines with the other groups, and the banner lists each', async () => {
    const user = userEvent.setup();
    const { last } = await renderMenu(['instagram', 'tiktok']);
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    await user.click(within(group('Invites participation')).getByRole('checkbox', { name: 'No' }));
    await user.click(within(group('Participation decided')).getByRole('checkbox', { name: 'Set by hand' }));
    await user.click(within(group('Channel')).getByRole('checkbox', { name: 'TikTok' }));
    expect(last()).toMatchObject({ participation: ['none'], participationSources: ['user'], channels: ['tiktok'] });
    expect(screen.getByText('Invites participation: No · Participation decided: Set by hand · Channel: TikTok')).toBeInTheDocument();
    // "Show all posts" clears every group, the banner goes.
    await user.click(screen.getByRole('button', { name: 'Show all posts' }));
    expect(last()).toEqual(EMPTY_FILTER);
    expect(screen.queryByText(/Filters are on/)).not.toBeInTheDocument();
  });

  it('speaks French', async () => {
    const user = userEvent.setup();
    const { last } = await renderMenu(['instagram'], 'fr');
    await user.click(screen.getByRole('button', { name: 'Filtres' }));
    await user.click(within(group('Invite à participer')).getByRole('checkbox', { name: 'Oui' }));
    await user.click(within(group('Participation décidée')).getByRole('checkbox', { name: 'À la main' }));
    expect(last()).toMatchObject({ participation: ['invites'], participationSources: ['user'] });
    // The no-break spaces before the colons survive (getByText would fold them into plain spaces).
    const parts = document.querySelector('.filter-banner-parts');
    expect(parts?.textContent).toBe('Invite à participer\u00a0: Oui · Participation décidée\u00a0: À la main');
  });
});

describe('FilterMenu: channels', () => {
  it('lists only the channels it is given (the client’s), in the app’s order', async () => {
    const user = userEvent.setup();
    await renderMenu(['instagram', 'linkedin']);
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    const names = within(group('Channel'))
      .getAllByRole('checkbox')
      .map((box) => box.closest('label')?.textContent);
    expect(names).toEqual(['Instagram', 'LinkedIn']);
  });

  it('shows a chosen channel as checked, and the count on the button', async () => {
    const user = userEvent.setup();
    await renderMenu(['instagram', 'tiktok'], 'en', { ...EMPTY_FILTER, channels: ['tiktok'] });
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Filters (1)' }));
    expect(within(group('Channel')).getByRole('checkbox', { name: 'TikTok' })).toBeChecked();
    expect(within(group('Channel')).getByRole('checkbox', { name: 'Instagram' })).not.toBeChecked();
  });
});

describe('FilterMenu: pillars', () => {
  const pillars = [
    { key: 'tips', name: 'Tips', color: '#059669' },
    { key: 'coulisses', name: 'Coulisses', color: '#db2777' },
  ];
  const renderWithPillars = async (language: UiLanguage = 'en') => {
    const i18n = await createI18n(language);
    const seen: PostFilter[] = [];
    const Harness = () => {
      const [filter, setFilter] = useState(EMPTY_FILTER);
      const change = (next: PostFilter) => {
        seen.push(next);
        setFilter(next);
      };
      return (
        <>
          <FilterMenu filter={filter} channels={['instagram']} tags={[]} pillars={pillars} onChange={change} />
          <FilterBanner filter={filter} pillars={pillars} onChange={change} />
        </>
      );
    };
    render(
      <I18nextProvider i18n={i18n}>
        <Harness />
      </I18nextProvider>,
    );
    return { last: () => seen[seen.length - 1] ?? EMPTY_FILTER };
  };

  it('offers the pillars and No pillar, filters by the chosen ones, and names them in the banner', async () => {
    const user = userEvent.setup();
    const { last } = await renderWithPillars();
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    const names = within(group('Pillar')).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent);
    expect(names).toEqual(['Tips', 'Coulisses', 'No pillar']);
    await user.click(within(group('Pillar')).getByRole('checkbox', { name: 'Coulisses' }));
    await user.click(within(group('Pillar')).getByRole('checkbox', { name: 'No pillar' }));
    expect(last().pillars).toEqual(['coulisses', '']);
    expect(screen.getByRole('button', { name: 'Filters (2)' })).toBeInTheDocument();
    expect(screen.getByText('Pillar: Coulisses, No pillar')).toBeInTheDocument();
    const index = new Map([['p-coul', { name: 'Coulisses', color: '#db2777', clientId: 'c' }], ['p-tips', { name: 'Tips', color: '#059669', clientId: 'c' }]]);
    const keep = compileFilter(last(), index);
    expect(keep(makePost({ pillar: 'p-coul' }))).toBe(true);
    expect(keep(makePost({ pillar: null }))).toBe(true);
    expect(keep(makePost({ pillar: 'p-tips' }))).toBe(false);
  });

  it('has no pillar group for a client without pillars, and speaks French', async () => {
    const user = userEvent.setup();
    await renderMenu(['instagram']);
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    expect(screen.queryByRole('group', { name: 'Pillar' })).not.toBeInTheDocument();
    cleanup();
    await renderWithPillars('fr');
    await user.click(screen.getByRole('button', { name: 'Filtres' }));
    await user.click(within(group('Pilier')).getByRole('checkbox', { name: 'Sans pilier' }));
    expect(document.querySelector('.filter-banner-parts')?.textContent).toBe('Pilier\u00a0: Sans pilier');
  });
});
