import type { Post } from '../model/post';
import type { Proposal } from './types';

/**
 * The post a proposal becomes: a draft (never scheduled until the user says so), with the planner's
 * intent and participation marked as chosen ('user'), so caption detection does not undo the plan's
 * balance. One shape for the app, the CLI and the ghost cards.
 */
export const proposalToPost = (p: Proposal, clientId: string, stamp: string, notes = ''): Post => ({
  id: p.id,
  clientId,
  title: p.title,
  caption: p.caption,
  date: p.date,
  time: p.time,
  channel: p.channel,
  format: p.format,
  tone: p.tone,
  intent: p.intent,
  invitesParticipation: p.invitesParticipation,
  intentSource: 'user',
  participationSource: 'user',
  status: 'draft',
  tags: [],
  series: null,
  order: null,
  notes,
  pillar: p.pillar,
  evergreen: null,
  createdAt: stamp,
  updatedAt: stamp,
});
