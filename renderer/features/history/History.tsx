import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/hooks';
import { applyPostChange, redoPostChange, undoPostChange, type AppliedChange, type PostChange } from '../../db/changes';
import { ConflictError } from '../../db/conflicts';
import { UpgradeBanner } from '../toasts/UpgradeBanner';
import { useToast } from '../toasts/Toasts';
import { useStorageErrors } from '../toasts/useStorageErrors';

type Entry = { label: string; applied: AppliedChange };

export type HistoryApi = {
  /** Applies a change in one transaction and records it for undo. Rejects (and records nothing) on failure. */
  commit: (change: PostChange, label: string, options?: { validated?: boolean }) => Promise<AppliedChange>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  /** Undoes `applied` only if it is still the latest change (as from an Undo button in a toast). */
  undoIfLatest: (applied: AppliedChange) => Promise<boolean>;
  /** Forgets every step: after a backup is restored, older steps would write over the restored data. */
  clear: () => void;
  canUndo: boolean;
  canRedo: boolean;
};

// The issue asks for at least 100 steps; entries are small (the rows touched), so keep more.
const MAX_STEPS = 250;

const HistoryContext = createContext<HistoryApi | null>(null);

const isTextField = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
  return false;
};

export const HistoryProvider = ({ children }: { children: ReactNode }) => {
  const db = useDb();
  const { t } = useTranslation();
  const toast = useToast();
  const reportError = useStorageErrors();
  const undoStack = useRef<Entry[]>([]);
  const redoStack = useRef<Entry[]>([]);
  // The stacks live in refs (async callbacks need the latest); their sizes are state, for rendering.
  const [sizes, setSizes] = useState({ undo: 0, redo: 0 });
  const bump = () => setSizes({ undo: undoStack.current.length, redo: redoStack.current.length });

  const commit = useCallback(
    async (change: PostChange, label: string, options?: { validated?: boolean }) => {
      const applied = await applyPostChange(db, change, options);
      undoStack.current = [...undoStack.current.slice(-(MAX_STEPS - 1)), { label, applied }];
      redoStack.current = [];
      bump();
      return applied;
    },
    [db],
  );

  /**
   * Undoes or redoes the top step of `from`, moving it to `to`. A step over a post another window
   * changed since is refused in its transaction (ConflictError): nothing is written, the user is told,
   * and the step is dropped (it could never apply again; older steps stay, each checked the same way).
   */
  const replay = useCallback(
    async (from: typeof undoStack, to: typeof undoStack, direction: 'undo' | 'redo') => {
      const entry = from.current.at(-1);
      if (!entry) return;
      try {
        await (direction === 'undo' ? undoPostChange : redoPostChange)(db, entry.applied);
        from.current = from.current.filter((e) => e !== entry);
        to.current = [...to.current, entry];
        bump();
        toast.show({ message: t(direction === 'undo' ? 'history.undone' : 'history.redone', { label: entry.label }) });
      } catch (error) {
        if (!(error instanceof ConflictError)) {
          reportError(error);
          return;
        }
        from.current = from.current.filter((e) => e !== entry);
        bump();
        toast.show({ message: t(direction === 'undo' ? 'history.undoConflict' : 'history.redoConflict', { label: entry.label }), tone: 'error' });
      }
    },
    [db, t, toast, reportError],
  );
  const undo = useCallback(() => replay(undoStack, redoStack, 'undo'), [replay]);
  const redo = useCallback(() => replay(redoStack, undoStack, 'redo'), [replay]);

  const undoIfLatest = useCallback(
    async (applied: AppliedChange) => {
      const entry = undoStack.current.at(-1);
      if (entry?.applied !== applied) {
        // A newer change came after this one (here, or undone and redone): undoing "the latest" would
        // undo that newer change instead, so nothing is undone and the user is told why.
        toast.show({ message: t('history.notLatest') });
        return false;
      }
      await undo();
      return true;
    },
    [undo, toast, t],
  );

  const clear = useCallback(() => {
    undoStack.current = [];
    redoStack.current = [];
    bump();
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const wantsRedo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      const wantsUndo = key === 'z' && !event.shiftKey;
      if (!wantsRedo && !wantsUndo) return;
      // Inside a text field, Ctrl+Z undoes typing, as everywhere else.
      if (isTextField(event.target)) return;
      event.preventDefault();
      void (wantsRedo ? redo() : undo());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  const api = useMemo<HistoryApi>(
    () => ({
      commit,
      undo,
      redo,
      undoIfLatest,
      clear,
      canUndo: sizes.undo > 0,
      canRedo: sizes.redo > 0,
    }),
    [commit, undo, redo, undoIfLatest, clear, sizes],
  );

  // Every write to posts goes through here: the banner saying writes stopped (another window upgraded
  // the database) sits with it.
  return (
    <HistoryContext.Provider value={api}>
      {children}
      <UpgradeBanner />
    </HistoryContext.Provider>
  );
};

export const useHistory = (): HistoryApi => {
  const api = useContext(HistoryContext);
  if (!api) throw new Error('useHistory needs a HistoryProvider above it');
  return api;
};
