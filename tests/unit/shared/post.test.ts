import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  CLIENT_COLORS,
  ClientInputSchema,
  ClientSchema,
  ColorSchema,
  type ClientInput,
} from '../../../shared/model/client';
import { CHANNELS, STATUSES } from '../../../shared/model/enums';
import { FORMAT_IDS } from '../../../shared/model/formats';
import { PostInputSchema, PostSchema, fieldErrors, type PostInput } from '../../../shared/model/post';

const validPost = (overrides: Partial<Record<keyof PostInput, unknown>> = {}): Record<string, unknown> => ({
  clientId: 'client-1',
  title: 'Autumn launch',
  caption: 'Our new range is here.',
  date: '2026-11-24',
  time: '09:30',
  channel: 'instagram',
  format: 'carousel',
  tone: 'serious',
  intent: 'promotional',
  invitesParticipation: false,
  status: 'draft',
  tags: ['launch', 'autumn'],
  notes: 'Check the photos with the client.',
  ...overrides,
});

/** The first error per field, as the editor shows them; `{}` when the input is valid. */
const errorsOf = (input: unknown): Partial<Record<string, string>> => {
  const parsed = PostInputSchema.safeParse(input);
  return parsed.success ? {} : fieldErrors(parsed.error);
};

describe('PostInputSchema', () => {
  it('accepts a valid post and hands back its data', () => {
    const parsed = PostInputSchema.safeParse(validPost());
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject(validPost());
  });

  it('trims the title', () => {
    expect(PostInputSchema.parse(validPost({ title: '  Autumn launch \n' })).title).toBe('Autumn launch');
  });

  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['tabs and new lines', '\t\n '],
  ])('refuses a title that is %s with errors.titleRequired on title', (_label, title) => {
    const parsed = PostInputSchema.safeParse(validPost({ title }));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues).toEqual([
      expect.objectContaining({ path: ['title'], message: 'errors.titleRequired' }),
    ]);
  });

  it('accepts a 200-character title and refuses a 201-character one', () => {
    expect(PostInputSchema.safeParse(validPost({ title: 'a'.repeat(200) })).success).toBe(true);
    expect(errorsOf(validPost({ title: 'a'.repeat(201) }))).toEqual({ title: 'errors.titleTooLong' });
  });

  it('counts the length after trimming', () => {
    expect(PostInputSchema.safeParse(validPost({ title: `  ${'a'.repeat(200)}  ` })).success).toBe(true);
  });

  it.each(['2026-02-30', '2026-02-29', '2026-13-01', '2026-04-31', '2026-1-01', '24/11/2026'])(
    'refuses the date %j with errors.dateInvalid',
    (date) => {
      expect(errorsOf(validPost({ date }))).toEqual({ date: 'errors.dateInvalid' });
    },
  );

  it('refuses an empty date with errors.dateRequired first', () => {
    expect(errorsOf(validPost({ date: '' }))).toEqual({ date: 'errors.dateRequired' });
  });

  it('accepts 29 February in a leap year', () => {
    expect(PostInputSchema.safeParse(validPost({ date: '2028-02-29' })).success).toBe(true);
  });

  it.each(['25:00', '24:00', '12:60', '7:5', '9:30', ''])('refuses the time %j with errors.timeInvalid', (time) => {
    expect(errorsOf(validPost({ time }))).toEqual({ time: 'errors.timeInvalid' });
  });

  it('accepts an untimed post', () => {
    expect(PostInputSchema.safeParse(validPost({ time: null })).success).toBe(true);
  });

  it('accepts an idea without a day', () => {
    const parsed = PostInputSchema.safeParse(validPost({ status: 'idea', date: null, time: null }));
    expect(parsed.success).toBe(true);
  });

  it.each(STATUSES.filter((s) => s !== 'idea'))(
    'refuses a %s post without a day with errors.dateRequired on date',
    (status) => {
      const parsed = PostInputSchema.safeParse(validPost({ status, date: null }));
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues).toEqual([
        expect.objectContaining({ path: ['date'], message: 'errors.dateRequired' }),
      ]);
    },
  );

  it('reports a missing day together with the other fields’ problems', () => {
    expect(errorsOf(validPost({ status: 'scheduled', date: null, title: ' ' }))).toEqual({
      title: 'errors.titleRequired',
      date: 'errors.dateRequired',
    });
  });

  it('still checks the day of an idea that has one', () => {
    expect(errorsOf(validPost({ status: 'idea', date: '2026-02-30' }))).toEqual({ date: 'errors.dateInvalid' });
  });

  it.each(['tiktokk', '', 'Instagram', 'mastodon'])('refuses the unknown channel %j', (channel) => {
    expect(errorsOf(validPost({ channel }))).toEqual({ channel: 'errors.channelRequired' });
  });

  it.each(['gif', '', 'Poll', 'podcast'])('refuses the unknown format %j', (format) => {
    expect(errorsOf(validPost({ format }))).toEqual({ format: 'errors.formatRequired' });
  });

  it('accepts every known channel and format', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CHANNELS), fc.constantFrom(...FORMAT_IDS), (channel, format) => {
        expect(PostInputSchema.safeParse(validPost({ channel, format })).success).toBe(true);
      }),
    );
  });

  it('refuses an unknown tone, intent or status, and a missing client', () => {
    expect(Object.keys(errorsOf(validPost({ tone: 'sarcastic' })))).toEqual(['tone']);
    expect(Object.keys(errorsOf(validPost({ intent: 'sales' })))).toEqual(['intent']);
    expect(Object.keys(errorsOf(validPost({ status: 'archived' })))).toEqual(['status']);
    expect(Object.keys(errorsOf(validPost({ clientId: '' })))).toEqual(['clientId']);
  });

  it('bounds the caption, the notes and the tags', () => {
    expect(PostInputSchema.safeParse(validPost({ caption: 'a'.repeat(5000) })).success).toBe(true);
    expect(errorsOf(validPost({ caption: 'a'.repeat(5001) }))).toEqual({ caption: 'errors.captionTooLong' });
    expect(PostInputSchema.safeParse(validPost({ notes: 'a'.repeat(10000) })).success).toBe(true);
    expect(errorsOf(validPost({ notes: 'a'.repeat(10001) }))).toEqual({ notes: 'errors.notesTooLong' });
    expect(Object.keys(errorsOf(validPost({ tags: Array.from({ length: 31 }, (_, i) => `t${i}`) })))).toEqual([
      'tags',
    ]);
    expect(Object.keys(errorsOf(validPost({ tags: ['ok', '  '] })))).toEqual(['tags']);
    expect(Object.keys(errorsOf(validPost({ tags: ['a'.repeat(41)] })))).toEqual(['tags']);
  });

  it('refuses a post without tags or notes (v1 rows need the v2 migration)', () => {
    const { tags: _tags, notes: _notes, ...old } = validPost();
    expect(Object.keys(errorsOf(old)).sort()).toEqual(['notes', 'tags']);
  });
});

describe('PostSchema', () => {
  const stored = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    ...validPost(),
    id: 'post-1',
    createdAt: '2026-11-24T10:00:00.000Z',
    updatedAt: '2026-11-24T10:00:00.000Z',
    ...overrides,
  });

  it('accepts a stored post and applies the same rules as the input', () => {
    expect(PostSchema.safeParse(stored()).success).toBe(true);
    expect(PostSchema.safeParse(stored({ id: '' })).success).toBe(false);
    expect(PostSchema.safeParse(stored({ date: '2026-02-30' })).success).toBe(false);
    expect(PostSchema.safeParse(stored({ date: null })).success).toBe(false);
    expect(PostSchema.safeParse(stored({ date: null, status: 'idea' })).success).toBe(true);
    expect(PostSchema.safeParse(stored({ title: undefined })).success).toBe(false);
  });
});

describe('fieldErrors', () => {
  it('keeps the first error of each field', () => {
    const error = new z.ZodError([
      { code: 'custom', path: ['date'], message: 'errors.dateRequired', input: '' },
      { code: 'custom', path: ['date'], message: 'errors.dateInvalid', input: '' },
      { code: 'custom', path: ['title'], message: 'errors.titleTooLong', input: '' },
    ]);
    expect(fieldErrors(error)).toEqual({ date: 'errors.dateRequired', title: 'errors.titleTooLong' });
  });

  it('keys nested paths by their field and form-wide errors by "form"', () => {
    const error = new z.ZodError([
      { code: 'custom', path: ['tags', 3], message: 'errors.tagInvalid', input: '' },
      { code: 'custom', path: [], message: 'errors.formWide', input: '' },
      { code: 'custom', path: ['tags', 0], message: 'errors.other', input: '' },
    ]);
    expect(fieldErrors(error)).toEqual({ tags: 'errors.tagInvalid', form: 'errors.formWide' });
  });

  it('is empty for an error without issues', () => {
    expect(fieldErrors(new z.ZodError([]))).toEqual({});
  });
});

const validClient = (overrides: Partial<Record<keyof ClientInput, unknown>> = {}): Record<string, unknown> => ({
  name: 'Acme Bakery',
  color: '#4f46e5',
  channels: ['instagram', 'linkedin'],
  timeZone: 'Europe/Paris',
  weekStartsOn: 1,
  language: 'fr',
  ...overrides,
});

const clientErrorsOf = (input: unknown): Partial<Record<string, string>> => {
  const parsed = ClientInputSchema.safeParse(input);
  return parsed.success ? {} : fieldErrors(parsed.error);
};

describe('ClientInputSchema', () => {
  it('accepts a valid client and trims its name', () => {
    const parsed = ClientInputSchema.safeParse(validClient({ name: '  Acme Bakery ' }));
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(validClient());
  });

  it.each(['', '   '])('refuses the empty name %j with errors.nameRequired', (name) => {
    expect(clientErrorsOf(validClient({ name }))).toEqual({ name: 'errors.nameRequired' });
  });

  it('accepts an 80-character name and refuses 81', () => {
    expect(ClientInputSchema.safeParse(validClient({ name: 'n'.repeat(80) })).success).toBe(true);
    expect(clientErrorsOf(validClient({ name: 'n'.repeat(81) }))).toEqual({ name: 'errors.nameTooLong' });
  });

  it.each(['red', '#fff', '#4f46e5ff', '4f46e5', '#4f46eg', '', ' #4f46e5'])(
    'refuses the colour %j with errors.colorInvalid',
    (color) => {
      expect(clientErrorsOf(validClient({ color }))).toEqual({ color: 'errors.colorInvalid' });
    },
  );

  it('accepts upper-case hex colours and the whole palette', () => {
    expect(ColorSchema.safeParse('#ABCDEF').success).toBe(true);
    for (const color of CLIENT_COLORS) expect(ColorSchema.safeParse(color).success).toBe(true);
  });

  it('refuses a client without channels with errors.channelsRequired', () => {
    expect(clientErrorsOf(validClient({ channels: [] }))).toEqual({ channels: 'errors.channelsRequired' });
  });

  it('refuses an unknown channel', () => {
    expect(Object.keys(clientErrorsOf(validClient({ channels: ['instagram', 'myspace'] })))).toEqual(['channels']);
  });

  it.each(['Mars/Olympus', '', 'Europe/Pariss'])('refuses the time zone %j with errors.timeZoneInvalid', (timeZone) => {
    expect(clientErrorsOf(validClient({ timeZone }))).toEqual({ timeZone: 'errors.timeZoneInvalid' });
  });

  it.each([0, 1, 6])('accepts weeks starting on day %i', (weekStartsOn) => {
    expect(ClientInputSchema.safeParse(validClient({ weekStartsOn })).success).toBe(true);
  });

  it.each([3, 2, 7, -1, '1', null])('refuses weeks starting on %j', (weekStartsOn) => {
    expect(Object.keys(clientErrorsOf(validClient({ weekStartsOn })))).toEqual(['weekStartsOn']);
  });

  it('refuses an unknown language', () => {
    expect(Object.keys(clientErrorsOf(validClient({ language: 'de' })))).toEqual(['language']);
  });

  it('reports every invalid field at once', () => {
    expect(
      clientErrorsOf(validClient({ name: '', color: 'blue', channels: [], timeZone: 'Mars/Olympus' })),
    ).toEqual({
      name: 'errors.nameRequired',
      color: 'errors.colorInvalid',
      channels: 'errors.channelsRequired',
      timeZone: 'errors.timeZoneInvalid',
    });
  });
});

describe('ClientSchema', () => {
  it('needs the stored fields as well', () => {
    const stored = {
      ...validClient(),
      id: 'client-1',
      archived: false,
      createdAt: '2026-11-24T10:00:00.000Z',
      updatedAt: '2026-11-24T10:00:00.000Z',
    };
    expect(ClientSchema.safeParse(stored).success).toBe(true);
    expect(ClientSchema.safeParse({ ...stored, archived: undefined }).success).toBe(false);
    expect(ClientSchema.safeParse({ ...stored, id: '' }).success).toBe(false);
    expect(ClientSchema.safeParse(validClient()).success).toBe(false);
  });
});
