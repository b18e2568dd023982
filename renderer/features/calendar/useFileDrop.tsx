import { createContext, useContext, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type ReactNode } from 'react';
import type { Post } from '../../../shared/model/post';
import { useAttachFiles } from '../media/attach';
import { carriesFiles } from '../media/useAddFiles';

type Attach = (post: Post, files: readonly File[]) => Promise<void>;

/**
 * Files dropped on a card attach to its post (issue 18). One attach function for all the view's cards,
 * given by CardsProvider: a hook per card (history, toasts, database, decoder) would cost a month of
 * 1,000 cards their render time (PERF). No provider, or a read-only view: cards take no files.
 *
 * TRAP: these are the browser's native drag events, which only files (and text) dragged from outside
 * raise; dragging a card is @dnd-kit's pointer events, so the two never meet. A drop handled here is
 * marked (preventDefault) so the window's drop (useAnswersDrop) leaves it alone.
 */
const AttachContext = createContext<Attach | null>(null);

/**
 * Whether cards show their first picture: the comfortable month and the week do; the compact month,
 * the backlog and the other lists of cards do not (no room), so the default is off.
 */
export const CardThumbsContext = createContext(false);

/** The view's cards: whether they show thumbnails, and whether they take dropped files. */
export const CardsProvider = ({ thumbs, acceptFiles, children }: { thumbs: boolean; acceptFiles: boolean; children: ReactNode }) => {
  const attach = useAttachFiles();
  return (
    <CardThumbsContext.Provider value={thumbs}>
      <AttachContext.Provider value={acceptFiles ? attach : null}>{children}</AttachContext.Provider>
    </CardThumbsContext.Provider>
  );
};

/**
 * The card's drop handlers and whether files hover over it. `post` reads the card's latest post.
 * dragenter/dragleave fire for each child crossed, so a depth count tells when the files left the card.
 */
export const useFileDrop = (post: () => Post) => {
  const attach = useContext(AttachContext);
  const [over, setOver] = useState(false);
  const depth = useRef(0);
  const latest = useRef({ attach, post });
  useLayoutEffect(() => {
    latest.current = { attach, post };
  });
  const handlers = useMemo(
    () => ({
      onDragEnter: (event: DragEvent<HTMLElement>) => {
        if (!latest.current.attach || !carriesFiles(event.dataTransfer)) return;
        event.preventDefault();
        depth.current += 1;
        setOver(true);
      },
      onDragOver: (event: DragEvent<HTMLElement>) => {
        if (!latest.current.attach || !carriesFiles(event.dataTransfer)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      },
      onDragLeave: (event: DragEvent<HTMLElement>) => {
        if (!latest.current.attach || !carriesFiles(event.dataTransfer)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      },
      onDrop: (event: DragEvent<HTMLElement>) => {
        const { attach: current, post: read } = latest.current;
        if (!current || !carriesFiles(event.dataTransfer)) return;
        event.preventDefault();
        event.stopPropagation();
        depth.current = 0;
        setOver(false);
        void current(read(), [...event.dataTransfer.files]);
      },
    }),
    [],
  );
  return { over, handlers };
};
