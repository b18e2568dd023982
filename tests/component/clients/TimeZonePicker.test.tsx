import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../../renderer/db/clients';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import { ClientDialog } from '../../../renderer/features/clients/ClientDialog';
import { TimeZonePicker } from '../../../renderer/features/clients/TimeZonePicker';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { createI18n, type UiLanguage } from '../../../renderer/i18n/i18n';

// Winter offsets, whatever day the suite runs: Paris is UTC+01:00, Kolkata UTC+05:30.
beforeEach(() => vi.setSystemTime(new Date('2026-01-15T12:00:00Z')));

const renderPicker = async (initial: string, language: UiLanguage = 'en') => {
  const i18n = await createI18n(language);
  const chosen: string[] = [];
  const Harness = () => {
    const [zone, setZone] = useState(initial);
    return (
      <form onSubmit={() => chosen.push('SUBMITTED')}>
        <label htmlFor="tz">Zone</label>
        <TimeZonePicker
          id="tz"
          value={zone}
          onChange={(next) => {
            chosen.push(next);
            setZone(next);
          }}
        />
      </form>
    );
  };
  render(
    <I18nextProvider i18n={i18n}>
      <Harness />
    </I18nextProvider>,
  );
  return { input: screen.getByRole('combobox', { name: 'Zone' }), chosen };
};

const options = () => within(screen.getByRole('listbox')).getAllByRole('option');
const activeOption = (input: HTMLElement) => {
  const id = input.getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};

describe('TimeZonePicker', () => {
  it('shows the chosen zone with its UTC offset, under its current name when stored under an old one', async () => {
    const { input } = await renderPicker('Asia/Calcutta');
    expect(input).toHaveValue('Asia/Kolkata (UTC+05:30)');
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('filters as you type: by city, by old name, by offset', async () => {
    const user = userEvent.setup();
    const { input } = await renderPicker('UTC');
    await user.click(input);
    await user.keyboard('{Control>}a{/Control}paris');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(options().map((o) => o.getAttribute('aria-label'))).toEqual(['Paris, Europe, UTC+01:00']);

    await user.clear(input);
    await user.type(input, 'kolkata');
    expect(options()[0]).toHaveTextContent('Kolkata');
    await user.clear(input);
    await user.type(input, 'calcutta');
    expect(options().map((o) => o.getAttribute('aria-label'))).toEqual(['Kolkata, Asia, UTC+05:30']);

    await user.clear(input);
    await user.type(input, '+01');
    const texts = options().map((o) => o.textContent ?? '');
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.every((text) => text.endsWith('UTC+01:00'))).toBe(true);
    expect(texts.some((text) => text.startsWith('Paris'))).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent(`${texts.length} time zones`);
  });

  it('lists current names only: no Asia/Calcutta nor Europe/Kiev next to Kolkata and Kyiv', async () => {
    const user = userEvent.setup();
    const { input } = await renderPicker('UTC');
    await user.click(input);
    await user.keyboard('{Control>}a{/Control}k');
    const ids = options().map((o) => o.textContent ?? '');
    expect(ids.filter((t) => /^(Calcutta|Kiev|Saigon|Katmandu)/.test(t))).toEqual([]);
    expect(ids.some((t) => t.startsWith('Kyiv'))).toBe(true);
    expect(ids.some((t) => t.startsWith('Kathmandu'))).toBe(true);
  });

  it('is operated from the keyboard: arrows move the highlighted option, Enter chooses it without submitting the form', async () => {
    const user = userEvent.setup();
    const { input, chosen } = await renderPicker('Europe/Paris');
    input.focus();
    await user.keyboard('{Control>}a{/Control}lon');
    // Cities that start with "lon" come first (Longyearbyen, London, in the list's order).
    expect(activeOption(input)).toHaveTextContent('Longyearbyen');
    expect(activeOption(input)).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(activeOption(input)).toBe(options()[2]);
    await user.keyboard('{ArrowUp}');
    expect(activeOption(input)).toBe(options()[1]);
    expect(activeOption(input)).toHaveTextContent('London');
    expect(options()[0]).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{Enter}');
    expect(chosen).toEqual(['Europe/London']);
    expect(input).toHaveValue('Europe/London (UTC+00:00)');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).not.toHaveAttribute('aria-activedescendant');
  });

  it('opens on the chosen zone with the arrow key, and Escape gives the typed text up', async () => {
    const user = userEvent.setup();
    const { input, chosen } = await renderPicker('Europe/Paris');
    input.focus();
    await user.keyboard('{ArrowDown}');
    expect(activeOption(input)).toHaveTextContent('Paris');
    await user.keyboard('{Control>}a{/Control}tokyo');
    expect(activeOption(input)).toHaveTextContent('Tokyo');
    await user.keyboard('{Escape}');
    expect(chosen).toEqual([]);
    expect(input).toHaveValue('Europe/Paris (UTC+01:00)');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('chooses with the mouse too, and says when nothing matches (in French)', async () => {
    const user = userEvent.setup();
    const { input, chosen } = await renderPicker('UTC', 'fr');
    await user.click(input);
    await user.keyboard('{Control>}a{/Control}atlantide');
    expect(document.querySelector('.tz-empty')?.textContent).toBe('Aucun fuseau ne correspond à «\u00a0atlantide\u00a0».');
    expect(screen.getByRole('status')).toHaveTextContent('Aucun fuseau ne correspond');
    // Montreal is an old name of America/Toronto: typing it finds Toronto, its region in French.
    await user.keyboard('{Control>}a{/Control}montreal');
    await user.click(screen.getByRole('option', { name: 'Toronto, Amérique, UTC−05:00' }));
    expect(chosen).toEqual(['America/Toronto']);
    expect(input).toHaveValue('America/Toronto (UTC−05:00)');
  });
});

describe('ClientDialog time zone', () => {
  let db: CadenceDb;
  beforeEach(async () => {
    db = createDb();
    await openDb(db);
  });
  afterEach(() => db.close());

  it('shows a client stored under an old zone name by its current name, and saves that name', async () => {
    const user = userEvent.setup();
    const client = await createClient(db, { name: 'Mumbai Tea', color: '#4f46e5', channels: ['instagram'], timeZone: 'Asia/Calcutta', weekStartsOn: 1, language: 'en' });
    const i18n = await createI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <DbProvider db={db}>
          <ToastProvider>
            <ClientDialog client={client} suggestedColor="#4f46e5" onClose={() => undefined} onCreated={() => undefined} />
          </ToastProvider>
        </DbProvider>
      </I18nextProvider>,
    );
    const zone = screen.getByRole('combobox', { name: 'Time zone', hidden: true });
    expect(zone).toHaveValue('Asia/Kolkata (UTC+05:30)');
    await user.click(screen.getByRole('button', { name: 'Save', hidden: true }));
    await waitFor(async () => expect((await db.clients.get(client.id))?.timeZone).toBe('Asia/Kolkata'));
  });
});
