import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayToDate } from '../../../shared/dates';
import { needsFutureConfirm, type WhenFields } from './futurePublish';
import './futurePublish.css';

type Asked = { key: string; when: WhenFields; back: HTMLElement | null; then?: () => void };
const keyOf = (w: { status: string; date: string | null; time: string | null }) => `${w.status}|${w.date ?? ''}|${w.time ?? ''}`;

export type FutureConfirm = {
  /**
   * True when saving `next` must wait for the user's yes: the question is then shown. `then` is what
   * the save was to do next (the leave prompt's errand), handed back to the retry on "yes".
   */
  asks: (next: WhenFields, then?: () => void) => boolean;
  /** What is asked about, while the form still says the same; null otherwise. */
  asked: Asked | null;
  /** The yes: the save that follows goes through once. `retry` is the editor's save. */
  confirm: (retry: (then?: () => void) => void) => void;
  /** The no: back to the field the user was in. */
  cancel: () => void;
};

/**
 * The editor's "mark published on a day still to come?" question (shown by FuturePublishQuestion).
 * `form` is what the fields say now (the question goes away as soon as the status, day or time is
 * changed); `stored` is the post as stored, null for a new one; `now` is read at each save.
 */
export const useFuturePublishConfirm = (
  form: { status: string; date: string; time: string },
  stored: WhenFields | null,
  timeZone: string | undefined,
  now: () => Date = () => new Date(),
): FutureConfirm => {
  const [asked, setAsked] = useState<Asked | null>(null);
  // The fields the user said yes for.
  const confirmed = useRef<string | null>(null);
  const current = keyOf({ status: form.status, date: form.date || null, time: form.time.trim() || null });
  return {
    asks: (next, then) => {
      if (confirmed.current === keyOf(next)) {
        confirmed.current = null;
        return false;
      }
      if (!timeZone || !needsFutureConfirm(next, stored, timeZone, now())) return false;
      const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setAsked({ key: current, when: next, back, ...(then ? { then } : {}) });
      return true;
    },
    asked: asked !== null && asked.key === current ? asked : null,
    confirm: (retry) => {
      if (!asked) return;
      confirmed.current = keyOf(asked.when);
      setAsked(null);
      retry(asked.then);
    },
    cancel: () => {
      const back = asked?.back;
      setAsked(null);
      back?.focus();
    },
  };
};

/** The question itself, just above the editor's footer, its "yes" focused. */
export const FuturePublishQuestion = ({ state, onRetry }: { state: FutureConfirm; onRetry: (then?: () => void) => void }) => {
  const { t, i18n } = useTranslation();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const open = state.asked !== null;
  useEffect(() => {
    if (open) confirmRef.current?.focus();
  }, [open]);
  const when = state.asked?.when;
  if (!when?.date) return null;
  const date = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(dayToDate(when.date));
  const text = t('futurePublish.question', { when: when.time ? t('futurePublish.dateAt', { date, time: when.time }) : date });
  return (
    <div className="future-confirm" role="alertdialog" aria-labelledby="future-confirm-text">
      <p id="future-confirm-text">{text}</p>
      <div className="future-confirm-actions">
        <button ref={confirmRef} type="button" className="primary-button" onClick={() => state.confirm(onRetry)}>
          {t('futurePublish.confirm')}
        </button>
        <button type="button" className="button" onClick={state.cancel}>
          {t('futurePublish.cancel')}
        </button>
      </div>
    </div>
  );
};
