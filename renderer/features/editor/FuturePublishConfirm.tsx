import { useEffect, useRef, useState, type ReactNode } from 'react';
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
  /** The question, while asked and the form still says the same; null otherwise. `retry` saves again (this render's save). */
  prompt: (retry: (then?: () => void) => void) => ReactNode;
};

/**
 * The editor's "mark published on a day still to come?" question. `form` is what the fields say now
 * (the question goes away as soon as the status, day or time is changed); `stored` is the post as
 * stored, null for a new one; `now` is read at each save.
 */
export const useFuturePublishConfirm = (
  form: { status: string; date: string; time: string },
  stored: WhenFields | null,
  timeZone: string | undefined,
  now: () => Date = () => new Date(),
): FutureConfirm => {
  const { t, i18n } = useTranslation();
  const [asked, setAsked] = useState<Asked | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  // The fields the user said yes for: the save that follows goes through once.
  const confirmed = useRef<string | null>(null);
  const current = keyOf({ status: form.status, date: form.date || null, time: form.time.trim() || null });
  const open = asked !== null && asked.key === current;
  useEffect(() => {
    if (open) confirmRef.current?.focus();
  }, [open]);

  const asks = (next: WhenFields, then?: () => void) => {
    if (confirmed.current === keyOf(next)) {
      confirmed.current = null;
      return false;
    }
    if (!timeZone || !needsFutureConfirm(next, stored, timeZone, now())) return false;
    const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Shown while the fields read as they do now: changing the status, day or time answers it too.
    setAsked({ key: current, when: next, back, ...(then ? { then } : {}) });
    return true;
  };

  const prompt = (retry: (then?: () => void) => void) => {
    if (!open || !asked.when.date) return null;
    const date = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(dayToDate(asked.when.date));
    const when = asked.when.time ? t('futurePublish.dateAt', { date, time: asked.when.time }) : date;
    return (
      <div className="future-confirm" role="alertdialog" aria-labelledby="future-confirm-text">
        <p id="future-confirm-text">{t('futurePublish.question', { when })}</p>
        <div className="future-confirm-actions">
          <button
            ref={confirmRef}
            type="button"
            className="primary-button"
            onClick={() => {
              confirmed.current = keyOf(asked.when);
              setAsked(null);
              retry(asked.then);
            }}
          >
            {t('futurePublish.confirm')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              const back = asked.back;
              setAsked(null);
              back?.focus();
            }}
          >
            {t('futurePublish.cancel')}
          </button>
        </div>
      </div>
    );
  };

  return { asks, prompt };
};
