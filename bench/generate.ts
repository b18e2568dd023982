/**
 * The bench's data: an agency's calendars, generated from a seed so every run, every machine and both
 * sides (Node and the page) get exactly the same rows. Pure TypeScript (no DOM, no Node): the runner
 * bundles it for Node, the seed script and the peers page bundle it for Chromium.
 *
 * - generateAgency: 40 clients with 3 channels each and one post per channel per day over two years
 *   (2025-12-01 to 2027-11-30: 87,600 dated posts) plus 60 undated ideas per client (2,400): 90,000
 *   posts, captions in French or English (the client's language), with promotional and participation
 *   cues, tags, statuses that follow the date.
 * - densePosts: N posts in one month of one client ("Density N"), as BENCH-METHOD.md describes the
 *   peers' data: random day, start 07:00-18:45, a 25-character title, one of 8 labels. The peers page
 *   renders the very same posts.
 *
 * Every row passes PostSchema / ClientSchema (tests/e2e/bench-smoke.spec.ts proves the app shows them).
 */
import { generateNKeysBetween } from 'fractional-indexing';
import type { Client } from '../shared/model/client';
import type { Channel, Intent, Status, Tone, WeekStart } from '../shared/model/enums';
import { FORMATS, type FormatId } from '../shared/model/formats';
import type { Post } from '../shared/model/post';

export type Day = string;
export type Month = string;

/** mulberry32: small, fast, the same sequence everywhere. */
export const prng = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A UUID v4 made from the PRNG (the app's ids are crypto.randomUUID()). Joined, not concatenated:
 * like crypto.randomUUID()'s, the id is one flat string. A concatenation makes V8 keep a rope of
 * pieces, which every later comparison of ids (the guard's tie-break) has to flatten first: the
 * guard measured ~6 ms slower on 100,000 such ids than on real ones.
 */
const uuid = (rand: Rand): string => {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20, 32)].map((part) => part.join('')).join('-');
};

/** Calendar days in UTC arithmetic (no zone can shift them). */
export const addDays = (day: Day, offset: number): Day => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + offset));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
};
export const daysInMonth = (month: Month): number => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
};
export const addMonths = (month: Month, offset: number): Month => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const t = new Date(Date.UTC(y, m - 1 + offset, 1));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}`;
};
/** Weekday, 0 = Sunday. */
export const weekday = (day: Day): number => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};
/** The days a month grid shows: whole weeks from the week of the 1st to the week of the last day. */
export const gridDays = (month: Month, weekStartsOn: number, weeks?: number): { from: Day; to: Day } => {
  const first = `${month}-01`;
  const from = addDays(first, -((weekday(first) - weekStartsOn + 7) % 7));
  const last = `${month}-${pad(daysInMonth(month))}`;
  const to = weeks ? addDays(from, weeks * 7 - 1) : addDays(last, (weekStartsOn + 6 - weekday(last) + 7) % 7);
  return { from, to };
};

// ---------------------------------------------------------------------------------------------------
// Words.

const BUSINESSES = [
  { en: 'Bakery', fr: 'Boulangerie', topics: ['sourdough', 'croissants', 'the morning bake', 'seasonal tarts', 'our rye loaf'], topicsFr: ['le levain', 'les croissants', 'la fournée du matin', 'les tartes de saison', 'notre pain de seigle'] },
  { en: 'Fitness', fr: 'Salle de sport', topics: ['morning HIIT', 'mobility', 'the new rowing machines', 'strength basics', 'recovery days'], topicsFr: ['le HIIT du matin', 'la mobilité', 'les nouveaux rameurs', 'les bases de la force', 'les jours de récupération'] },
  { en: 'Books', fr: 'Librairie', topics: ['staff picks', 'the poetry shelf', 'crime novels', 'the kids corner', 'signed editions'], topicsFr: ['les coups de cœur', 'le rayon poésie', 'les polars', 'le coin des enfants', 'les éditions dédicacées'] },
  { en: 'Flowers', fr: 'Fleuriste', topics: ['peonies', 'dried bouquets', 'wedding flowers', 'plant care', 'the weekly bunch'], topicsFr: ['les pivoines', 'les bouquets séchés', 'les fleurs de mariage', "l'entretien des plantes", 'le bouquet de la semaine'] },
  { en: 'Cycles', fr: 'Cycles', topics: ['gravel bikes', 'the repair workshop', 'winter riding', 'e-bikes', 'group rides'], topicsFr: ['les vélos gravel', "l'atelier de réparation", "rouler l'hiver", 'les vélos électriques', 'les sorties en groupe'] },
  { en: 'Coffee', fr: 'Café', topics: ['the new roast', 'latte art', 'cold brew', 'our Ethiopian beans', 'the brunch menu'], topicsFr: ['la nouvelle torréfaction', 'le latte art', 'le cold brew', 'nos grains éthiopiens', 'la carte du brunch'] },
  { en: 'Studio', fr: 'Atelier', topics: ['handmade ceramics', 'the glaze collection', 'pottery classes', 'the kiln opening', 'gift sets'], topicsFr: ['la céramique faite main', 'la collection d’émaux', 'les cours de poterie', "l'ouverture du four", 'les coffrets cadeaux'] },
  { en: 'Kitchen', fr: 'Cuisine', topics: ['the tasting menu', 'local produce', 'the chef’s table', 'weekday lunch', 'natural wines'], topicsFr: ['le menu dégustation', 'les produits locaux', 'la table du chef', 'le déjeuner en semaine', 'les vins nature'] },
] as const;

const NAMES = ['Lumière', 'Atlas', 'Maple', 'Colibri', 'Harbour', 'Solstice', 'Papillon', 'Northwind', 'Verger', 'Copper', 'Azur', 'Juniper', 'Cerise', 'Granite', 'Mistral', 'Willow', 'Opale', 'Bramble', 'Sirocco', 'Linden'];
const ZONES = ['Europe/Paris', 'America/Montreal', 'Europe/Brussels', 'Europe/London', 'America/New_York', 'Europe/Zurich', 'Africa/Casablanca', 'Pacific/Noumea'];
const COLORS = ['#4f46e5', '#0891b2', '#059669', '#ca8a04', '#ea580c', '#dc2626', '#db2777', '#7c3aed'];
const CHANNEL_SETS: readonly (readonly Channel[])[] = [
  ['instagram', 'facebook', 'linkedin'],
  ['instagram', 'tiktok', 'facebook'],
  ['linkedin', 'x', 'newsletter'],
  ['instagram', 'pinterest', 'blog'],
  ['instagram', 'threads', 'youtube'],
  ['facebook', 'instagram', 'bluesky'],
];
const SLOTS = ['08:00', '08:30', '09:15', '11:45', '12:30', '17:00', '18:15', '19:30', '20:45'];
const TAGS_EN = ['launch', 'team', 'behind the scenes', 'tips', 'season', 'community', 'promo', 'event', 'recipe', 'how-to', 'customer story', 'weekend'];
const TAGS_FR = ['lancement', 'équipe', 'coulisses', 'astuces', 'saison', 'communauté', 'promo', 'événement', 'recette', 'tuto', 'témoignage', 'week-end'];
const FORMAT_LIST = Object.keys(FORMATS) as FormatId[];

type Lang = 'en' | 'fr';

const captionOf = (rand: Rand, lang: Lang, topic: string, intent: Intent, invites: boolean): { title: string; caption: string } => {
  const pct = pick(rand, [10, 15, 20, 25, 30]);
  const code = pick(rand, ['HELLO', 'SPRING', 'MERCI', 'FRIENDS', 'WEEKEND']) + pick(rand, ['10', '15', '20', '24', '26']);
  if (lang === 'fr') {
    const title =
      intent === 'promotional'
        ? pick(rand, [`Offre spéciale : ${topic}`, `-${pct} % sur ${topic}`, `Nouveau : ${topic}`])
        : invites
          ? pick(rand, [`Et vous, ${topic} ?`, `Votre avis sur ${topic}`, `Sondage : ${topic}`])
          : pick(rand, [`Tout savoir sur ${topic}`, `Dans les coulisses : ${topic}`, `Trois astuces pour ${topic}`, `L’histoire de ${topic}`]);
    const body = [
      pick(rand, ['Bonjour à toutes et à tous !', 'Nouvelle semaine, nouvelles idées.', 'On vous emmène dans les coulisses.', 'Petit rappel du jour :']),
      `Aujourd’hui, on parle de ${topic} : ce qu’on aime, ce qu’on a appris et ce qui arrive bientôt.`,
      pick(rand, ['Merci pour votre fidélité, vous êtes formidables.', 'Toute l’équipe a mis la main à la pâte.', 'On a testé, on a recommencé, et voilà le résultat.', 'Une histoire qui a commencé il y a dix ans.']),
      intent === 'promotional' ? `Profitez de -${pct} % avec le code ${code}, offre valable jusqu’à dimanche. Lien en bio !` : '',
      invites ? pick(rand, ['Et vous, qu’en pensez-vous ? Dites-le-nous en commentaire 👇', 'Votez en story et partagez vos photos avec nous !', 'Identifiez un ami qui adorerait ça.']) : '',
      '#' + pick(rand, TAGS_FR).replace(/[\s-]/g, '') + ' #' + pick(rand, TAGS_FR).replace(/[\s-]/g, ''),
    ];
    return { title, caption: body.filter(Boolean).join(' ') };
  }
  const title =
    intent === 'promotional'
      ? pick(rand, [`Special offer: ${topic}`, `${pct}% off ${topic}`, `New in: ${topic}`])
      : invites
        ? pick(rand, [`What about ${topic}?`, `Your take on ${topic}`, `Poll: ${topic}`])
        : pick(rand, [`All about ${topic}`, `Behind the scenes: ${topic}`, `Three tips for ${topic}`, `The story of ${topic}`]);
  const body = [
    pick(rand, ['Hello everyone!', 'New week, new ideas.', 'Take a look behind the scenes.', 'A quick reminder for today:']),
    `Today we talk about ${topic}: what we love, what we learned and what is coming next.`,
    pick(rand, ['Thank you for your support, you are amazing.', 'The whole team pitched in.', 'We tried, tried again, and here it is.', 'A story that started ten years ago.']),
    intent === 'promotional' ? `Get ${pct}% off with code ${code}, this week only. Shop now, link in bio!` : '',
    invites ? pick(rand, ['What do you think? Tell us in the comments 👇', 'Vote in our story and share your photos with us!', 'Tag a friend who would love this.']) : '',
    '#' + pick(rand, TAGS_EN).replace(/[\s-]/g, '') + ' #' + pick(rand, TAGS_EN).replace(/[\s-]/g, ''),
  ];
  return { title, caption: body.filter(Boolean).join(' ') };
};

const statusFor = (rand: Rand, date: Day, reference: Day): Status => {
  if (date < reference) return rand() < 0.97 ? 'published' : 'scheduled';
  const ahead = addDays(reference, 21);
  if (date < ahead) return pick(rand, ['scheduled', 'scheduled', 'ready', 'draft'] as const);
  return pick(rand, ['draft', 'draft', 'idea', 'ready'] as const);
};

// ---------------------------------------------------------------------------------------------------
// The agency.

export type AgencyOptions = {
  clients: number;
  channelsPerClient: number;
  /** First day with posts. */
  from: Day;
  days: number;
  ideasPerClient: number;
  seed: number;
  /** "Today" for statuses: past posts are published, near ones scheduled, far ones drafts. */
  reference: Day;
};

/** The issue's agency: 40 clients × 3 channels × 730 days + 2,400 ideas = 90,000 posts. */
export const AGENCY: AgencyOptions = {
  clients: 40,
  channelsPerClient: 3,
  from: '2025-12-01',
  days: 730,
  ideasPerClient: 60,
  seed: 20261124,
  reference: '2026-11-24',
};

export type Dataset = { clients: Client[]; posts: Post[] };

const STAMP = '2025-11-01T09:00:00.000Z';

export const agencyClients = (options: AgencyOptions): Client[] => {
  const rand = prng(options.seed);
  return Array.from({ length: options.clients }, (_, i): Client => {
    const business = BUSINESSES[i % BUSINESSES.length]!;
    const language: Lang = i % 2 === 0 ? 'fr' : 'en';
    const name = `${NAMES[i % NAMES.length]} ${language === 'fr' ? business.fr : business.en}${i >= NAMES.length ? ` ${Math.floor(i / NAMES.length) + 1}` : ''}`;
    const channels = CHANNEL_SETS[i % CHANNEL_SETS.length]!.slice(0, options.channelsPerClient);
    return {
      id: uuid(rand),
      name,
      color: COLORS[i % COLORS.length]!,
      channels: [...channels],
      timeZone: ZONES[i % ZONES.length]!,
      weekStartsOn: (i % 5 === 4 ? 0 : 1) as WeekStart,
      language,
      archived: false,
      createdAt: STAMP,
      updatedAt: STAMP,
    };
  });
};

/**
 * Calls `emit` for every post of client `index`, in date order then ideas. Streaming keeps the page's
 * memory flat while it seeds 90,000 rows.
 */
export const forEachClientPost = (options: AgencyOptions, clients: readonly Client[], index: number, emit: (post: Post) => void): void => {
  const client = clients[index]!;
  const rand = prng(options.seed * 31 + index + 1);
  const business = BUSINESSES[index % BUSINESSES.length]!;
  const lang = client.language as Lang;
  const topics: readonly string[] = lang === 'fr' ? business.topicsFr : business.topics;
  const tags = lang === 'fr' ? TAGS_FR : TAGS_EN;
  const slots = client.channels.map((_, c) => SLOTS[(index + c * 3) % SLOTS.length]!);
  const make = (date: Day | null, channel: Channel, time: string | null, status: Status): Post => {
    const format = pick(rand, FORMAT_LIST);
    const info = FORMATS[format];
    const roll = rand();
    const intent: Intent = roll < 0.2 ? 'promotional' : roll < 0.3 ? 'conversational' : 'informative';
    const invites = info.invitesByNature || intent === 'conversational' || rand() < 0.12;
    const tone: Tone = rand() < 0.8 ? info.defaultTone : info.defaultTone === 'serious' ? 'playful' : 'serious';
    const { title, caption } = captionOf(rand, lang, pick(rand, topics), intent, invites);
    const tagCount = Math.floor(rand() * 4);
    const postTags = [...new Set(Array.from({ length: tagCount }, () => pick(rand, tags)))];
    const created = date ? `${addDays(date < options.reference ? date : options.reference, -14)}T08:00:00.000Z` : STAMP;
    return {
      id: uuid(rand),
      clientId: client.id,
      title,
      caption,
      date,
      time,
      channel,
      format,
      tone,
      intent,
      invitesParticipation: invites,
      intentSource: rand() < 0.85 ? 'auto' : 'user',
      participationSource: rand() < 0.85 ? 'auto' : 'user',
      status,
      tags: postTags,
      series: null,
      order: null,
      pillar: null,
      evergreen: null,
      notes: rand() < 0.1 ? (lang === 'fr' ? 'Valider le visuel avec le client.' : 'Check the visual with the client.') : '',
      createdAt: created,
      updatedAt: created,
    };
  };
  for (let d = 0; d < options.days; d++) {
    const date = addDays(options.from, d);
    for (const [c, channel] of client.channels.entries()) {
      // Most posts keep their channel's slot; some move by a quarter hour; a few have no time.
      const r = rand();
      const time = r < 0.08 ? null : r < 0.3 ? SLOTS[Math.floor(rand() * SLOTS.length)]! : slots[c]!;
      emit(make(date, channel, time, statusFor(rand, date, options.reference)));
    }
  }
  const keys = generateNKeysBetween(null, null, options.ideasPerClient);
  for (let i = 0; i < options.ideasPerClient; i++) {
    const post = make(null, pick(rand, client.channels), null, 'idea');
    emit({ ...post, order: keys[i]! });
  }
};

export const generateAgency = (options: AgencyOptions = AGENCY): Dataset => {
  const clients = agencyClients(options);
  const posts: Post[] = [];
  for (let i = 0; i < clients.length; i++) forEachClientPost(options, clients, i, (post) => posts.push(post));
  return { clients, posts };
};

/** Posts per client per month of the agency (dated ones): every day has one post per channel. */
export const agencyMonthCount = (options: AgencyOptions, month: Month): number => {
  let days = 0;
  const last = addDays(options.from, options.days - 1);
  for (let d = 1; d <= daysInMonth(month); d++) {
    const day = `${month}-${pad(d)}`;
    if (day >= options.from && day <= last) days += 1;
  }
  return days * options.channelsPerClient;
};

// ---------------------------------------------------------------------------------------------------
// Dense months: the same posts for Cadence and its peers.

/** The months that hold N posts (and N the month after, for the month switch). */
export const DENSE_MONTH: Month = '2026-06';
export const DENSITIES = [200, 1000, 3000] as const;

export const denseClient = (n: number, seed = 99): Client => {
  const rand = prng(seed * 7919 + n);
  return {
    id: uuid(rand),
    name: `Density ${n}`,
    color: COLORS[n % COLORS.length]!,
    channels: ['instagram', 'facebook', 'linkedin'],
    timeZone: 'Europe/Paris',
    weekStartsOn: 1,
    language: 'en',
    archived: false,
    createdAt: STAMP,
    updatedAt: STAMP,
  };
};

export const LABELS = ['Launch', 'Recipe', 'Team', 'Event', 'Tips', 'Promo', 'Story', 'Poll'] as const;

/**
 * N posts in `month` for the dense client: a random day, a start between 07:00 and 18:45, a title of
 * 25 characters, one of 8 labels (its tag; the peers colour by it).
 */
export const densePosts = (client: Client, n: number, month: Month, seed = 1): Post[] => {
  const rand = prng(seed * 104729 + n * 13 + Number(month.replace('-', '')));
  const days = daysInMonth(month);
  const channels = client.channels;
  const out: Post[] = [];
  for (let i = 0; i < n; i++) {
    const day = `${month}-${pad(1 + Math.floor(rand() * days))}`;
    const minutes = 7 * 60 + 15 * Math.floor(rand() * 48);
    const time = `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
    const label = pick(rand, LABELS);
    const format = pick(rand, FORMAT_LIST);
    const title = `${label} post ${i + 1} of the month`.padEnd(25, '.').slice(0, 25);
    out.push({
      id: uuid(rand),
      clientId: client.id,
      title,
      caption: '',
      date: day,
      time,
      channel: pick(rand, channels),
      format,
      tone: FORMATS[format].defaultTone,
      intent: rand() < 0.2 ? 'promotional' : 'informative',
      invitesParticipation: FORMATS[format].invitesByNature,
      intentSource: 'user',
      participationSource: 'user',
      status: 'scheduled',
      tags: [label.toLowerCase()],
      series: null,
      order: null,
      pillar: null,
      evergreen: null,
      notes: '',
      createdAt: STAMP,
      updatedAt: STAMP,
    });
  }
  return out;
};

/** Every dense client with its posts: N in DENSE_MONTH and N in the month after. */
export const denseDataset = (densities: readonly number[] = DENSITIES, month: Month = DENSE_MONTH): Dataset => {
  const clients: Client[] = [];
  const posts: Post[] = [];
  for (const n of densities) {
    const client = denseClient(n);
    clients.push(client);
    posts.push(...densePosts(client, n, month), ...densePosts(client, n, addMonths(month, 1)));
  }
  return { clients, posts };
};

/** 'June 2026', as the app (date-fns 'LLLL yyyy', English) and the peers title a month. */
export const monthTitle = (month: Month): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 15)));
};

// ---------------------------------------------------------------------------------------------------
// A dense month with thumbnails (issue 18): the posts of "Density N" again, each with a picture.

export const THUMB_DENSITY = 1000;

export const mediaDenseClient = (n: number): Client => ({ ...denseClient(n, 101), name: `Thumbnails ${n}` });

/** A 64-hex content hash for the i-th picture (seeded rows are keyed by it; nothing re-hashes them). */
export const benchMediaHash = (i: number): string => `be${i.toString(16).padStart(62, '0')}`;

/**
 * The same posts as "Density N" (same days, times, titles, formats) under another client and other ids,
 * each with its own picture (one alt text in four left empty, a carousel of 3 every fifth post), so the
 * month with thumbnails is measured against the same month without them.
 */
export const mediaDensePosts = (n: number, month: Month): Post[] => {
  const client = mediaDenseClient(n);
  return densePosts(denseClient(n), n, month).map((post, i) => {
    const first = (Number(month.replace('-', '')) % 100) * 10_000 + i * 3;
    const count = i % 5 === 0 ? 3 : 1;
    return {
      ...post,
      // Another id: the first hex digit moved on by one (these posts sit beside Density N's).
      id: `${((parseInt(post.id[0]!, 16) + 1) % 16).toString(16)}${post.id.slice(1)}`,
      clientId: client.id,
      media: Array.from({ length: count }, (_, k) => ({ hash: benchMediaHash(first + k), name: `photo-${i + 1}-${k + 1}.jpg`, kind: 'jpeg' as const, size: 2_400_000, alt: i % 4 === 0 ? '' : `Picture ${i + 1}` })),
    };
  });
};
