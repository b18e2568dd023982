import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { InsightsView } from '../../../renderer/features/insights/InsightsView';
import { NOW, client, makeBridge, polyfillDialog, post, rated, renderWithApp, type FakeBridge } from './setup';

const fake = vi.hoisted(() => ({ bridge: null as unknown as FakeBridge }));
vi.mock('../../../renderer/bridge/bridge', () => ({ getBridge: () => fake.bridge }));

beforeAll(polyfillDialog);

// A post flagged "invites participation" by hand is counted as inviting on the user's word, not
// because its caption asks anything: the report says how many of each side are such claims.
const bloom = client('c1', 'Bloom Bakery');
let db: CadenceDb;

beforeEach(async () => {
  fake.bridge = makeBridge();
  db = createDb();
  await openDb(db);
  await db.clients.put(bloom);
  await db.settings.put({ key: 'insightsPeriods', value: { c1: { preset: 'last3' } } });
  const posts = [
    post('hand', 'c1', '2026-11-02', { invitesParticipation: true, participationSource: 'user' }),
    post('asked', 'c1', '2026-11-03', { invitesParticipation: true, participationSource: 'auto' }),
    post('asked2', 'c1', '2026-11-04', { invitesParticipation: true, participationSource: 'auto' }),
    post('plain', 'c1', '2026-11-05', { participationSource: 'auto' }),
    post('plain-hand', 'c1', '2026-11-06', { participationSource: 'user' }),
  ];
  await db.posts.bulkPut(posts);
  await db.results.bulkPut(posts.map((p, i) => rated(p.id, 2 + i)));
});
afterEach(() => db.close());

const open = (language: 'en' | 'fr') => renderWithApp(db, <InsightsView client={bloom} onClose={() => undefined} now={() => NOW} />, language);

describe('Insights: participation set by hand', () => {
  it('says how many inviting and other posts were set by hand', async () => {
    await open('en');
    await waitFor(() =>
      expect(screen.getByTestId('participation-set-by-hand')).toHaveTextContent(
        'Set by hand rather than detected in the caption: 1 of 3 inviting posts, 1 of 2 other posts.',
      ),
    );
  });

  it('in French', async () => {
    await open('fr');
    // textContent, not toHaveTextContent: that one reads U+00A0 as a plain space.
    await waitFor(() =>
      expect(screen.getByTestId('participation-set-by-hand').textContent).toBe(
        'Choisi à la main plutôt que détecté dans la légende\u00a0: 1 sur 3 publications invitant à participer, 1 sur 2 autres.',
      ),
    );
  });
});
