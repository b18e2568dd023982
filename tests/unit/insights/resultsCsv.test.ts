import { describe, expect, it } from 'vitest';
import { inferDayOrder, parseCount, parseResultDate } from '../../../shared/insights/resultsCells';
import { guessResultsMapping, parseResultsCsv, toSnapshotDraft } from '../../../shared/insights/resultsCsv';
import { ResultSnapshotInputSchema } from '../../../shared/model/results';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('guessResultsMapping', () => {
  it('reads an Instagram / Meta Business Suite export, preferring Publish time over the "Date" column', () => {
    const headers = [
      'Post ID', 'Account username', 'Description', 'Duration (sec)', 'Publish time', 'Permalink', 'Post type',
      'Data comment', 'Date', 'Views', 'Reach', 'Likes', 'Shares', 'Follows', 'Comments', 'Saves',
    ];
    expect(guessResultsMapping(headers)).toEqual({
      date: 'Publish time',
      link: 'Permalink',
      text: 'Description',
      reach: 'Reach',
      impressions: 'Views',
      reactions: 'Likes',
      comments: 'Comments',
      shares: 'Shares',
      saves: 'Saves',
    });
  });

  it('reads LinkedIn, TikTok and X exports', () => {
    expect(
      guessResultsMapping(['Post title', 'Post link', 'Created date', 'Impressions', 'Clicks', 'Reactions', 'Comments', 'Reposts', 'Engagement rate']),
    ).toEqual({
      date: 'Created date',
      link: 'Post link',
      text: 'Post title',
      impressions: 'Impressions',
      reactions: 'Reactions',
      comments: 'Comments',
      shares: 'Reposts',
      clicks: 'Clicks',
    });
    expect(guessResultsMapping(['Date posted', 'Video views', 'Likes', 'Comments', 'Shares'])).toEqual({
      date: 'Date posted',
      impressions: 'Video views',
      reactions: 'Likes',
      comments: 'Comments',
      shares: 'Shares',
    });
    const x = [
      'Tweet id', 'Tweet permalink', 'Tweet text', 'time', 'impressions', 'engagements', 'retweets', 'replies', 'likes',
      'url clicks', 'permalink clicks',
    ];
    expect(guessResultsMapping(x)).toEqual({
      date: 'time',
      link: 'Tweet permalink',
      text: 'Tweet text',
      impressions: 'impressions',
      reactions: 'likes',
      comments: 'replies',
      shares: 'retweets',
      clicks: 'url clicks',
    });
    expect(guessResultsMapping(['Time', 'Post text', 'Impressions', 'Reposts'])).toMatchObject({ text: 'Post text', shares: 'Reposts' });
  });

  it('reads French headers, accents and curly apostrophes ignored', () => {
    expect(
      guessResultsMapping(['Date de publication', 'Description', 'Couverture', 'J’aime', 'Commentaires', 'Partages', 'Enregistrements']),
    ).toEqual({
      date: 'Date de publication',
      text: 'Description',
      reach: 'Couverture',
      reactions: 'J’aime',
      comments: 'Commentaires',
      shares: 'Partages',
      saves: 'Enregistrements',
    });
    expect(guessResultsMapping(['Unknown', 'Other'])).toEqual({});
  });
});

describe('parseCount', () => {
  it('reads thousands separators of every convention as whole numbers', () => {
    const cases: [string, number][] = [
      ['1234', 1234],
      ['1,234', 1234],
      ['1.234', 1234], // a count has no decimals: three digits after a dot are thousands
      [`1${NBSP}234`, 1234],
      [`1${NNBSP}234`, 1234],
      ['1 234 567', 1234567],
      ["1'234", 1234],
      ['1,234,567', 1234567],
      ['1.234.567', 1234567],
      ['1234.0', 1234],
      ['1,234.00', 1234],
      ['1.234,00', 1234],
      [' 0 ', 0],
      ['-0', 0],
      ['+12', 12],
    ];
    for (const [cell, value] of cases) expect(parseCount(cell), cell).toEqual({ ok: true, value });
  });

  it('reads empty cells and "no data" placeholders as missing', () => {
    for (const cell of ['', '  ', '-', '--', '—', 'N/A', 'n/a']) expect(parseCount(cell), cell).toEqual({ ok: true, value: null });
  });

  it('refuses negatives, fractions and text', () => {
    const cases: [string, string][] = [
      ['-3', 'negative'],
      ['−3', 'negative'], // U+2212 minus sign
      ['-1,234', 'negative'],
      ['12.5', 'notWhole'],
      ['3,75', 'notWhole'],
      ['1,2345', 'notWhole'],
      ['abc', 'notNumber'],
      ['1.2K', 'notNumber'],
      ['12%', 'notNumber'],
      ['1,23,456', 'notNumber'],
      ['99999999999999999999', 'notNumber'],
    ];
    for (const [cell, problem] of cases) expect(parseCount(cell), cell).toEqual({ ok: false, problem });
  });
});

describe('parseResultDate', () => {
  it('reads ISO dates and date-times as the day written', () => {
    expect(parseResultDate('2026-03-15')).toEqual({ ok: true, value: '2026-03-15' });
    expect(parseResultDate('2026-03-15T23:30:00Z')).toEqual({ ok: true, value: '2026-03-15' });
    expect(parseResultDate('2026-03-15 14:05 +0000')).toEqual({ ok: true, value: '2026-03-15' });
    expect(parseResultDate('2026/3/5')).toEqual({ ok: true, value: '2026-03-05' });
  });

  it('reads d/m/y and m/d/y when the order is known or a number above 12 tells', () => {
    expect(parseResultDate('03/15/2026 14:05')).toEqual({ ok: true, value: '2026-03-15' });
    expect(parseResultDate('15/03/2026')).toEqual({ ok: true, value: '2026-03-15' });
    expect(parseResultDate('03/04/2026')).toEqual({ ok: false, problem: 'dateAmbiguous' });
    expect(parseResultDate('03/04/2026', 'dmy')).toEqual({ ok: true, value: '2026-04-03' });
    expect(parseResultDate('03/04/2026', 'mdy')).toEqual({ ok: true, value: '2026-03-04' });
  });

  it('reads month names in English and French', () => {
    expect(parseResultDate('Mar 15, 2026')).toEqual({ ok: true, value: '2026-03-15' });
    expect(parseResultDate('Sunday, March 15, 2026 2:05 PM')).toEqual({ ok: true, value: '2026-03-15' });
    expect(parseResultDate('15 mars 2026 14:05')).toEqual({ ok: true, value: '2026-03-15' });
    expect(parseResultDate('mar. 17 mars 2026')).toEqual({ ok: true, value: '2026-03-17' });
    expect(parseResultDate('1er août 2026')).toEqual({ ok: true, value: '2026-08-01' });
    expect(parseResultDate('August 2nd, 2026')).toEqual({ ok: true, value: '2026-08-02' });
    expect(parseResultDate('15 mars')).toEqual({ ok: false, problem: 'dateFormat' }); // no year: no guess
  });

  it('refuses days that do not exist and text', () => {
    expect(parseResultDate('2026-02-30')).toEqual({ ok: false, problem: 'dateInvalid' });
    expect(parseResultDate('February 30, 2026')).toEqual({ ok: false, problem: 'dateInvalid' });
    expect(parseResultDate('Lifetime')).toEqual({ ok: false, problem: 'dateFormat' });
  });

  it('infers the day order from the whole column', () => {
    expect(inferDayOrder(['03/04/2026', '15/03/2026'])).toBe('dmy');
    expect(inferDayOrder(['03/04/2026', '03/15/2026 10:00'])).toBe('mdy');
    expect(inferDayOrder(['03/04/2026', '2026-03-15'])).toBeUndefined();
    expect(inferDayOrder(['13/04/2026', '04/13/2026'])).toBeUndefined();
  });
});

const INSTAGRAM = [
  'Description,Publish time,Permalink,Reach,Likes,Comments,Shares,Saves',
  '"What should we bake next?",03/15/2026 14:05,https://www.instagram.com/p/ABC123/,"1,234",120,18,4,9',
  '"Behind the scenes:',
  'the night shift",03/16/2026 07:30,https://www.instagram.com/p/DEF456/,2.500,80,6,1,3',
  'Quiz time,03/17/2026 18:00,,900,60,30,2,',
  'Sunday bread,03/18/2026 09:00,,1 000,50,5,0,-',
  'Bad comments,03/19/2026 09:00,,900,60,-3,2,1',
  '',
  'Bad reach,03/20/2026 09:00,,abc,60,3,2,1',
  'Half reach,03/21/2026 09:00,,12.5,1,0,0,0',
  'Bad date,Lifetime,,900,60,3,2,1',
  'Low reach,03/23/2026 09:00,,80,100,10,5,5',
  'No reach,03/24/2026 09:00,,,1,0,0,0',
].join('\r\n');

describe('parseResultsCsv', () => {
  it('reads the good rows, with line numbers that count quoted line breaks', () => {
    const result = parseResultsCsv(`\ufeff${INSTAGRAM}`);
    expect(result.dayOrder).toBe('mdy'); // read from 03/15/2026
    expect(result.mapping).toMatchObject({ date: 'Publish time', reach: 'Reach', saves: 'Saves' });
    expect(result.rows.map((r) => [r.line, r.date, r.counts.reach])).toEqual([
      [2, '2026-03-15', 1234],
      [3, '2026-03-16', 2500],
      [5, '2026-03-17', 900],
      [6, '2026-03-18', 1000],
    ]);
    expect(result.rows[0]).toEqual({
      line: 2,
      date: '2026-03-15',
      link: 'https://www.instagram.com/p/ABC123/',
      text: 'What should we bake next?',
      counts: { reach: 1234, impressions: null, reactions: 120, comments: 18, shares: 4, saves: 9, clicks: 0 },
    });
    expect(result.rows[1]!.text).toBe('Behind the scenes:\r\nthe night shift');
    expect(result.rows[2]).toMatchObject({ link: null, counts: { saves: 0 } }); // empty cell
    expect(result.rows[3]).toMatchObject({ counts: { saves: 0 } }); // "-": no data
  });

  it('names the line and the field of every bad cell', () => {
    const { errors } = parseResultsCsv(INSTAGRAM);
    expect(errors.map((e) => [e.code, e.field, e.message])).toEqual([
      ['results.negative', 'comments', "line 7: comments '-3' is negative"],
      ['results.notNumber', 'reach', "line 9: reach 'abc' is not a number"],
      ['results.notWhole', 'reach', "line 10: reach '12.5' is not a whole number"],
      ['results.dateFormat', 'date', "line 11: date 'Lifetime' is not a date (yyyy-MM-dd)"],
      ['results.reachBelowEngagement', 'reach', 'line 12: reach 80 is lower than engagement 120'],
      ['results.noReach', 'reach', 'line 13: reach and impressions are both empty: one of them is needed'],
    ]);
    expect(errors[0]).toEqual({
      code: 'results.negative',
      line: 7,
      message: "line 7: comments '-3' is negative",
      field: 'comments',
      params: { field: 'comments', value: '-3' },
    });
    expect(errors[4]).toMatchObject({ params: { reach: 80, engagement: 120 } });
  });

  it('reads a French export with ; and spaces as thousands separators', () => {
    const csv = [
      'Date de publication;Description;Couverture;J’aime;Commentaires;Partages;Enregistrements',
      `15/03/2026 14:05;Notre nouveau pain;1${NNBSP}234;120;18;4;9`,
      `03/04/2026;Le fournil;2${NBSP}345;1${NBSP}001;3;0;0`,
    ].join('\n');
    const result = parseResultsCsv(csv);
    expect(result.delimiter).toBe(';');
    expect(result.dayOrder).toBe('dmy');
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.line, r.date, r.counts.reach, r.counts.reactions])).toEqual([
      [2, '2026-03-15', 1234, 120],
      [3, '2026-04-03', 2345, 1001],
    ]);
  });

  it('takes impressions when there is no reach column (LinkedIn), and follows a corrected mapping', () => {
    const csv = 'Post title,Created date,Impressions,Reactions,Comments,Reposts,Clicks\nHiring,2026-03-10,5000,40,3,2,25\n';
    const [row] = parseResultsCsv(csv).rows;
    expect(row!.counts).toEqual({ reach: null, impressions: 5000, reactions: 40, comments: 3, shares: 2, saves: 0, clicks: 25 });
    const remapped = parseResultsCsv(csv, { date: 'Created date', reach: 'Impressions', text: 'Post title' });
    expect(remapped.rows[0]!.counts).toMatchObject({ reach: 5000, impressions: null, reactions: 0 });
  });

  it('asks for the day order when nothing in the file tells', () => {
    const csv = 'Date,Reach\n03/04/2026,100\n';
    expect(parseResultsCsv(csv).errors.map((e) => e.message)).toEqual([
      "line 2: date '03/04/2026' could be day/month or month/day: choose the day order",
    ]);
    expect(parseResultsCsv(csv, undefined, { dayOrder: 'dmy' }).rows[0]!.date).toBe('2026-04-03');
  });

  it('stops with one error when the file cannot be used', () => {
    const first = (text: string, mapping?: Parameters<typeof parseResultsCsv>[1]) =>
      parseResultsCsv(text, mapping).errors.map((e) => [e.code, e.message]);
    expect(first('')).toEqual([['csv.empty', 'the file is empty']]);
    expect(first('Reach,Likes\n100,3\n')).toEqual([
      ['results.noDateColumn', "line 1: no date column (expected 'Publish time', 'Date posted', 'Created date'…); found: Reach, Likes"],
    ]);
    expect(first('Date,Likes\n2026-03-01,3\n')).toEqual([
      ['results.noReachColumn', "line 1: no reach or impressions column (expected 'Reach', 'Impressions', 'Video views'…); found: Date, Likes"],
    ]);
    expect(first('Date,Reach\n2026-03-01,3\n', { date: 'Date', reach: 'Couverture' })).toEqual([
      ['csv.mappingHeaderMissing', "line 1: there is no column 'Couverture' (chosen for reach)"],
    ]);
    expect(first('Date,Reach\n2026-03-01,3,extra\n').map(([code]) => code)).toEqual(['csv.tooManyCells']);
    expect(first('Date,Reach\n"2026-03-01,3\n').map(([code]) => code)).toEqual(['csv.unclosedQuote']);
  });

  it('builds a snapshot the schema accepts from a matched row', () => {
    const [row] = parseResultsCsv(INSTAGRAM).rows;
    const draft = toSnapshotDraft(row!, 'post-1', '2026-03-20T10:00:00Z', '7d');
    expect(ResultSnapshotInputSchema.parse(draft)).toMatchObject({
      postId: 'post-1',
      label: '7d',
      source: 'import',
      reach: 1234,
      reactions: 120,
      comments: 18,
      shares: 4,
      saves: 9,
      repliesByTeam: 0,
    });
  });
});
