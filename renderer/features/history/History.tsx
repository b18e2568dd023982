import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/hooks';
import { applyPostChange, redoPostChange, undoPostChange, type AppliedChange, type PostChange } from '../../db/changes';
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

  const undo = useCallback(async () => {
    const entry = undoStack.current.at(-1);
    if (!entry) return;
    try {
      await undoPostChange(db, entry.applied);
      undoStack.current = undoStack.current.slice(0, -1);
      redoStack.current = [...redoStack.current, entry];
      bump();
      toast.show({ message: t('history.undone', { label: entry.label }) });
    } catch (error) {
      reportError(error);
    }
  }, [db, t, toast, reportError]);

  const redo = useCallback(async () => {
    const entry = redoStack.current.at(-1);
    if (!entry) return;
    try {
      await redoPostChange(db, entry.applied);
      redoStack.current = redoStack.current.slice(0, -1);
      undoStack.current = [...undoStack.current, entry];
      bump();
      toast.show({ message: t('history.redone', { label: entry.label }) });
    } catch (error) {
      reportError(error);
    }
  }, [db, t, toast, reportError]);

  const undoIfLatest = useCallback(
    async (applied: AppliedChange) => {
      if (undoStack.current.at(-1)?.applied !== applied) return false;
      await undo();
      return true;
    },
    [undo],
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

  return <HistoryContext.Provider value={api}>{children}</HistoryContext.Provider>;
};

export const useHistory = (): HistoryApi => {
  const api = useContext(HistoryContext);
  if (!api) throw new Error('useHistory needs a HistoryProvider above it');
  return api;
};
