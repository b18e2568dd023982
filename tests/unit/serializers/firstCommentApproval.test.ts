// A post's first comment and client review in files (issues 16 and 17): CSV first_comment, approval
// and changed_after_review; ICS X-CADENCE-FIRST-COMMENT, X-CADENCE-APPROVAL and
// X-CADENCE-CHANGED-AFTER-REVIEW, with DESCRIPTION the caption exactly, hashtags and all. Review
// comments stay out of both (backups carry them).
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { MAX_FIRST_COMMENT } from '../../../shared/model/post';
import { APPROVAL_VALUES, mergeApproval, readApprovalCells } from '../../../shared/serializers/approvalCells';
import { fromCsv, guessMapping, toCsv } from '../../../shared/serializers/csv';
import { fromIcs, toIcs } from '../../../shared/serializers/ics';
import { CLIENTS, PARIS, inputOf, makePost } from './fixtures';

const NOW = new Date('2026-11-24T09:00:00.000Z');
const CAPTION = 'Notre pain au levain est de retour 🥖\n\n#pain #levain #Paris #boulangerie_artisanale';
const COMMENT = '#painaulevain #faitmaison\n👉 lien en bio, "ouvert" dès 7h; à demain !';
const REVIEW = {
  state: 'changes' as const,
  changedAfterReview: true,
  comments: [{ id: 'c1', author: 'Claire', at: '2026-11-20T10:00:00.000Z', text: 'Secret: the price is wrong', kind: 'client' as const }],
};
const cellsOf = (csv: string) => {
  const [header, ...rows] = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { header: false, skipEmptyLines: true }).data;
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]])));
};

describe('CSV: first_comment', () => {
  it('writes the first comment as it is (empty for none) and reads it back exactly', () => {
    const posts = [makePost({ id: 'a', caption: CAPTION, firstComment: COMMENT }), makePost({ id: 'b', firstComment: '' }), makePost({ id: 'c' })];
    const csv = toCsv(posts, CLIENTS);
    expect(cellsOf(csv).map((r) => [r.id, r.first_comment])).toEqual([['a', COMMENT], ['b', ''], ['c', '']]);
    const { rows, errors } = fromCsv(csv, { clients: CLIENTS });
    expect(errors).toEqual([]);
    const byId = new Map(rows.map((r) => [r.sourceId, r]));
    expect(byId.get('a')?.post).toEqual(inputOf(posts[0]!));
    expect(byId.get('a')?.post.caption).toBe(CAPTION);
    // '' and none read the same in the app: a blank cell gives a post without one.
    expect(byId.get('b')?.post).not.toHaveProperty('firstComment');
    expect(byId.get('c')?.firstCommentGiven).toBe(true);
  });

  it('keeps a first comment starting with = + - @ as written (neutralised in the file, restored on import)', () => {
    const post = makePost({ id: 'f', firstComment: '=HYPERLINK("http://evil")' });
    const csv = toCsv([post], CLIENTS);
    expect(cellsOf(csv)[0]!.first_comment).toBe('\'=HYPERLINK("http://evil")');
    expect(fromCsv(csv, { clients: CLIENTS }).rows[0]?.post.firstComment).toBe('=HYPERLINK("http://evil")');
  });

  it('finds the column under English and French names', () => {
    for (const header of ['First comment', 'first_comment', 'Premier commentaire', '1er commentaire', 'Commentaire initial']) {
      expect(guessMapping(['Titre', header]).first_comment, header).toBe(header);
    }
    // "Commentaires" stays the notes' column, as before.
    expect(guessMapping(['Titre', 'Commentaires'])).toEqual({ title: 'Titre', notes: 'Commentaires' });
    const { rows } = fromCsv('Titre;Date;Réseau;Premier commentaire\nPain;2026-12-01;instagram;#pain #levain\n', { clientId: PARIS.id });
    expect(rows[0]?.post.firstComment).toBe('#pain #levain');
  });

  it('says nothing of it when the file has no such column, so an update keeps the post’s own', () => {
    const { rows } = fromCsv('title,date,channel\nA,2026-12-01,instagram\n', { clientId: PARIS.id });
    expect(rows[0]?.firstCommentGiven).toBe(false);
    expect(rows[0]?.post).not.toHaveProperty('firstComment');
  });

  it(`refuses a row whose first comment is over ${MAX_FIRST_COMMENT} characters, naming the line and the field, and keeps the others`, () => {
    const long = `#pain ${'a'.repeat(MAX_FIRST_COMMENT)}`;
    const csv = `title,date,channel,first_comment\r\nOK,2026-12-01,instagram,#pain\r\n"Multi\nline title",2026-12-02,instagram,${long}\r\nLast,2026-12-03,instagram,${'b'.repeat(MAX_FIRST_COMMENT)}\r\n`;
    const { rows, errors } = fromCsv(csv, { clientId: PARIS.id });
    expect(rows.map((r) => r.post.title)).toEqual(['OK', 'Last']);
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'row.firstCommentTooLong',
        line: 3,
        field: 'firstComment',
        params: { max: MAX_FIRST_COMMENT },
        message: "line 3: first comment is longer than 2200 characters (Instagram's and TikTok's comment limit)",
      }),
    ]);
  });
});

describe('CSV: approval and changed_after_review', () => {
  it('writes the state and its flag (empty for a post never given a review), never the comments', () => {
    const posts = [makePost({ id: 'a', approval: REVIEW }), makePost({ id: 'b', approval: { state: 'none', changedAfterReview: false, comments: [] } }), makePost({ id: 'c' })];
    const csv = toCsv(posts, CLIENTS);
    expect(cellsOf(csv).map((r) => [r.id, r.approval, r.changed_after_review])).toEqual([
      ['a', 'changes', 'true'],
      ['b', 'none', 'false'],
      ['c', '', ''],
    ]);
    expect(csv).not.toContain('Secret');
    const { rows, errors } = fromCsv(csv, { clients: CLIENTS });
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.sourceId, r.approval])).toEqual([
      ['a', { state: 'changes', changedAfterReview: true }],
      ['b', { state: 'none', changedAfterReview: false }],
      ['c', null],
    ]);
  });

  it('reads the app’s English and French labels and common words, any case or accents', () => {
    const csv = 'Titre;Date;Réseau;Validation client\nA;2026-12-01;instagram;Validée\nB;2026-12-02;instagram;À valider\nC;2026-12-03;instagram;Changes requested\nD;2026-12-04;instagram;Pas envoyée en validation\n';
    const { rows, errors } = fromCsv(csv, { clientId: PARIS.id });
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.approval?.state)).toEqual(['approved', 'review', 'changes', 'none']);
    expect(APPROVAL_VALUES.get('approved')).toBe('approved');
  });

  it('leaves a "Review" or "Validation" column alone: those often hold a name or a remark', () => {
    expect(guessMapping(['Title', 'Review', 'Validation'])).toEqual({ title: 'Title' });
  });

  it('refuses an unknown state or flag with the line and the value', () => {
    const csv = 'title,date,channel,approval,changed_after_review\nA,2026-12-01,instagram,maybe,\nB,2026-12-02,instagram,approved,perhaps\nC,2026-12-03,instagram,,true\nD,2026-12-04,instagram,approved,no\n';
    const { rows, errors } = fromCsv(csv, { clientId: PARIS.id });
    expect(rows.map((r) => [r.post.title, r.approval])).toEqual([['D', { state: 'approved', changedAfterReview: false }]]);
    expect(errors.map((e) => [e.code, e.line, e.field])).toEqual([
      ['row.approvalInvalid', 2, 'approval'],
      ['row.approvalInvalid', 3, 'approval'],
      ['row.approvalInvalid', 4, 'approval'],
    ]);
    expect(errors[0]!.message).toBe("line 2: unknown approval 'maybe' — expected one of none, review, approved, changes");
    expect(errors[1]!.message).toBe("line 3: changed_after_review 'perhaps' is not yes or no (true/false)");
  });

  it('merges a file’s state over a post’s review, its comments kept', () => {
    expect(mergeApproval(undefined, REVIEW)).toBe(REVIEW);
    expect(mergeApproval({ state: 'approved', changedAfterReview: false }, REVIEW)).toEqual({ state: 'approved', changedAfterReview: false, comments: REVIEW.comments });
    expect(mergeApproval(null, REVIEW)).toEqual({ state: 'none', changedAfterReview: false, comments: REVIEW.comments });
    expect(mergeApproval(null, undefined)).toBeUndefined();
    expect(readApprovalCells(undefined, 'true', 1)).toEqual({ ok: true, value: undefined });
  });
});

describe('ICS: the caption, the first comment and the review', () => {
  const post = makePost({ id: 'a', caption: CAPTION, firstComment: COMMENT, approval: REVIEW });

  it('DESCRIPTION is the caption exactly, hashtags included; the first comment and the review go in their own properties', () => {
    const ics = toIcs([post, makePost({ id: 'b', date: '2026-04-02' })], CLIENTS, { now: NOW });
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    const a = events.find((e) => e.getFirstPropertyValue('uid') === 'a@cadence.local')!;
    // What a calendar app shows, read by a calendar library: the caption, and nothing else.
    expect(a.getFirstPropertyValue('description')).toBe(CAPTION);
    expect(ics).toContain('X-CADENCE-APPROVAL:changes\r\n');
    expect(ics).toContain('X-CADENCE-CHANGED-AFTER-REVIEW:TRUE\r\n');
    expect(ics).not.toContain('Secret');
    expect(ics.match(/X-CADENCE-FIRST-COMMENT/g)).toHaveLength(1);
    expect(ics.match(/X-CADENCE-APPROVAL/g)).toHaveLength(1);
  });

  it('reads them back exactly, and an event of another app leaves them unsaid', () => {
    const ics = toIcs([post, makePost({ id: 'b', date: '2026-04-02' })], CLIENTS, { now: NOW });
    const { posts, errors } = fromIcs(ics, { clientId: PARIS.id, timeZone: PARIS.timeZone });
    expect(errors).toEqual([]);
    const byId = new Map(posts.map((p) => [p.sourceId, p]));
    expect(byId.get('a')?.post).toEqual(inputOf({ ...post, approval: undefined }));
    expect(byId.get('a')?.post.caption).toBe(CAPTION);
    expect(byId.get('a')?.post.firstComment).toBe(COMMENT);
    expect(byId.get('a')?.approval).toEqual({ state: 'changes', changedAfterReview: true });
    // Cadence's own event without a first comment says "none": an update clears it.
    expect(byId.get('b')).toMatchObject({ firstCommentGiven: true });
    expect(byId.get('b')).not.toHaveProperty('approval');

    const foreign = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\nBEGIN:VEVENT\r\nUID:x1\r\nDTSTAMP:20261124T090000Z\r\nDTSTART:20261201T090000Z\r\nSUMMARY:Meeting\r\nDESCRIPTION:#agenda\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    const other = fromIcs(foreign, { clientId: PARIS.id, timeZone: PARIS.timeZone, defaults: { channel: 'instagram' } });
    expect(other.posts[0]).toMatchObject({ firstCommentGiven: false, post: { caption: '#agenda' } });
    expect(other.posts[0]).not.toHaveProperty('approval');
  });

  it('refuses an event whose first comment is too long or whose review state is unknown, with its line', () => {
    const long = toIcs([{ ...post, firstComment: 'x' }], CLIENTS, { now: NOW }).replace('X-CADENCE-FIRST-COMMENT:x', `X-CADENCE-FIRST-COMMENT:${'x'.repeat(MAX_FIRST_COMMENT + 1)}`);
    const bad = toIcs([post], CLIENTS, { now: NOW }).replace('X-CADENCE-APPROVAL:changes', 'X-CADENCE-APPROVAL:sure');
    const tooLong = fromIcs(long, { clientId: PARIS.id, timeZone: PARIS.timeZone });
    expect(tooLong.posts).toEqual([]);
    expect(tooLong.errors.map((e) => [e.code, e.line, e.field])).toEqual([['row.firstCommentTooLong', 6, 'firstComment']]);
    const unknown = fromIcs(bad, { clientId: PARIS.id, timeZone: PARIS.timeZone });
    expect(unknown.errors.map((e) => e.message)).toEqual(["line 6: unknown X-CADENCE-APPROVAL 'sure' — expected one of none, review, approved, changes"]);
  });
});
