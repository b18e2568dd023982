import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { X } from 'lucide-react';
import './toasts.css';

export type ToastAction = { label: string; run: () => void | Promise<void> };
export type ToastInput = { message: string; tone?: 'info' | 'error'; action?: ToastAction };
type Toast = ToastInput & { id: number };

type ToastApi = { show: (toast: ToastInput) => void };

const ToastContext = createContext<ToastApi | null>(null);

// Long enough to read the message and reach Undo by keyboard; errors stay until dismissed.
const TOAST_MS = 8000;

/**
 * Short messages after an action, most with an Undo.
 *
 * TRAP (placement, toasts.css): toasts sit in the sidebar's column, just above its foot, never over
 * the calendar. Centred at the bottom they covered the last week's row for 8 s and took the clicks
 * meant for its days (the next post usually goes right there). The container lets clicks through;
 * only the toasts themselves take them.
 */
export const ToastProvider = ({ children }: { children: ReactNode }) => {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const show = useCallback((toast: ToastInput) => {
    const id = nextId.current++;
    // A new message replaces the last one unless that one is an error, which stays until dismissed.
    setToasts((list) => [...list.filter((t) => t.tone === 'error').slice(-2), { ...toast, id }]);
  }, []);
  const api = useMemo(() => ({ show }), [show]);
  const regionRef = useRef<HTMLDivElement>(null);
  // Above the sidebar's foot (data and language), measured when a toast shows: its height depends on
  // the language and the window. Without a sidebar (a start-up error), the CSS default applies.
  useLayoutEffect(() => {
    const foot = document.querySelector('.sidebar-foot');
    if (!foot || !toasts.length) return;
    regionRef.current?.style.setProperty('--toasts-bottom', `${Math.max(12, window.innerHeight - foot.getBoundingClientRect().top + 8)}px`);
  }, [toasts]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div ref={regionRef} className="toasts" role="region" aria-live="polite" aria-label="Notifications">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} onDismiss={dismiss} />
        ))}
      </div>
    </ToastContext.Provider>
  );
};

const ToastItem = ({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) => {
  const { t } = useTranslation();
  // A toast under the pointer or holding the focus stays: it must not vanish while its Undo is reached.
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const held = hovered || focused;
  useEffect(() => {
    if (toast.tone === 'error' || held) return undefined;
    const timer = window.setTimeout(() => onDismiss(toast.id), TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [toast, onDismiss, held]);

  return (
    <div
      className={`toast toast-${toast.tone ?? 'info'}`}
      role={toast.tone === 'error' ? 'alert' : 'status'}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
      }}
    >
      <span className="toast-message">{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="toast-action"
          onClick={() => {
            onDismiss(toast.id);
            void toast.action?.run();
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="icon-button" aria-label={t('month.close')} onClick={() => onDismiss(toast.id)}>
        <X size={16} aria-hidden="true" />
      </button>
    </div>
  );
};

export const useToast = (): ToastApi => {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast needs a ToastProvider above it');
  return api;
};
