import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MediaItem } from '../../../shared/model/media';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { MediaField } from '../../../renderer/features/media/MediaField';
import { createI18n } from '../../../renderer/i18n/i18n';
import { fakeDecoder, MediaHarness } from './fixtures';

const item = (n: number, over: Partial<MediaItem> = {}): MediaItem => ({
  hash: String(n).repeat(64).slice(0, 64),
  name: `photo-${n}.jpg`,
  kind: 'jpeg',
  size: 2_621_440,
  alt: '',
  ...over,
});

let db: CadenceDb;
let latest: MediaItem[] = [];

const Form = ({ initial }: { initial: MediaItem[] }) => {
  const [media, setMedia] = useState(initial);
  latest = media;
  return (
    <MediaField
      media={media}
      onChange={(next) => {
        setMedia(next);
      }}
      onAdd={() => undefined}
      adding={false}
    />
  );
};

const renderField = async (initial: MediaItem[], language: 'en' | 'fr' = 'en') =>
  render(
    <MediaHarness db={db} i18n={await createI18n(language)} decoder={fakeDecoder()}>
      <Form initial={initial} />
    </MediaHarness>,
  );

const names = () => within(screen.getByRole('list', { name: 'Media in carousel order' })).getAllByRole('listitem').map((li) => li.getAttribute('data-media-hash')!.slice(0, 1));

beforeEach(async () => {
  db = createDb();
  await openDb(db);
});
afterEach(() => db.close());

describe('MediaField', () => {
  it('states the limits and shows each item’s name, position and size', async () => {
    await renderField([item(1), item(2, { size: 500_000 })]);
    expect(screen.getByText('Images up to 30 MB, videos up to 500 MB; JPEG, PNG, WebP, GIF, HEIC, MP4, MOV, WebM')).toBeInTheDocument();
    expect(screen.getByText('1 of 2 · 2.5 MB')).toBeInTheDocument();
    expect(screen.getByText('2 of 2 · 489 KB')).toBeInTheDocument();
  });

  it('sizes in Ko and Mo in French', async () => {
    await renderField([item(1), item(2, { size: 500_000 })], 'fr');
    // Read as is: the queries' normaliser would turn the non-breaking spaces into plain ones.
    expect([...document.querySelectorAll('.media-meta')].map((e) => e.textContent)).toEqual(['1 sur 2 · 2,5\u00a0Mo', '2 sur 2 · 489\u00a0Ko']);
  });

  it('marks a missing alt text until one is typed', async () => {
    const user = userEvent.setup();
    await renderField([item(1), item(2)]);
    expect(screen.getAllByText('Missing alt text')).toHaveLength(2);
    expect(screen.getByText('2 items have no alt text yet')).toBeInTheDocument();
    const alt = screen.getByLabelText('Alt text “photo-1.jpg”');
    expect(alt).toHaveAccessibleDescription(/Missing alt text/);
    await user.type(alt, 'A loaf on a board');
    expect(latest[0]!.alt).toBe('A loaf on a board');
    expect(screen.getAllByText('Missing alt text')).toHaveLength(1);
    expect(screen.getByText('1 item has no alt text yet')).toBeInTheDocument();
    expect(screen.getByLabelText('Alt text “photo-2.jpg”')).toHaveAccessibleDescription(/Missing alt text/);
    // Blank is still missing.
    await user.clear(alt);
    await user.type(alt, '   ');
    expect(screen.getAllByText('Missing alt text')).toHaveLength(2);
  });

  it('reorders with the keyboard: Move earlier / later keep the focus on the moved item', async () => {
    const user = userEvent.setup();
    await renderField([item(1), item(2), item(3)]);
    expect(screen.getByRole('button', { name: 'Move “photo-1.jpg” earlier' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move “photo-3.jpg” later' })).toBeDisabled();
    screen.getByRole('button', { name: 'Move “photo-3.jpg” earlier' }).focus();
    await user.keyboard('{Enter}');
    expect(names()).toEqual(['1', '3', '2']);
    expect(screen.getByRole('button', { name: 'Move “photo-3.jpg” earlier' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(names()).toEqual(['3', '1', '2']);
    // Now first: its Move earlier is disabled, so the focus goes to its Remove, never lost.
    expect(screen.getByRole('button', { name: 'Remove “photo-3.jpg”' })).toHaveFocus();
    expect(screen.getByText('“photo-3.jpg” is now 1 of 3.')).toBeInTheDocument();
    expect(latest.map((m) => m.name)).toEqual(['photo-3.jpg', 'photo-1.jpg', 'photo-2.jpg']);
  });

  it('removes an item and moves the focus to the next one', async () => {
    const user = userEvent.setup();
    await renderField([item(1), item(2)]);
    await user.click(screen.getByRole('button', { name: 'Remove “photo-1.jpg”' }));
    expect(names()).toEqual(['2']);
    expect(latest.map((m) => m.name)).toEqual(['photo-2.jpg']);
    expect(screen.getByRole('button', { name: 'Remove “photo-2.jpg”' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove “photo-2.jpg”' }));
    expect(screen.getByText('No pictures or videos yet.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Choose files…' })).toHaveFocus();
  });
});
