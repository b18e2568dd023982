import { fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Warning } from '../../../shared/analysis/types';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import { GUARD_SHOWN, GuardPanel } from '../../../renderer/features/guard/GuardPanel';
import { HistoryProvider } from '../../../renderer/features/history/History';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { createI18n, type UiLanguage } from '../../../renderer/i18n/i18n';
import { makePost } from '../views/viewHarness';

// A dense month raises hundreds of warnings: the panel shows the first ones and the rest on demand,
// with the total always in its header.

let db: CadenceDb;
beforeEach(async () => {
  db = createDb();
  await openDb(db);
});

const warningsFor = (count: number) => {
  const posts = Array.from({ length: count }, (_, i) => makePost({ title: `Post ${i + 1}`, date: `2026-11-${String((i % 28) + 1).padStart(2, '0')}` }));
  const warnings: Warning[] = posts.map((post, i) => ({
    id: `w${i + 1}`,
    ruleId: 'channel-frequency',
    severity: 'warning',
    postIds: [post.id],
    message: { en: `Warning number ${i + 1}`, fr: `Alerte numéro ${i + 1}` },
  }));
  return { posts, warnings };
};

const renderPanel = async (count: number, language: UiLanguage = 'en') => {
  const { posts, warnings } = warningsFor(count);
  const i18n = await createI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <ToastProvider>
          <HistoryProvider>
            <GuardPanel warnings={warnings} posts={posts} readOnly={false} onJump={() => undefined} onEdit={() => undefined} onClose={() => undefined} onRules={() => undefined} />
          </HistoryProvider>
        </ToastProvider>
      </DbProvider>
    </I18nextProvider>,
  );
  return screen.getByRole('complementary');
};

describe('GuardPanel', () => {
  it(`shows the first ${GUARD_SHOWN} warnings, the others on demand, and the total in its header`, async () => {
    const panel = await renderPanel(25);
    expect(within(panel).getAllByRole('listitem')).toHaveLength(GUARD_SHOWN);
    expect(within(panel).getByText('25')).toBeInTheDocument();
    expect(within(panel).getByText('Warning number 20')).toBeInTheDocument();
    expect(within(panel).queryByText('Warning number 21')).toBeNull();
    const more = within(panel).getByRole('button', { name: 'Show the 5 other warnings' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    more.focus();
    fireEvent.click(more);
    expect(within(panel).getAllByRole('listitem')).toHaveLength(25);
    expect(within(panel).getByText('Warning number 25')).toBeInTheDocument();
    // The same button, so the keyboard user is still on it.
    const fewer = within(panel).getByRole('button', { name: 'Show fewer' });
    expect(fewer).toBe(more);
    expect(fewer).toHaveFocus();
    expect(fewer).toHaveAttribute('aria-expanded', 'true');
    fireEvent.click(fewer);
    expect(within(panel).getAllByRole('listitem')).toHaveLength(GUARD_SHOWN);
    // Every shown warning can still jump to its post.
    expect(within(panel).getAllByRole('button', { name: 'Show' })).toHaveLength(GUARD_SHOWN);
  });

  it('has no extra button when everything fits', async () => {
    const panel = await renderPanel(GUARD_SHOWN);
    expect(within(panel).getAllByRole('listitem')).toHaveLength(GUARD_SHOWN);
    expect(within(panel).queryByRole('button', { name: /other warning/ })).toBeNull();
  });

  it('in French', async () => {
    const panel = await renderPanel(22, 'fr');
    expect(within(panel).getByRole('button', { name: 'Afficher les 2 autres alertes' })).toBeInTheDocument();
    // A screen reader hears the severity first, with the French no-break space before the colon.
    expect(within(panel).getAllByRole('listitem')[0]!.textContent).toContain('Alerte\u00a0: Alerte numéro 1');
  });
});
