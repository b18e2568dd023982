// Two windows of one origin, as the tests of issue 13 stand them up: two Dexie connections to the same
// database (a, b), a client and one post written through `a`. Close both after each test.
import { createClient } from '../../../renderer/db/clients';
import { createDb, openDb, type CadenceDb } from '../../../renderer/db/database';
import { createPost } from '../../../renderer/db/posts';
import type { Client } from '../../../shared/model/client';
import type { Post } from '../../../shared/model/post';

export type TwoWindows = { a: CadenceDb; b: CadenceDb; client: Client; post: Post };

let counter = 0;

export const openTwoWindows = async (prefix: string, options: { clientName?: string; caption?: string } = {}): Promise<TwoWindows> => {
  const name = `${prefix}-${++counter}`;
  const a = createDb(name);
  const b = createDb(name);
  await openDb(a);
  await openDb(b);
  const client = await createClient(a, {
    name: options.clientName ?? 'Bloom', color: '#4f46e5', channels: ['instagram'], timeZone: 'Europe/Paris', weekStartsOn: 1, language: 'en',
  });
  const post = await createPost(a, {
    clientId: client.id, title: 'Launch day', caption: options.caption ?? 'Old caption', date: '2026-11-24', time: '09:00', channel: 'instagram',
    format: 'image', tone: 'serious', intent: 'informative', invitesParticipation: false, status: 'draft', tags: [], notes: '',
  });
  return { a, b, client, post };
};
