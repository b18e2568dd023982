import { createHash } from 'node:crypto';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { Post } from '../../../shared/model/post';
import type { CadenceDb } from '../../../renderer/db/database';
import { DbProvider } from '../../../renderer/db/hooks';
import { HistoryProvider } from '../../../renderer/features/history/History';
import { ToastProvider } from '../../../renderer/features/toasts/Toasts';
import { MediaDecoderContext } from '../../../renderer/features/media/decoderContext';
import type { MediaDecoder } from '../../../renderer/features/media/prepareMedia';

export const basePost = (over: Partial<Post> = {}): Post => ({
  id: 'p1',
  clientId: 'c1',
  title: 'Launch teaser',
  caption: '',
  date: '2026-11-26',
  time: '09:00',
  channel: 'instagram',
  format: 'carousel',
  tone: 'serious',
  intent: 'informative',
  invitesParticipation: false,
  intentSource: 'user',
  participationSource: 'user',
  status: 'draft',
  tags: [],
  order: null,
  pillar: null,
  evergreen: null,
  series: null,
  notes: '',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  ...over,
});

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Bytes that sniff as a PNG, made different by `body`; the fake decoder refuses them if body says CORRUPT. */
export const pngBytes = (body: string): Uint8Array => new Uint8Array([...PNG_SIGNATURE, ...new TextEncoder().encode(`IHDR${body}`)]);
export const fileOf = (bytes: Uint8Array, name: string, type = ''): File => new File([bytes as BlobPart], name, { type });
export const pngFile = (name: string, body = name): File => fileOf(pngBytes(body), name, 'image/png');
/** An ISO-BMFF header with the HEIC brand. */
export const heicFile = (name: string): File => fileOf(new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode('ftypheic'), 0, 0, 0, 0, 1, 2, 3, 4]), name, 'image/heic');
export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A card-sized preview as the thumbnailer makes it (a data URL). */
export const FAKE_MINI = 'data:image/webp;base64,UklGRhAAAABXRUJQ';

/** A decoder as Chromium behaves: pictures decode unless damaged, HEIC never does, videos give a frame. */
export const fakeDecoder = (): MediaDecoder & { decoded: string[] } => {
  const decoded: string[] = [];
  return {
    decoded,
    image: async (blob, kind) => {
      const text = new TextDecoder().decode(await blob.arrayBuffer());
      decoded.push(kind);
      if (kind === 'heic' || text.includes('CORRUPT')) throw new Error('The source image cannot be decoded.');
      return { thumb: new Blob(['thumb'], { type: 'image/webp' }), width: 1080, height: 1350, mini: FAKE_MINI };
    },
    video: async () => ({ thumb: new Blob(['frame'], { type: 'image/webp' }), width: 1920, height: 1080 }),
  };
};

export const MediaHarness = ({ db, i18n, decoder, children }: { db: CadenceDb; i18n: I18n; decoder: MediaDecoder; children: ReactNode }) => (
  <I18nextProvider i18n={i18n}>
    <DbProvider db={db}>
      <ToastProvider>
        <HistoryProvider>
          <MediaDecoderContext.Provider value={decoder}>{children}</MediaDecoderContext.Provider>
        </HistoryProvider>
      </ToastProvider>
    </DbProvider>
  </I18nextProvider>
);
