import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis/analyze';
import { DEFAULT_RULES, resolveRules } from '../../../shared/analysis/rules';
import type { Pillar } from '../../../shared/model/pillars';
import { createClient, updateClient } from '../../../renderer/db/clients';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import { GuardPanel } from '../../../renderer/features/guard/GuardPanel';
import { pillarMonthMix } from '../../../renderer/features/guard/pillarMix';
import { RulesDialog } from '../../../renderer/features/guard/RulesDialog';
import { HistoryProvider } from '../../../renderer/features/history/History';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { createI18n, type UiLanguage } from '../../../renderer/i18n/i18n';
import { makePost } from '../views/viewHarness';

const pillars: Pillar[] = [
  { id: 'p-tips', name: 'Tips', color: '#059669', target: 0.4 },
  { id: 'p-team', name: 'Team', color: '#db2777', target: 0.4 },
  { id: 'p-prod', name: 'Products', color: '#ca8a04', target: 0.2 },
];

// December: 6 Tips, 3 Team, 1 Products = 60% / 30% / 10% of the 10 posts with a pillar; one post
// without a pillar, one of a removed pillar and one in November, none of which count.
const posts = [
  ...Array.from({ length: 6 }, (_, i) => makePost({ title: `Tip ${i}`, date: `2026-12-0${i + 1}`, pillar: 'p-tips' })),
  ...Array.from({ length: 3 }, (_, i) => makePost({ title: `Team ${i}`, date: `2026-12-1${i}`, pillar: 'p-team' })),
  makePost({ title: 'Loaf', date: '2026-12-20', pillar: 'p-prod' }),
  makePost({ title: 'Untagged', date: '2026-12-21', pillar: null }),
  makePost({ title: 'Gone', date: '2026-12-22', pillar: 'p-gone' }),
  makePost({ title: 'November tip', date: '2026-11-30', pillar: 'p-tips' }),
];

let db: CadenceDb;
beforeEach(async () => {
  db = createDb();
  await openDb(db);
});
afterEach(() => db.close());

const wrap = async (language: UiLanguage, node: React.ReactNode) => {
  const i18n = await createI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <ToastProvider>
          <HistoryProvider>{node}</HistoryProvider>
        </ToastProvider>
      </DbProvider>
    </I18nextProvider>,
  );
};

describe('the month’s pillar mix', () => {
  it('counts the month’s posts with a known pillar, and marks a pillar further from its target than the tolerance', () => {
    const mix = pillarMonthMix(posts, pillars, '2026-12', DEFAULT_RULES);
    expect(mix).toMatchObject({ tagged: 10, judged: true, tolerance: 0.1 });
    expect(mix.shares.map((s) => [s.pillar.name, s.count, s.share, s.off])).toEqual([
      ['Tips', 6, 0.6, 'up'],
      ['Team', 3, 0.3, null], // exactly 10 points under: within the tolerance
      ['Products', 1, 0.1, null],
    ]);
  });

  it('agrees with the pillar-drift rule on which pillars are off target', () => {
    const warned = analyze(posts, { rules: DEFAULT_RULES, weekStartsOn: 1, pillars, from: '2026-12-01', to: '2026-12-31' })
      .warnings.filter((w) => w.ruleId === 'pillar-drift')
      .map((w) => w.id);
    const off = pillarMonthMix(posts, pillars, '2026-12', DEFAULT_RULES).shares.filter((s) => s.off).map((s) => `pillar-drift:2026-12:${s.pillar.id}`);
    expect(off).toEqual(warned);
    expect(warned).toEqual(['pillar-drift:2026-12:p-tips']);
  });

  it('marks nothing under the rule’s minimum of posts, or with the rule off', () => {
    const few = pillarMonthMix(posts.slice(0, 3), pillars, '2026-12', DEFAULT_RULES);
    expect(few).toMatchObject({ tagged: 3, judged: false });
    expect(few.shares.every((s) => s.off === null)).toBe(true);
    const off = resolveRules({ ...DEFAULT_RULES, 'pillar-drift': { ...DEFAULT_RULES['pillar-drift'], enabled: false } });
    expect(pillarMonthMix(posts, pillars, '2026-12', off).shares.every((s) => s.off === null)).toBe(true);
  });

  it('shows each pillar’s share against its target in the guard panel, the one off target said so', async () => {
    await wrap(
      'en',
      <GuardPanel warnings={[]} posts={posts} readOnly={false} onJump={() => undefined} onEdit={() => undefined} onClose={() => undefined} onRules={() => undefined} pillars={pillars} rules={DEFAULT_RULES} month="2026-12" />,
    );
    const mix = screen.getByRole('region', { name: 'Pillars in December 2026' });
    const rows = within(mix).getAllByRole('listitem');
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual([
      'Tips: 60% of the posts with a pillar (6 of 10), target 40%, tolerance ±10, outside its target',
      'Team: 30% of the posts with a pillar (3 of 10), target 40%, tolerance ±10',
      'Products: 10% of the posts with a pillar (1 of 10), target 20%, tolerance ±10',
    ]);
    expect(rows[0]).toHaveTextContent('Tips60% · target 40%↑');
    expect(rows[0]).toHaveClass('pillar-mix-off');
    expect(rows[1]).not.toHaveClass('pillar-mix-off');
  });

  it('says in French when the month has too few posts with a pillar, and marks nothing', async () => {
    await wrap(
      'fr',
      <GuardPanel warnings={[]} posts={posts.slice(0, 2)} readOnly={false} onJump={() => undefined} onEdit={() => undefined} onClose={() => undefined} onRules={() => undefined} pillars={pillars} rules={DEFAULT_RULES} month="2026-12" />,
    );
    const mix = screen.getByRole('region', { name: 'Piliers en décembre 2026' });
    expect(mix.querySelector('.pillar-mix-value')?.textContent).toBe('100\u00a0% · cible 40\u00a0%'); // not judged: no arrow
    expect(mix.textContent).toContain('Seulement 2 publications rattachées à un pilier ce mois-ci\u00a0: le garde-fou compte à partir de 4.');
  });
});

describe('RulesDialog: pillar drift', () => {
  it('says the rule needs pillars for a client without any, and not once it has them', async () => {
    const client = await createClient(db, { name: 'Bloom', color: '#4f46e5', channels: ['instagram'], timeZone: 'Europe/Paris', weekStartsOn: 1, language: 'en' });
    await wrap('en', <RulesDialog client={client} onClose={() => undefined} />);
    expect(screen.getByText(/This client has no content pillars yet/)).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: /^Warn when a pillar is further from its target than/, hidden: true })).toHaveValue(10);
    cleanup();
    const withPillars = await updateClient(db, client.id, { pillars });
    await wrap('en', <RulesDialog client={withPillars} onClose={() => undefined} />);
    expect(screen.queryByText(/This client has no content pillars yet/)).not.toBeInTheDocument();
  });
});
