// The caption-limit rule as the user meets it: its warning in the guard panel with a way to open the
// post, and its switch in the rules dialog.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../shared/analysis/analyze';
import { resolveRules } from '../../../shared/analysis/rules';
import { createClient } from '../../../renderer/db/clients';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import { GuardPanel } from '../../../renderer/features/guard/GuardPanel';
import { RulesDialog } from '../../../renderer/features/guard/RulesDialog';
import { HistoryProvider } from '../../../renderer/features/history/History';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { createI18n, type UiLanguage } from '../../../renderer/i18n/i18n';
import { makePost } from '../views/viewHarness';

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

const long = makePost({ title: 'Launch thread', channel: 'x', date: '2026-12-03', caption: 'a'.repeat(290) });
const fine = makePost({ title: 'Short one', channel: 'x', date: '2026-12-04', caption: 'Hello' });
const posts = [long, fine];

const panel = async (language: UiLanguage, readOnly = false) => {
  const warnings = analyze(posts, { rules: resolveRules(undefined), weekStartsOn: 1 }).warnings.filter((w) => w.ruleId === 'caption-limit');
  const onEdit = vi.fn();
  const onJump = vi.fn();
  await wrap(
    language,
    <GuardPanel warnings={warnings} posts={posts} readOnly={readOnly} onJump={onJump} onEdit={onEdit} onClose={() => undefined} onRules={() => undefined} />,
  );
  return { onEdit, onJump, aside: screen.getByRole('complementary') };
};

describe('GuardPanel: a caption over its limit', () => {
  it('names the post, the network and by how much, and opens the post to shorten it', async () => {
    const { onEdit, onJump, aside } = await panel('en');
    const item = within(aside).getByRole('listitem');
    expect(item).toHaveAttribute('data-rule', 'caption-limit');
    expect(item).toHaveTextContent(
      '“Launch thread” on X: the caption has 290 characters as X counts them (a link is 23, an emoji 2), over the limit of 280. Shorten it by 10 characters.',
    );
    fireEvent.click(within(item).getByRole('button', { name: 'Edit the post' }));
    expect(onEdit).toHaveBeenCalledWith(long.id);
    fireEvent.click(within(item).getByRole('button', { name: 'Show' }));
    expect(onJump).toHaveBeenCalledWith(long);
  });

  it('speaks French, and offers no edit on a read-only calendar', async () => {
    const { aside } = await panel('fr', true);
    const item = within(aside).getByRole('listitem');
    // Read raw: toHaveTextContent would fold the non-breaking spaces French typography needs.
    expect(item.textContent).toContain('«\u00a0Launch thread\u00a0» sur X\u00a0: la légende compte 290 caractères selon le décompte de X');
    expect(item.textContent).toContain('Raccourcissez-la de 10 caractères.');
    expect(within(item).queryByRole('button', { name: 'Modifier la publication' })).toBeNull();
  });
});

describe('RulesDialog: caption limits', () => {
  it('is on by default, and turned off it is saved off and the guard stays quiet', async () => {
    const client = await createClient(db, { name: 'Bloom', color: '#4f46e5', channels: ['x'], timeZone: 'Europe/Paris', weekStartsOn: 1, language: 'en' });
    const onClose = vi.fn();
    await wrap('en', <RulesDialog client={client} onClose={onClose} />);
    const box = screen.getByRole('checkbox', { name: 'Caption limits', hidden: true });
    expect(box).toBeChecked();
    expect(screen.getByText(/Warns when a caption or a first comment is longer than its network allows/)).toBeInTheDocument();
    fireEvent.click(box);
    expect(box).not.toBeChecked();
    fireEvent.click(screen.getByRole('button', { name: 'Save', hidden: true }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const stored = await db.clients.get(client.id);
    const rules = resolveRules(stored?.rules);
    expect(rules['caption-limit'].enabled).toBe(false);
    // The others are untouched.
    expect(rules['promo-streak'].enabled).toBe(true);
    expect(analyze(posts, { rules, weekStartsOn: 1 }).warnings.filter((w) => w.ruleId === 'caption-limit')).toEqual([]);
  });

  it('is named in French', async () => {
    const client = await createClient(db, { name: 'Bloom', color: '#4f46e5', channels: ['x'], timeZone: 'Europe/Paris', weekStartsOn: 1, language: 'fr' });
    await wrap('fr', <RulesDialog client={client} onClose={() => undefined} />);
    expect(screen.getByRole('checkbox', { name: 'Limites des légendes', hidden: true })).toBeChecked();
  });
});
