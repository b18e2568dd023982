import { describe, expect, it } from 'vitest';
import { matchResults, normaliseLink } from '../../../shared/insights/matchResults';
import type { ResultsRow } from '../../../shared/insights/resultsCsv';
import { makePost } from './fixtures';

let nextLine = 2;
const row = (date: string, over: Partial<ResultsRow> = {}): ResultsRow => ({
  line: nextLine++,
  date,
  link: null,
  text: null,
  counts: { reach: 100, impressions: null, reactions: 1, comments: 0, shares: 0, saves: 0, clicks: 0 },
  ...over,
});

const summary = (result: ReturnType<typeof matchResults>) => ({
  matched: result.matched.map((m) => [m.row.line, m.postId, m.how]),
  unmatched: result.unmatched.map((r) => r.line),
  ambiguous: result.ambiguous.map((a) => [a.row.line, a.candidates]),
});

describe('normaliseLink', () => {
  it('keeps what identifies the page', () => {
    expect(normaliseLink('https://www.instagram.com/p/ABC123/?igshid=xyz')).toBe('instagram.com/p/ABC123');
    expect(normaliseLink('http://instagram.com/reel/ABC123')).toBe('instagram.com/p/ABC123');
    expect(normaliseLink('https://twitter.com/bloom/status/123?s=20')).toBe('x.com/bloom/status/123');
    expect(normaliseLink('https://x.com/bloom/status/123')).toBe('x.com/bloom/status/123');
    expect(normaliseLink('https://m.youtube.com/watch?v=dQw4&t=10')).toBe('youtube.com/watch?v=dQw4');
    expect(normaliseLink('https://www.linkedin.com/feed/update/urn:li:activity:7001/).')).toBe(
      'linkedin.com/feed/update/urn:li:activity:7001',
    );
    expect(normaliseLink('not a link')).toBeNull();
  });
});

describe('matchResults', () => {
  it('matches by the live link Mark published recorded, where the text alone could not tell two posts apart', () => {
    const posts = [
      makePost('a', { date: '2026-03-15', title: 'Croissant day', liveUrl: 'https://www.instagram.com/reel/LIVE1/' }),
      makePost('b', { date: '2026-03-15', title: 'Croissant day', liveUrl: null }),
    ];
    const rows = [row('2026-03-15', { line: 2, link: 'https://instagram.com/p/LIVE1?igsh=abc', text: 'Croissant day!' })];
    expect(summary(matchResults(rows, posts, 'instagram'))).toEqual({ matched: [[2, 'a', 'link']], unmatched: [], ambiguous: [] });
    // Without the live link both posts fit the text: the user picks.
    const unlinked = posts.map((p) => ({ ...p, liveUrl: null }));
    expect(summary(matchResults(rows, unlinked, 'instagram')).ambiguous).toEqual([[2, ['a', 'b']]]);
  });

  it('matches by a link found in the post’s notes or caption', () => {
    const posts = [
      makePost('a', { date: '2026-03-15', notes: 'Live: https://www.instagram.com/p/ABC123/?igshid=xyz' }),
      makePost('b', { date: '2026-03-15', caption: 'See https://instagram.com/p/DEF456/.' }),
    ];
    const rows = [
      row('2026-03-15', { line: 2, link: 'https://instagram.com/p/DEF456' }),
      row('2026-03-15', { line: 3, link: 'https://www.instagram.com/p/ABC123/' }),
    ];
    expect(summary(matchResults(rows, posts, 'instagram'))).toEqual({
      matched: [
        [2, 'b', 'link'],
        [3, 'a', 'link'],
      ],
      unmatched: [],
      ambiguous: [],
    });
  });

  it('matches by title found in the row’s text, or by the start of the caption', () => {
    const posts = [
      makePost('quiz', { date: '2026-03-15', title: 'Sourdough quiz', caption: '' }),
      makePost('night', { date: '2026-03-15', title: 'Night shift', caption: 'Behind the scenes: our bakers start at 3 a.m. every day, rain or shine, to bake your bread' }),
      makePost('hiring', { date: '2026-03-15', title: 'Hiring', caption: 'We are hiring a pastry chef to join the team in our Lyon bakery this spring' }),
    ];
    const rows = [
      row('2026-03-15', { line: 2, text: 'SOURDOUGH QUIZ! How well do you know your bread? 🍞' }),
      row('2026-03-15', { line: 3, text: 'Behind the scenes — our bakers start at 3 a.m. every day, rain or shine, to bake your bread #bakery' }),
      // LinkedIn's "Post title" is the post's first words, truncated.
      row('2026-03-15', { line: 4, text: 'We are hiring a pastry chef to join the…' }),
    ];
    expect(summary(matchResults(rows, posts, 'instagram')).matched).toEqual([
      [2, 'quiz', 'title'],
      [3, 'night', 'title'],
      [4, 'hiring', 'title'],
    ]);
  });

  it('matches the only post of the channel within ±1 day, by date', () => {
    const posts = [makePost('p', { date: '2026-03-15' }), makePost('li', { date: '2026-03-15', channel: 'linkedin' })];
    // The platform exported in UTC: a post of 15 March in Paris can read 14 March.
    expect(summary(matchResults([row('2026-03-14', { line: 2 })], posts, 'instagram')).matched).toEqual([[2, 'p', 'date']]);
    expect(summary(matchResults([row('2026-03-16', { line: 2 })], posts, 'instagram')).matched).toEqual([[2, 'p', 'date']]);
    expect(summary(matchResults([row('2026-03-17', { line: 2 })], posts, 'instagram')).unmatched).toEqual([2]);
    expect(summary(matchResults([row('2026-03-17', { line: 2 })], posts, 'instagram', { toleranceDays: 2 })).matched).toEqual([
      [2, 'p', 'date'],
    ]);
    // Across a month and a year boundary.
    const newYear = [makePost('ny', { date: '2026-01-01' })];
    expect(summary(matchResults([row('2025-12-31', { line: 2 })], newYear, 'instagram')).matched).toEqual([[2, 'ny', 'date']]);
  });

  it('leaves unmatched a row with no post on that channel around that day', () => {
    const posts = [makePost('li', { date: '2026-03-15', channel: 'linkedin' }), makePost('idea', { date: null, time: null, status: 'idea' })];
    const result = matchResults([row('2026-03-15', { line: 2, text: 'Post li' })], posts, 'instagram');
    expect(summary(result)).toEqual({ matched: [], unmatched: [2], ambiguous: [] });
  });

  it('calls ambiguous a row that several posts fit equally, candidates in calendar order', () => {
    const posts = [
      makePost('late', { date: '2026-03-15', time: '18:00' }),
      makePost('early', { date: '2026-03-15', time: '08:00' }),
      makePost('before', { date: '2026-03-14', time: '20:00' }),
    ];
    const result = matchResults([row('2026-03-15', { line: 2, text: 'Something else entirely' })], posts, 'instagram');
    expect(summary(result)).toEqual({ matched: [], unmatched: [], ambiguous: [[2, ['before', 'early', 'late']]] });
    // Two posts whose titles both appear in the text: the title does not tell either.
    const twins = [makePost('x', { date: '2026-03-15', title: 'Croissant day' }), makePost('y', { date: '2026-03-15', title: 'Croissant day' })];
    expect(summary(matchResults([row('2026-03-15', { line: 3, text: 'Croissant day!' })], twins, 'instagram')).ambiguous).toEqual([
      [3, ['x', 'y']],
    ]);
  });

  it('gives each post to one row: a stronger match first, two equal claims are ambiguous', () => {
    const posts = [makePost('quiz', { date: '2026-03-15', title: 'Sourdough quiz' }), makePost('other', { date: '2026-03-15' })];
    // Row 3 matches 'quiz' by title; row 2 then takes the only post left, by date.
    const rows = [row('2026-03-15', { line: 2 }), row('2026-03-15', { line: 3, text: 'Our sourdough quiz' })];
    expect(summary(matchResults(rows, posts, 'instagram'))).toEqual({
      matched: [
        [2, 'other', 'date'],
        [3, 'quiz', 'title'],
      ],
      unmatched: [],
      ambiguous: [],
    });
    // Two rows for one post (a duplicated export line): the user picks.
    const one = [makePost('p', { date: '2026-03-15' })];
    const twice = [row('2026-03-15', { line: 4 }), row('2026-03-15', { line: 5 })];
    expect(summary(matchResults(twice, one, 'instagram'))).toEqual({
      matched: [],
      unmatched: [],
      ambiguous: [
        [4, ['p']],
        [5, ['p']],
      ],
    });
  });

  it('settles a link shared by two posts with the text', () => {
    const link = 'https://instagram.com/p/OLD1';
    const posts = [
      makePost('old', { date: '2026-03-15', title: 'Spring menu', notes: link }),
      makePost('new', { date: '2026-03-16', title: 'Throwback', caption: `Remember ${link}` }),
    ];
    const result = matchResults([row('2026-03-15', { line: 2, link, text: 'Our spring menu is here' })], posts, 'instagram');
    expect(summary(result).matched).toEqual([[2, 'old', 'link']]);
  });

  it('ignores titles too short to mean anything', () => {
    const posts = [makePost('a', { date: '2026-03-15', title: 'Hi' }), makePost('b', { date: '2026-03-15', title: 'Other' })];
    expect(summary(matchResults([row('2026-03-15', { line: 2, text: 'Hi everyone' })], posts, 'instagram')).ambiguous).toEqual([
      [2, ['a', 'b']],
    ]);
  });
});
