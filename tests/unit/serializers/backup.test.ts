import { describe, expect, it } from 'vitest';
import { backupChecksum, jsonErrorPosition, parseBackup, toBackup } from '../../../shared/serializers/backup';
import type { BackupData } from '../../../shared/serializers/backup';
import { CLIENTS, NEW_YORK, PARIS, makePost } from './fixtures';

const NOW = new Date('2026-11-24T10:00:00.000Z');
const DATA: BackupData = {
  clients: CLIENTS,
  posts: [
    makePost(),
    makePost({ id: 'p2', clientId: NEW_YORK.id, title: 'Émoji 🎉 "quoted", \\ back', caption: 'a\r\nb\u2028c', date: null, time: null, status: 'idea', order: 'a0' }),
  ],
  settings: { lastClientId: PARIS.id, language: 'fr' },
};
const read = (text: string, max = 3) => parseBackup(text, { maxDataVersion: max });
/** A file whose checksum is right for whatever data it holds (to test what comes after the checksum). */
const signed = (data: unknown, over: Record<string, unknown> = {}) =>
  JSON.stringify({ app: 'cadence', kind: 'backup', dataVersion: 2, exportedAt: NOW.toISOString(), checksum: backupChecksum(data), data, ...over });

describe('toBackup', () => {
  it('writes the envelope as pretty JSON with a sha256 checksum of the data', () => {
    const text = toBackup(DATA, { dataVersion: 2, now: NOW });
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({ app: 'cadence', kind: 'backup', dataVersion: 2, exportedAt: '2026-11-24T10:00:00.000Z' });
    expect(parsed.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(text.startsWith('{\n  "app": "cadence",\n  "kind": "backup",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(toBackup(DATA, { dataVersion: 2, now: NOW })).toBe(text);
  });

  it('checksums the data independently of key order and indentation', () => {
    const reordered = { settings: DATA.settings, posts: DATA.posts, clients: DATA.clients };
    expect(backupChecksum(reordered)).toBe(backupChecksum(DATA));
    const text = toBackup(DATA, { dataVersion: 2, now: NOW });
    expect(read(JSON.stringify(JSON.parse(text))).ok).toBe(true);
    expect(read(JSON.stringify(JSON.parse(text), null, '\t')).ok).toBe(true);
  });
});

describe('parseBackup', () => {
  it('gives back exactly the data that was saved', () => {
    const result = read(toBackup(DATA, { dataVersion: 2, now: NOW }));
    expect(result).toMatchObject({ ok: true, backup: { dataVersion: 2, exportedAt: NOW.toISOString() } });
    if (result.ok) expect(result.backup.data).toEqual(DATA);
  });

  it('detects a single changed character anywhere in the data, the checksum or the header', () => {
    const text = toBackup({ ...DATA, posts: DATA.posts.slice(0, 1), clients: [PARIS] }, { dataVersion: 2, now: NOW });
    const stamp = text.indexOf(NOW.toISOString());
    let checked = 0;
    for (let i = 0; i < text.length - 1; i += 1) {
      if (i >= stamp && i < stamp + NOW.toISOString().length) continue; // exportedAt is not covered
      const replacement = text[i] === 'x' ? 'y' : 'x';
      const damaged = text.slice(0, i) + replacement + text.slice(i + 1);
      const result = read(damaged);
      if (result.ok) throw new Error(`a change at offset ${i} (${JSON.stringify(text.slice(i - 10, i + 10))}) went unnoticed`);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('says the file was changed or damaged when the checksum does not match', () => {
    const text = toBackup(DATA, { dataVersion: 2, now: NOW }).replace('Launch day', 'Launch dax');
    expect(read(text)).toMatchObject({ ok: false, error: { code: 'backup.checksumMismatch', message: expect.stringContaining('changed or damaged') } });
  });

  it.each([
    ['', 'backup.notJson'],
    ['not json at all', 'backup.notJson'],
    ['{"app": "cadence",\n  "kind": }', 'backup.notJson'],
    ['[]', 'backup.notCadence'],
    ['null', 'backup.notCadence'],
    ['{"app":"other","kind":"backup"}', 'backup.notCadence'],
    ['{"app":"cadence","kind":"settings"}', 'backup.notBackup'],
    ['{"app":"cadence","kind":"backup"}', 'backup.badVersion'],
    ['{"app":"cadence","kind":"backup","dataVersion":1.5}', 'backup.badVersion'],
    ['{"app":"cadence","kind":"backup","dataVersion":"2"}', 'backup.badVersion'],
    ['{"app":"cadence","kind":"backup","dataVersion":4}', 'backup.newerVersion'],
    ['{"app":"cadence","kind":"backup","dataVersion":2,"data":{}}', 'backup.badShape'],
    ['{"app":"cadence","kind":"backup","dataVersion":2,"exportedAt":"x","data":{}}', 'backup.checksumMissing'],
  ])('%j → %s', (text, code) => {
    const result = read(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message.length).toBeGreaterThan(15);
    }
  });

  it('places a JSON syntax error at its line and column', () => {
    const result = read('{\n  "app": "cadence",\n  "kind": }');
    expect(result).toMatchObject({ ok: false, error: { code: 'backup.notJson', line: 3, column: 11 } });
    if (!result.ok) expect(result.error.message).toContain('(line 3, column 11)');
    expect(jsonErrorPosition('{', new SyntaxError('Unexpected end of JSON input'))).toEqual({ line: 1, column: 2 });
    expect(jsonErrorPosition('[1,\n2,]', new SyntaxError())).toEqual({ line: 2, column: 3 });
    expect(jsonErrorPosition('{"a": tru }', new SyntaxError())).toEqual({ line: 1, column: 10 });
    expect(jsonErrorPosition('{"a": "x\ny"}', new SyntaxError())).toEqual({ line: 1, column: 9 });
    expect(jsonErrorPosition('{} x', new SyntaxError())).toEqual({ line: 1, column: 4 });
    // When the grammar check finds nothing (it agrees with JSON.parse), the engine's words are used.
    expect(jsonErrorPosition('1', new SyntaxError('Unexpected token in JSON at position 0'))).toEqual({ line: 1, column: 1 });
    expect(jsonErrorPosition('1', new SyntaxError('JSON.parse: unexpected character at line 1 column 1 of the JSON data'))).toEqual({ line: 1, column: 1 });
    expect(jsonErrorPosition('1', new SyntaxError('weird'))).toBeNull();
  });

  it('explains a backup from a newer Cadence', () => {
    const result = read(toBackup(DATA, { dataVersion: 9, now: NOW }), 3);
    expect(result).toMatchObject({ ok: false, error: { code: 'backup.newerVersion', params: { version: 9, supported: 3 } } });
  });

  it('drops a media entry’s damaged preview (decoration) instead of refusing the backup and every post in it', () => {
    const hash = 'a'.repeat(64);
    const entry = { hash, kind: 'png', size: 4 };
    const good = 'data:image/webp;base64,UklGRgAA';
    const result = read(signed({ clients: [PARIS], posts: [], media: [{ ...entry, preview: 'data:image/svg+xml;base64,PHN2Zz4=' }, { ...entry, hash: 'b'.repeat(64), preview: good }] }), 5);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.data.media).toEqual([entry, { ...entry, hash: 'b'.repeat(64), preview: good }]);
  });

  it('checks the shape, then every client and post, with their index and field', () => {
    expect(read(signed({ clients: {}, posts: [] }))).toMatchObject({ ok: false, error: { code: 'backup.badShape' } });
    const badPost = { ...makePost({ id: 'p9' }), title: '', date: '2026-02-30' };
    const badClient = { ...NEW_YORK, timeZone: 'Mars/Olympus' };
    const result = read(signed({ clients: [PARIS, badClient], posts: [makePost(), badPost] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('backup.invalidRows');
    expect(result.errors.map((e) => [e.code, e.index, e.field])).toEqual([
      ['backup.invalidClient', 1, 'timeZone'],
      ['backup.invalidPost', 1, 'title'],
      ['backup.invalidPost', 1, 'date'],
    ]);
    expect(result.errors[1]?.message).toBe('post #2 (id p9): title is invalid (errors.titleRequired)');
    expect(result.error.message).toContain('client #2 (id client-ny): timeZone is invalid');
  });

  it('refuses duplicate ids and posts whose client is not in the backup', () => {
    const result = read(signed({ clients: [PARIS, PARIS], posts: [makePost(), makePost(), makePost({ id: 'o', clientId: 'gone' })] }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => [e.code, e.index])).toEqual([
        ['backup.duplicateId', 1],
        ['backup.duplicateId', 1],
        ['backup.orphanPost', 2],
      ]);
    }
  });

  it('fills defaults of older rows through the schemas (a post written before intent sources existed)', () => {
    const { intentSource: _i, participationSource: _p, order: _o, ...old } = makePost();
    const result = read(signed({ clients: [PARIS], posts: [old] }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.backup.data.posts[0]).toMatchObject({ intentSource: 'user', participationSource: 'user', order: null });
  });
});
