// A guard for whoever adds a field to posts: every field must travel through CSV and ICS, or the
// "lossless" round trips would pass without testing it.
import { describe, expect, it } from 'vitest';
import { PostSchema } from '../../../shared/model/post';
import { CSV_COLUMNS } from '../../../shared/serializers/csv';
import { toIcs } from '../../../shared/serializers/ics';
import { CLIENTS, makePost } from './fixtures';

// Post field → its CSV column and its ICS property.
const CARRIED: Record<string, [string, string]> = {
  id: ['id', 'UID'],
  clientId: ['client_id', 'X-CADENCE-CLIENT'],
  title: ['title', 'SUMMARY'],
  caption: ['caption', 'DESCRIPTION'],
  date: ['date', 'DTSTART'],
  time: ['time', 'X-CADENCE-LOCAL'],
  channel: ['channel', 'X-CADENCE-CHANNEL'],
  format: ['format', 'X-CADENCE-FORMAT'],
  tone: ['tone', 'X-CADENCE-TONE'],
  intent: ['intent', 'X-CADENCE-INTENT'],
  invitesParticipation: ['invites_participation', 'X-CADENCE-INVITES'],
  intentSource: ['intent_source', 'X-CADENCE-INTENT-SOURCE'],
  participationSource: ['participation_source', 'X-CADENCE-INVITES-SOURCE'],
  status: ['status', 'X-CADENCE-STATUS'],
  tags: ['tags', 'X-CADENCE-TAGS'],
  order: ['backlog_order', 'X-CADENCE-ORDER'],
  series: ['series', 'X-CADENCE-SERIES'],
  notes: ['notes', 'X-CADENCE-NOTES'],
  pillar: ['pillar', 'X-CADENCE-PILLAR'],
  evergreen: ['evergreen_weeks', 'X-CADENCE-EVERGREEN'],
  publishedAt: ['published_at', 'X-CADENCE-PUBLISHED-AT'],
  liveUrl: ['live_url', 'X-CADENCE-LIVE-URL'],
  firstComment: ['first_comment', 'X-CADENCE-FIRST-COMMENT'],
  // The state and its flag (changed_after_review, X-CADENCE-CHANGED-AFTER-REVIEW); comments only in backups.
  approval: ['approval', 'X-CADENCE-APPROVAL'],
  // File names and alt texts in CSV (media_files, media_alt), read back never; none in ICS: a calendar
  // app shows no X- property, and ATTACH would put megabytes in each event or a path only this machine has.
  media: ['media_files', ''],
  createdAt: ['created_at', ''],
  updatedAt: ['updated_at', ''],
};

describe('serializer coverage of the Post model', () => {
  it('knows every field of PostSchema (a new field must be added to CSV, ICS, the generators and this list)', () => {
    expect(Object.keys(PostSchema.shape).sort()).toEqual(Object.keys(CARRIED).sort());
  });

  it('has a CSV column and an ICS property for each', () => {
    const ics = toIcs([makePost({ tags: ['a'], order: 'a0', notes: 'n', caption: 'c', time: '10:00', pillar: 'p-tips', evergreen: { everyWeeks: 6, lastUsed: '2026-01-01' }, publishedAt: '2026-01-01T09:00:00.000Z', liveUrl: 'https://example.com/p/1', firstComment: '#bread', approval: { state: 'approved', changedAfterReview: true, comments: [] }, series: { id: 's1', start: '2026-01-05', rule: { freq: 'weekly', interval: 1, weekdays: [1], end: { kind: 'count', count: 3 } } } })], CLIENTS, { now: new Date(0) });
    for (const [column, property] of Object.values(CARRIED)) {
      expect(CSV_COLUMNS).toContain(column);
      if (property !== '') expect(ics).toContain(`\r\n${property}`);
    }
  });
});
