import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Client } from '../../../shared/model/client';
import { resolveApprovalSettings } from '../../../shared/model/approval';
import { resolveHashtagSets } from '../../../shared/publishing/hashtagSets';
import { resolveTemplates } from '../../../shared/publishing/templates';
import { createClient, updateClient } from '../../../renderer/db/clients';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import { ClientDialog } from '../../../renderer/features/clients/ClientDialog';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { createI18n, type UiLanguage } from '../../../renderer/i18n/i18n';

// The client dialog's publishing settings (issue 16 part 5, issue 17): hashtag sets, post templates,
// X Premium and "approval required", each checked at its field and saved only by Save.

let db: CadenceDb;
beforeEach(async () => {
  vi.setSystemTime(new Date('2026-11-24T10:00:00Z'));
  db = createDb();
  await openDb(db);
});
afterEach(() => db.close());

const base = { name: 'Bloom Bakery', color: '#4f46e5', channels: ['instagram', 'linkedin'] as Client['channels'], timeZone: 'Europe/Paris', weekStartsOn: 1 as const, language: 'en' as const };
const q = { hidden: true } as const;
const stored = async (id: string) => (await db.clients.get(id))!;

const open = async (client: Client | null, language: UiLanguage = 'en') => {
  const i18n = await createI18n(language);
  const created: Client[] = [];
  const closed = vi.fn();
  render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <ToastProvider>
          <ClientDialog client={client} suggestedColor="#4f46e5" onClose={closed} onCreated={(c) => created.push(c)} />
        </ToastProvider>
      </DbProvider>
    </I18nextProvider>,
  );
  return { user: userEvent.setup(), created, closed };
};

type User = ReturnType<typeof userEvent.setup>;
const addSet = async (user: User, n: number, name: string, tags: string) => {
  await user.click(screen.getByRole('button', { name: /^(Add a hashtag set|Ajouter un jeu de hashtags)$/, ...q }));
  const nameBox = screen.getAllByRole('textbox', { name: /^(Name of hashtag set|Nom du jeu de hashtags) /, ...q })[n - 1]!;
  await user.type(nameBox, name);
  const tagsBox = screen.getAllByRole('textbox', { name: /^(Hashtags of|Hashtags de) /, ...q })[n - 1]!;
  await user.type(tagsBox, tags);
  return tagsBox as HTMLTextAreaElement;
};
const describedText = (el: HTMLElement) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent;

describe('ClientDialog: hashtag sets', () => {
  it('refuses a tag without # at its field, naming it and selecting it, and saves nothing', async () => {
    const client = await createClient(db, base);
    const { user, closed } = await open(client);
    await user.click(screen.getByText('Hashtag sets'));
    const tags = await addSet(user, 1, 'Bakery', '#levain pain #paris');
    await user.click(screen.getByRole('button', { name: 'Save', ...q }));
    expect(tags).toHaveAttribute('aria-invalid', 'true');
    expect(describedText(tags)).toBe('“pain” needs a # in front: #pain.');
    // The bad tag is selected in the field, so the user types over it.
    await waitFor(() => expect(tags).toHaveFocus());
    expect([tags.selectionStart, tags.selectionEnd]).toEqual([8, 12]);
    expect(closed).not.toHaveBeenCalled();
    expect((await stored(client.id)).hashtagSets).toBeUndefined();
    // Fixing the field clears its error.
    await user.clear(tags);
    await user.type(tags, '#levain');
    expect(tags).not.toHaveAttribute('aria-invalid');
  });

  it('names the bad tag in French, with a space after the # told apart from a bare #', async () => {
    const client = await createClient(db, base);
    const { user } = await open(client, 'fr');
    await user.click(screen.getByText('Jeux de hashtags'));
    const tags = await addSet(user, 1, 'Boulangerie', '#pain pain');
    await user.click(screen.getByRole('button', { name: 'Enregistrer', ...q }));
    expect(describedText(tags)).toBe('«\u00a0pain\u00a0» doit commencer par un #\u00a0: #pain.');
    await user.clear(tags);
    await user.type(tags, '#pain # levain');
    await user.click(screen.getByRole('button', { name: 'Enregistrer', ...q }));
    expect(describedText(tags)).toBe('«\u00a0# levain\u00a0»\u00a0: pas d’espace après le #.');
  });

  it('saves a valid set; reopening shows it, its section open', async () => {
    const client = await createClient(db, base);
    const { user, closed } = await open(client);
    await user.click(screen.getByText('Hashtag sets'));
    await addSet(user, 1, 'Bakery', '#pain  #levain,#Paris');
    await user.click(screen.getByRole('button', { name: 'Save', ...q }));
    await waitFor(() => expect(closed).toHaveBeenCalled());
    const sets = resolveHashtagSets((await stored(client.id)).hashtagSets);
    expect(sets.map((s) => [s.name, s.tags])).toEqual([['Bakery', ['#pain', '#levain', '#Paris']]]);
    expect(sets[0]!.id.length).toBeGreaterThan(10);

    cleanup();
    await open(await stored(client.id));
    expect((document.querySelector('[data-section="hashtags"]') as HTMLDetailsElement).open).toBe(true);
    expect(screen.getByText('1 set')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name of hashtag set 1', ...q })).toHaveValue('Bakery');
    expect(screen.getByRole('textbox', { name: 'Hashtags of Bakery', ...q })).toHaveValue('#pain #levain #Paris');
  });

  it('refuses two sets of one name (case and spaces aside), an empty name and an empty set', async () => {
    const client = await createClient(db, base);
    const { user, closed } = await open(client);
    await user.click(screen.getByText('Hashtag sets'));
    await addSet(user, 1, 'Bakery', '#pain');
    await addSet(user, 2, 'bakery ', '#levain');
    await user.click(screen.getByRole('button', { name: 'Add a hashtag set', ...q }));
    // Closed again before Save: the section holding the errors opens.
    const section = document.querySelector('[data-section="hashtags"]') as HTMLDetailsElement;
    await user.click(screen.getByText('Hashtag sets'));
    expect(section.open).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Save', ...q }));
    await waitFor(() => expect(section.open).toBe(true));
    const second = screen.getByRole('textbox', { name: 'Name of hashtag set 2', ...q });
    expect(describedText(second)).toBe('Another set has this name.');
    expect(screen.getByRole('textbox', { name: 'Name of hashtag set 1', ...q })).not.toHaveAttribute('aria-invalid');
    expect(describedText(screen.getByRole('textbox', { name: 'Name of hashtag set 3', ...q }))).toBe('Give the set a name.');
    expect(describedText(screen.getByRole('textbox', { name: 'Hashtags of set 3', ...q }))).toBe('Type at least one hashtag, like #bakery.');
    expect(closed).not.toHaveBeenCalled();
    expect((await stored(client.id)).hashtagSets).toBeUndefined();
  });

  it('renames a set keeping its id, and removes another', async () => {
    const client = await updateClient(db, (await createClient(db, base)).id, {
      hashtagSets: [
        { id: 'h1', name: 'Bakery', tags: ['#pain'] },
        { id: 'h2', name: 'Paris', tags: ['#paris'] },
      ],
    });
    const { user, closed } = await open(client);
    const name = screen.getByRole('textbox', { name: 'Name of hashtag set 1', ...q });
    await user.clear(name);
    await user.type(name, 'Bread');
    await user.click(screen.getByRole('button', { name: 'Remove the set Paris', ...q }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add a hashtag set', ...q })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Save', ...q }));
    await waitFor(() => expect(closed).toHaveBeenCalled());
    expect(resolveHashtagSets((await stored(client.id)).hashtagSets)).toEqual([{ id: 'h1', name: 'Bread', tags: ['#pain'] }]);
  });

  it('Cancel discards a set typed in the dialog', async () => {
    const client = await createClient(db, base);
    const { user, closed } = await open(client);
    await user.click(screen.getByText('Hashtag sets'));
    await addSet(user, 1, 'Bakery', '#pain');
    await user.click(screen.getByRole('button', { name: 'Cancel', ...q }));
    expect(closed).toHaveBeenCalled();
    expect((await stored(client.id)).hashtagSets).toBeUndefined();
  });
});

describe('ClientDialog: post templates', () => {
  it('saves a template with its fields, the channel among the client’s; a format brings its usual tone', async () => {
    const client = await createClient(db, base);
    const { user, closed } = await open(client);
    await user.click(screen.getByText('Post templates'));
    await user.click(screen.getByRole('button', { name: 'Add a template', ...q }));
    const row = document.querySelector('[data-template="0"]') as HTMLDetailsElement;
    expect(row.open).toBe(true);
    const inRow = within(row);
    await user.type(inRow.getByRole('textbox', { name: 'Template name', ...q }), 'Tip of the week');
    await user.type(inRow.getByRole('textbox', { name: 'Post title', ...q }), 'Tip: ');
    await user.type(inRow.getByRole('textbox', { name: 'Caption skeleton', ...q }), 'This week’s tip…');
    await user.type(inRow.getByRole('textbox', { name: 'First comment', ...q }), '#tips');
    const channel = inRow.getByRole('combobox', { name: 'Channel', ...q });
    expect(within(channel).getAllByRole('option', q).map((o) => o.textContent)).toEqual(['Instagram', 'LinkedIn']);
    await user.selectOptions(channel, 'linkedin');
    await user.selectOptions(inRow.getByRole('combobox', { name: 'Format', ...q }), 'meme');
    expect(inRow.getByRole('combobox', { name: 'Tone', ...q })).toHaveValue('playful');
    await user.selectOptions(inRow.getByRole('combobox', { name: 'Format', ...q }), 'carousel');
    await user.selectOptions(inRow.getByRole('combobox', { name: 'Tone', ...q }), 'serious');
    await user.selectOptions(inRow.getByRole('combobox', { name: 'Intent', ...q }), 'conversational');
    expect(row.querySelector('summary')).toHaveTextContent('Tip of the weekLinkedIn · Carousel');
    await user.click(screen.getByRole('button', { name: 'Save', ...q }));
    await waitFor(() => expect(closed).toHaveBeenCalled());
    const [template, ...rest] = resolveTemplates((await stored(client.id)).templates);
    expect(rest).toEqual([]);
    expect({ ...template, id: 'x' }).toEqual({
      id: 'x',
      name: 'Tip of the week',
      // Stored as the schema keeps it: the title trimmed.
      title: 'Tip:',
      caption: 'This week’s tip…',
      firstComment: '#tips',
      channel: 'linkedin',
      format: 'carousel',
      tone: 'serious',
      intent: 'conversational',
    });
  });

  it('refuses a nameless template and a duplicate name, opening the row with the error', async () => {
    const client = await updateClient(db, (await createClient(db, base)).id, {
      templates: [{ id: 't1', name: 'Tip', title: '', caption: '', firstComment: '', channel: 'instagram', format: 'image', tone: 'serious', intent: 'informative' }],
    });
    const { user, closed } = await open(client);
    expect((document.querySelector('[data-section="templates"]') as HTMLDetailsElement).open).toBe(true);
    expect((document.querySelector('[data-template="0"]') as HTMLDetailsElement).open).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Add a template', ...q }));
    await user.type(within(document.querySelector('[data-template="1"]') as HTMLElement).getByRole('textbox', { name: 'Template name', ...q }), ' tip');
    await user.click(screen.getByRole('button', { name: 'Add a template', ...q }));
    await user.click(screen.getByRole('button', { name: 'Save', ...q }));
    const second = within(document.querySelector('[data-template="1"]') as HTMLElement).getByRole('textbox', { name: 'Template name', ...q });
    expect(describedText(second)).toBe('Another template has this name.');
    const third = within(document.querySelector('[data-template="2"]') as HTMLElement).getByRole('textbox', { name: 'Template name', ...q });
    expect(describedText(third)).toBe('Give the template a name.');
    expect(closed).not.toHaveBeenCalled();
    expect(resolveTemplates((await stored(client.id)).templates).map((t) => t.name)).toEqual(['Tip']);
  });
});

describe('ClientDialog: X Premium and approval', () => {
  it('offers X Premium only with the X channel, and stores it', async () => {
    const client = await createClient(db, base);
    const { user, closed } = await open(client);
    expect(screen.queryByRole('checkbox', { name: /X Premium/, ...q })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'X', ...q }));
    const premium = screen.getByRole('checkbox', { name: /The X account has X Premium/, ...q });
    expect(screen.getByText('X captions may then be up to 25,000 characters instead of 280.')).toBeInTheDocument();
    await user.click(premium);
    await user.click(screen.getByRole('button', { name: 'Save', ...q }));
    await waitFor(() => expect(closed).toHaveBeenCalled());
    expect((await stored(client.id)).xPremium).toBe(true);
    cleanup();
    await open(await stored(client.id));
    expect(screen.getByRole('checkbox', { name: /The X account has X Premium/, ...q })).toBeChecked();
  });

  it('stores "approval required" and its days before; days out of range are refused at the field', async () => {
    const client = await createClient(db, base);
    const { user, closed } = await open(client);
    await user.click(screen.getByText('Client approval'));
    const days = screen.getByRole('spinbutton', { name: 'days before the post’s day', ...q });
    expect(days).toHaveValue(3);
    await user.click(screen.getByRole('checkbox', { name: /Posts need the client’s approval/, ...q }));
    await user.clear(days);
    await user.type(days, '61');
    await user.click(screen.getByRole('button', { name: 'Save', ...q }));
    expect(describedText(days)).toBe('Choose from 0 to 60 days.');
    expect(closed).not.toHaveBeenCalled();
    expect((await stored(client.id)).approval).toBeUndefined();
    await user.clear(days);
    await user.type(days, '5');
    expect(screen.getByText('required 5 days before')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save', ...q }));
    await waitFor(() => expect(closed).toHaveBeenCalled());
    expect(resolveApprovalSettings((await stored(client.id)).approval)).toEqual({ required: true, daysBefore: 5 });
    cleanup();
    await open(await stored(client.id));
    expect((document.querySelector('[data-section="approval"]') as HTMLDetailsElement).open).toBe(true);
    expect(screen.getByRole('checkbox', { name: /Posts need the client’s approval/, ...q })).toBeChecked();
    expect(screen.getByRole('spinbutton', { name: 'days before the post’s day', ...q })).toHaveValue(5);
  });

  it('creates a new client with a hashtag set, a template, X Premium and approval', async () => {
    const { user, created } = await open(null);
    await user.type(screen.getByRole('textbox', { name: 'Name', ...q }), 'Maison Lune');
    await user.click(screen.getByRole('checkbox', { name: 'X', ...q }));
    await user.click(screen.getByRole('checkbox', { name: /X Premium/, ...q }));
    await user.click(screen.getByText('Hashtag sets'));
    await addSet(user, 1, 'Lune', '#lune #nuit');
    await user.click(screen.getByText('Post templates'));
    await user.click(screen.getByRole('button', { name: 'Add a template', ...q }));
    await user.type(screen.getByRole('textbox', { name: 'Template name', ...q }), 'Recette');
    await user.click(screen.getByText('Client approval'));
    await user.click(screen.getByRole('checkbox', { name: /Posts need the client’s approval/, ...q }));
    await user.click(screen.getByRole('button', { name: 'Create client', ...q }));
    await waitFor(() => expect(created).toHaveLength(1));
    const client = await stored(created[0]!.id);
    expect(resolveHashtagSets(client.hashtagSets).map((s) => s.tags)).toEqual([['#lune', '#nuit']]);
    expect(resolveTemplates(client.templates).map((t) => [t.name, t.channel])).toEqual([['Recette', 'instagram']]);
    expect(client.xPremium).toBe(true);
    expect(resolveApprovalSettings(client.approval)).toEqual({ required: true, daysBefore: 3 });
  });
});

describe('ClientDialog: undo a save', () => {
  it('the saved toast’s Undo puts the hashtag sets back as they were; refused once the client changed again', async () => {
    const client = await updateClient(db, (await createClient(db, base)).id, { hashtagSets: [{ id: 'h1', name: 'Bakery', tags: ['#bread'] }] });
    const { user } = await open(client);
    await user.click(screen.getByText('Hashtag sets'));
    await addSet(user, 2, 'Paris', '#paris #levain');
    await user.click(screen.getByRole('button', { name: 'Save', ...q }));
    await waitFor(async () => expect(resolveHashtagSets((await stored(client.id)).hashtagSets)).toHaveLength(2));
    await user.click(await screen.findByRole('button', { name: 'Undo', ...q }));
    await waitFor(async () => expect(resolveHashtagSets((await stored(client.id)).hashtagSets).map((s) => s.name)).toEqual(['Bakery']));

    cleanup();
    const again = await open(await stored(client.id));
    await again.user.click(screen.getByRole('button', { name: 'Save', ...q }));
    const undo = await screen.findByRole('button', { name: 'Undo', ...q });
    // Changed again (here directly) before Undo: nothing is put back.
    await updateClient(db, client.id, { xPremium: true });
    await again.user.click(undo);
    await waitFor(async () => expect((await stored(client.id)).xPremium).toBe(true));
  });
});
