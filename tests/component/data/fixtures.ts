import type { Client } from '../../../shared/model/client';
import type { Post } from '../../../shared/model/post';

export const client = (id: string, name: string, extra: Partial<Client> = {}): Client => ({
  id,
  name,
  color: '#4f46e5',
  channels: ['instagram', 'linkedin'],
  timeZone: 'Europe/Paris',
  weekStartsOn: 1,
  language: 'en',
  archived: false,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  ...extra,
});

export const post = (id: string, clientId: string, date: string | null, extra: Partial<Post> = {}): Post => ({
  id,
  clientId,
  title: `Post ${id}`,
  caption: '',
  date,
  time: '09:00',
  channel: 'instagram',
  format: 'image',
  tone: 'serious',
  intent: 'informative',
  invitesParticipation: false,
  intentSource: 'user',
  participationSource: 'user',
  status: date === null ? 'idea' : 'scheduled',
  tags: [],
  order: null,
  pillar: null,
  evergreen: null,
  series: null,
  notes: '',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  ...extra,
});

