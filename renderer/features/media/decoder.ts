/**
 * The platform's decoder for prepareFiles: pictures are decoded and shrunk in a Web Worker
 * (thumbWorker.ts); a video's first frame is taken on the page, through a <video> element, because a
 * worker cannot decode video without a demuxer of its own (WebCodecs needs the frames already split
 * out of the MP4/MOV/WebM container), then handed to the same worker to be shrunk.
 * Tests in jsdom (no Worker, no createImageBitmap, no video decoding) inject their own decoder.
 */
import type { MediaDecoder, Preview } from './prepareMedia';
import type { ThumbReply, ThumbRequest, ThumbResult } from './thumbnail';

// A video that has not shown its first frame by then is taken without a preview.
const VIDEO_FRAME_MS = 10_000;
// Just after the start: the very first frame of many phone videos is black.
const FRAME_AT_SECONDS = 0.1;

let worker: Worker | null = null;
let nextId = 1;
type Waiting = { source: Blob | ImageBitmap; resolve: (result: ThumbResult) => void; reject: (error: unknown) => void };
const waiting = new Map<number, Waiting>();
let workerBroken = false;

// Slower for the page, but the same work: only where the worker cannot run.
const onThePage = async (source: Blob | ImageBitmap): Promise<ThumbResult> => {
  const { makeThumbnail } = await import('./thumbnail');
  return makeThumbnail(source);
};

const startWorker = (): Worker | null => {
  if (worker) return worker;
  if (typeof Worker === 'undefined') return null;
  try {
    worker = new Worker(new URL('./thumbWorker.ts', import.meta.url), { type: 'module', name: 'cadence-thumbnails' });
  } catch {
    return null;
  }
  worker.addEventListener('message', (event: MessageEvent<ThumbReply>) => {
    const message = event.data;
    const entry = waiting.get(message.id);
    if (!entry) return;
    waiting.delete(message.id);
    if (message.ok) entry.resolve(message.result);
    else entry.reject(new Error(message.message));
  });
  worker.addEventListener('error', () => {
    // The worker could not start (a policy refusing its script): its requests, and the next ones, run
    // on the page, so a good picture is never refused as corrupt because the worker failed.
    for (const entry of waiting.values()) onThePage(entry.source).then(entry.resolve, entry.reject);
    waiting.clear();
    worker?.terminate();
    worker = null;
    workerBroken = true;
  });
  return worker;
};

const inWorker = async (source: Blob | ImageBitmap): Promise<ThumbResult> => {
  const running = workerBroken ? null : startWorker();
  if (!running) return onThePage(source);
  return new Promise((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, { source, resolve, reject });
    const request: ThumbRequest = { id, source };
    // A Blob is passed by reference (no copy); a frame's bitmap is moved, not copied.
    running.postMessage(request, source instanceof Blob ? [] : [source]);
  });
};

/** The first frame (at 0.1 s) of a video as a bitmap, or null when this platform cannot play it. */
const firstFrame = (blob: Blob): Promise<ImageBitmap | null> =>
  new Promise((resolve) => {
    const url = URL.createObjectURL(blob);
    const video = document.createElement('video');
    video.muted = true;
    video.playsInline = true;
    video.preload = 'auto';
    let settled = false;
    const done = (frame: ImageBitmap | null) => {
      if (settled) return;
      settled = true;
      window.clearTimeout(timer);
      video.removeAttribute('src');
      video.load();
      URL.revokeObjectURL(url);
      resolve(frame);
    };
    const timer = window.setTimeout(() => done(null), VIDEO_FRAME_MS);
    video.addEventListener('error', () => done(null));
    video.addEventListener('loadedmetadata', () => {
      video.currentTime = Number.isFinite(video.duration) ? Math.min(FRAME_AT_SECONDS, video.duration / 2) : FRAME_AT_SECONDS;
    });
    video.addEventListener('seeked', () => {
      if (video.videoWidth === 0) return done(null);
      // Drawn into a bitmap (a canvas of the frame) that can be moved to the worker without a copy.
      createImageBitmap(video).then(done, () => done(null));
    });
    video.src = url;
  });

const NO_PREVIEW: Preview = { thumb: null, width: null, height: null };

export const browserDecoder: MediaDecoder = {
  image: (blob) => inWorker(blob),
  video: async (blob) => {
    const frame = typeof document === 'undefined' ? null : await firstFrame(blob);
    if (!frame) return NO_PREVIEW;
    try {
      return await inWorker(frame);
    } catch {
      return NO_PREVIEW;
    }
  },
};
