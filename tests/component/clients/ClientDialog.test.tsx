import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Client } from '../../../shared/model/client';
import { resolvePillars } from '../../../shared/model/pillars';
import { resolveRhythm } from '../../../shared/model/rhythm';
import { createClient, updateClient } from '../../../renderer/db/clients';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import { ClientDialog } from '../../../renderer/features/clients/ClientDialog';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { createI18n, type UiLanguage } from '../../../renderer/i18n/i18n';

let db: CadenceDb;
beforeEach(async () => {
  vi.setSystemTime(new Date('2026-11-24T10:00:00Z'));
  db = createDb();
  await openDb(db);
});
afterEach(() => db.close());

const base = { name: 'Bloom Bakery', color: '#4f46e5', channels: ['instagram', 'linkedin'] as Client['channels'], timeZone: 'Europe/Paris', weekStartsOn: 1 as const, language: 'en' as const };

const open = async (client: Client | null, language: UiLanguage = 'en', section?: 'rhythm') => {
  const i18n = await createI18n(language);
  const created: Client[] = [];
  const closed = vi.fn();
  render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <ToastProvider>
          <ClientDialog client={client} suggestedColor="#4f46e5" onClose={closed} onCreated={(c) => created.push(c)} section={section} />
        </ToastProvider>
      </DbProvider>
    </I18nextProvider>,
  );
  return { user: userEvent.setup(), created, closed, dialog: screen.getByRole('dialog', { hidden: true }) };
};

const q = { hidden: true } as const;
const stored = async (id: string) => (await db.clients.get(id))!;

describe('ClientDialog: content pillars', () => {
  it('adds pillars with a name, a colour and a whole-percent target, shows the running total, and saves them', async () => {
    const client = await createClient(db, base);
    const { user, closed } = await open(client);
    await user.click(screen.getByText('Content pillars'));
    await user.click(screen.getByRole('button', { name: 'Add a pillar', ...q }));
    // The first pillar is offered what is left of 100%.
    expect(screen.getByRole('textbox', { name: 'Target share of pillar 1, in percent', ...q })).toHaveValue('100');
    await user.type(screen.getByRole('textbox', { name: 'Name of pillar 1', ...q }), 'Tips');
    const tipsTarget = screen.getByRole('textbox', { name: 'Target share of Tips, in percent', ...q });
    await user.clear(tipsTarget);
    await user.type(tipsTarget, '60');
    await user.click(screen.getByRole('button', { name: 'Add a pillar', ...q }));
    await user.type(screen.getByRole('textbox', { name: 'Name of pillar 2', ...q }), 'Community');
    expect(screen.getByRole('textbox', { name: 'Target share of Community, in percent', ...q })).toHaveValue('40');
    const colours = screen.getByRole('radiogroup', { name: 'Colour of Community', ...q });
    await user.click(within(colours).getByRole('radio', { name: 'Colour #db2777', ...q }));
    expect(screen.getByText('Total 100%')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save', ...q }));
    await waitFor(() => expect(closed).toHaveBeenCalled());
    const pillars = resolvePillars((await stored(client.id)).pillars);
    expect(pillars.map((p) => [p.name, p.target, p.color])).toEqual([
      ['Tips', 0.6, '#4f46e5'],
      ['Community', 0.4, '#db2777'],
    ]);
    expect(pillars.every((p) => p.id.length > 10)).toBe(true);
  });

  it('refuses targets over 100%, an empty or duplicate name and a target that is not a whole percent, each at its field, and stores nothing', async () => {
    const client = await createClient(db, base);
    const { user, closed } = await open(client);
    await user.click(screen.getByText('Content pillars'));
    for (const [name, target] of [['Tips', '70'], ['tips ', '50'], ['', '12.5']] as const) {
      await user.click(screen.getByRole('button', { name: 'Add a pillar', ...q }));
      const n = screen.getAllByRole('textbox', { name: /^Name of pillar/, ...q }).length;
      if (name) await user.type(screen.getByRole('textbox', { name: `Name of pillar ${n}`, ...q }), name);
      const targetBox = screen.getAllByRole('textbox', { name: /^Target share of/, ...q })[n - 1]!;
      await user.clear(targetBox);
      await user.type(targetBox, target);
    }
    await user.click(screen.getByRole('button', { name: 'Save', ...q }));
    expect(await screen.findByText('The targets add up to 120%: at most 100%.')).toBeInTheDocument();
    const second = screen.getByRole('textbox', { name: 'Name of pillar 2', ...q });
    expect(second).toHaveAttribute('aria-invalid', 'true');
    expect(document.getElementById(second.getAttribute('aria-describedby')!)).toHaveTextContent('Another pillar has this name.');
    const third = screen.getByRole('textbox', { name: 'Name of pillar 3', ...q });
    expect(document.getElementById(third.getAttribute('aria-describedby')!)).toHaveTextContent('Give the pillar a name.');
    const thirdTarget = screen.getByRole('textbox', { name: 'Target share of pillar 3, in percent', ...q });
    expect(thirdTarget).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Enter a whole percent from 0 to 100.')).toBeInTheDocument();
    expect(closed).not.toHaveBeenCalled();
    expect((await stored(client.id)).pillars).toBeUndefined();
    // Fixing a field clears its error.
    await user.type(third, 'Products');
    expect(third).not.toHaveAttribute('aria-invalid');
  });

  it('keeps a renamed pillar’s id, and says that posts of a removed pillar count as having none', async () => {
    const client = await updateClient(db, (await createClient(db, base)).id, {
      pillars: [
        { id: 'p-tips', name: 'Tips', color: '#4f46e5', target: 0.5 },
        { id: 'p-team', name: 'Team', color: '#059669', target: 0.5 },
      ],
    });
    const { user, closed } = await open(client);
    const name = screen.getByRole('textbox', { name: 'Name of pillar 1', ...q });
    await user.clear(name);
    await user.type(name, 'Advice');
    await user.click(screen.getByRole('button', { name: 'Remove Team', ...q }));
    expect(screen.getByText(/Posts of a removed pillar are not changed/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save', ...q }));
    await waitFor(() => expect(closed).toHaveBeenCalled());
    expect(resolvePillars((await stored(client.id)).pillars)).toEqual([{ id: 'p-tips', name: 'Advice', color: '#4f46e5', target: 0.5 }]);
  });
});

describe('ClientDialog: posting rhythm', () => {
  it('sets posts a week, weekdays (in the client’s week order) and times per channel; a channel at 0 is not stored', async () => {
    const client = await createClient(db, base);
    const { user, closed } = await open(client);
    await user.click(screen.getByText('Posting rhythm'));
    const days = screen.getByRole('group', { name: 'Days on Instagram', ...q });
    expect(within(days).getAllByRole('button', q).map((b) => b.textContent)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    const perWeek = screen.getByRole('spinbutton', { name: 'Posts a week on Instagram', ...q });
    await user.clear(perWeek);
    await user.type(perWeek, '3');
    for (const day of ['Monday', 'Wednesday', 'Friday']) await user.click(within(days).getByRole('button', { name: day, ...q }));
    expect(within(days).getByRole('button', { name: 'Monday', ...q })).toHaveAttribute('aria-pressed', 'true');
    expect(within(days).getByRole('button', { name: 'Tuesday', ...q })).toHaveAttribute('aria-pressed', 'false');
    await user.type(screen.getByRole('textbox', { name: 'Time 1 on Instagram', ...q }), '12:30');
    // LinkedIn stays at 0: days chosen there are not a rhythm entry.
    await user.click(within(screen.getByRole('group', { name: 'Days on LinkedIn', ...q })).getByRole('button', { name: 'Tuesday', ...q }));
    expect(screen.getByText('Instagram 3/week')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save', ...q }));
    await waitFor(() => expect(closed).toHaveBeenCalled());
    expect(resolveRhythm((await stored(client.id)).rhythm)).toEqual([{ channel: 'instagram', perWeek: 3, days: [1, 3, 5], times: ['12:30'] }]);
  });

  it('refuses at the field: too many posts for the slots, a time like 25:00, no day, and a rhythm of 0 posts everywhere', async () => {
    const client = await createClient(db, base);
    const { user, closed } = await open(client);
    await user.click(screen.getByText('Posting rhythm'));
    const ig = screen.getByRole('spinbutton', { name: 'Posts a week on Instagram', ...q });
    await user.clear(ig);
    await user.type(ig, '5');
    const igDays = screen.getByRole('group', { name: 'Days on Instagram', ...q });
    await user.click(within(igDays).getByRole('button', { name: 'Monday', ...q }));
    await user.click(within(igDays).getByRole('button', { name: 'Thursday', ...q }));
    await user.type(screen.getByRole('textbox', { name: 'Time 1 on Instagram', ...q }), '9:00');
    await user.click(screen.getByRole('button', { name: 'Add a time on Instagram', ...q }));
    await user.type(screen.getByRole('textbox', { name: 'Time 2 on Instagram', ...q }), '25:00');
    const li = screen.getByRole('spinbutton', { name: 'Posts a week on LinkedIn', ...q });
    await user.clear(li);
    await user.type(li, '2');
    await user.type(screen.getByRole('textbox', { name: 'Time 1 on LinkedIn', ...q }), '08:30');
    await user.click(screen.getByRole('button', { name: 'Save', ...q }));

    const badTime = screen.getByRole('textbox', { name: 'Time 2 on Instagram', ...q });
    expect(badTime).toHaveAttribute('aria-invalid', 'true');
    expect(document.getElementById(badTime.getAttribute('aria-describedby')!)).toHaveTextContent('Enter a time between 00:00 and 23:59');
    expect(screen.getByRole('textbox', { name: 'Time 1 on Instagram', ...q })).not.toHaveAttribute('aria-invalid');
    const liDays = screen.getByRole('group', { name: 'Days on LinkedIn', ...q });
    expect(document.getElementById(liDays.getAttribute('aria-describedby')!)).toHaveTextContent('Choose at least one day.');
    expect(closed).not.toHaveBeenCalled();

    // With a valid second time, 5 a week on 2 days × 2 times is still too many.
    await user.clear(badTime);
    await user.type(badTime, '18:00');
    await user.click(within(liDays).getByRole('button', { name: 'Tuesday', ...q }));
    await user.click(screen.getByRole('button', { name: 'Save', ...q }));
    expect(ig).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('5 posts a week need 5 day-and-time slots: pick more days or times.')).toBeInTheDocument();

    // 0 everywhere, with days and times still chosen: the user meant a rhythm.
    await user.clear(ig);
    await user.type(ig, '0');
    await user.clear(li);
    await user.type(li, '0');
    await user.click(screen.getByRole('button', { name: 'Save', ...q }));
    expect(screen.getAllByText('A rhythm needs at least one post a week.').length).toBeGreaterThan(0);
    expect(closed).not.toHaveBeenCalled();
    expect((await stored(client.id)).rhythm).toBeUndefined();
  });

  it('shows the stored rhythm, in French, with the week starting on Sunday', async () => {
    const client = await updateClient(db, (await createClient(db, { ...base, weekStartsOn: 0 })).id, {
      rhythm: [{ channel: 'linkedin', perWeek: 2, days: [2, 4], times: ['08:30'] }],
    });
    await open(client, 'fr');
    const days = screen.getByRole('group', { name: 'Jours sur LinkedIn', ...q });
    expect(within(days).getAllByRole('button', q)[0]).toHaveTextContent('dim.');
    expect(within(days).getByRole('button', { name: 'mardi', ...q })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('textbox', { name: 'Heure 1 sur LinkedIn', ...q })).toHaveValue('08:30');
    expect(screen.getByText('LinkedIn 2/semaine')).toBeInTheDocument();
  });
});

describe('ClientDialog: country for holidays', () => {
  it('offers None first then the countries by name, and stores the code', async () => {
    const { user, created } = await open(null);
    await user.type(screen.getByRole('textbox', { name: 'Name', ...q }), 'Maison Lune');
    await user.click(screen.getByText('Holidays'));
    const country = screen.getByRole('combobox', { name: 'Country for holidays', ...q });
    expect(screen.getByText('Shows public holidays and observances in the calendar and offers them to the planner.')).toBeInTheDocument();
    await waitFor(() => expect(within(country).getAllByRole('option', q).length).toBeGreaterThan(100));
    expect(within(country).getAllByRole('option', q)[0]).toHaveTextContent('None');
    await user.selectOptions(country, 'FR');
    expect(within(country).getByRole('option', { name: 'France', ...q })).toHaveProperty('selected', true);
    await user.click(screen.getByRole('button', { name: 'Create client', ...q }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect((await stored(created[0]!.id)).country).toBe('FR');
    // A new client with no pillars or rhythm stores empty ones, valid.
    expect((await stored(created[0]!.id)).pillars).toEqual([]);
  });
});

describe('ClientDialog: a new client, and the planner’s way in', () => {
  it('creates a client with its pillars and rhythm, checked as an edit is', async () => {
    const { user, created } = await open(null);
    await user.type(screen.getByRole('textbox', { name: 'Name', ...q }), 'Maison Lune');
    await user.click(screen.getByText('Content pillars'));
    await user.click(screen.getByRole('button', { name: 'Add a pillar', ...q }));
    await user.type(screen.getByRole('textbox', { name: 'Name of pillar 1', ...q }), 'Recettes');
    await user.click(screen.getByText('Posting rhythm'));
    await user.clear(screen.getByRole('spinbutton', { name: 'Posts a week on Instagram', ...q }));
    await user.type(screen.getByRole('spinbutton', { name: 'Posts a week on Instagram', ...q }), '1');
    await user.click(within(screen.getByRole('group', { name: 'Days on Instagram', ...q })).getByRole('button', { name: 'Sunday', ...q }));
    await user.type(screen.getByRole('textbox', { name: 'Time 1 on Instagram', ...q }), '0930');
    await user.click(screen.getByRole('button', { name: 'Create client', ...q }));
    await waitFor(() => expect(created).toHaveLength(1));
    const client = await stored(created[0]!.id);
    expect(resolvePillars(client.pillars).map((p) => [p.name, p.target])).toEqual([['Recettes', 1]]);
    expect(resolveRhythm(client.rhythm)).toEqual([{ channel: 'instagram', perWeek: 1, days: [0], times: ['09:30'] }]);
  });

  it('opens on the rhythm, its heading focused, when asked to (a client without one)', async () => {
    const client = await createClient(db, base);
    await open(client, 'en', 'rhythm');
    const rhythm = document.querySelector('[data-section="rhythm"]') as HTMLDetailsElement;
    expect(rhythm.open).toBe(true);
    expect((document.querySelector('[data-section="pillars"]') as HTMLDetailsElement).open).toBe(false);
    expect(document.activeElement).toBe(rhythm.querySelector('summary'));
  });

  it('moves focus to “Add a pillar” when a pillar is removed', async () => {
    const client = await updateClient(db, (await createClient(db, base)).id, { pillars: [{ id: 'p1', name: 'Tips', color: '#4f46e5', target: 1 }] });
    const { user } = await open(client);
    await user.click(screen.getByRole('button', { name: 'Remove Tips', ...q }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add a pillar', ...q })).toHaveFocus());
  });
});
