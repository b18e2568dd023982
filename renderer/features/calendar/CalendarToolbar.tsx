import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronLeft, ChevronRight, Plus } from 'lucide-react';
import { dateLocale } from '../../i18n/i18n';
import { AGENDA_SPANS, VIEWS, periodTitle, type AgendaSpan, type CalendarView, type Period } from './periods';

type Props = {
  period: Period;
  agendaSpan: AgendaSpan;
  count: number;
  readOnly: boolean;
  onStep: (direction: -1 | 1) => void;
  onToday: () => void;
  onView: (view: CalendarView | 'insights' | 'grid') => void;
  /** The Insights screen is shown: only the view switch is left in the bar. */
  insights?: boolean;
  /** The Instagram grid preview is shown: no period to step through, but search and filters stay. */
  grid?: boolean;
  onAgendaSpan: (span: AgendaSpan) => void;
  onNewPost: () => void;
  /** Search and filters, placed at the end of the bar. */
  children?: ReactNode;
};

/** Navigation, the period's title, the view switch and the tools that apply to every view. */
export const CalendarToolbar = (props: Props) => {
  const { period, agendaSpan, count, readOnly, onStep, onToday, onView, onAgendaSpan, onNewPost, children, insights = false, grid = false } = props;
  const { t, i18n } = useTranslation();
  const title = periodTitle(period, dateLocale(i18n.language));
  return (
    <header className="toolbar">
      {!insights && !grid && (
      <>
      <div className="toolbar-nav">
        <button type="button" className="icon-button" aria-label={t(`nav.previous_${period.view}`)} title={t(`nav.previous_${period.view}`)} onClick={() => onStep(-1)}>
          <ChevronLeft size={18} aria-hidden="true" />
        </button>
        <button type="button" className="button" onClick={onToday}>
          {t('nav.today')}
        </button>
        <button type="button" className="icon-button" aria-label={t(`nav.next_${period.view}`)} title={t(`nav.next_${period.view}`)} onClick={() => onStep(1)}>
          <ChevronRight size={18} aria-hidden="true" />
        </button>
      </div>
      <div className="toolbar-title">
        <h1 className="month-title" aria-live="polite">
          {title}
        </h1>
        <span className="month-count">{t(`nav.count_${period.view}`, { count })}</span>
      </div>
      </>
      )}
      <div className="view-switch" role="radiogroup" aria-label={t('views.label')}>
        {[...VIEWS, 'grid' as const, 'insights' as const].map((view) => (
          <label key={view} className="segment">
            <input type="radio" name="view" value={view} checked={insights ? view === 'insights' : grid ? view === 'grid' : period.view === view} onChange={() => onView(view)} />
            <span>{t(`views.${view}`)}</span>
          </label>
        ))}
      </div>
      {!insights && !grid && period.view === 'agenda' && (
        <select className="span-select" aria-label={t('views.span')} value={agendaSpan} onChange={(e) => onAgendaSpan(Number(e.target.value) as AgendaSpan)}>
          {AGENDA_SPANS.map((span) => (
            <option key={span} value={span}>
              {t(`views.span_${span}`)}
            </option>
          ))}
        </select>
      )}
      <div className="toolbar-end">
        {!insights && children}
        {!readOnly && !insights && (
          <button type="button" className="primary-button" onClick={onNewPost} title={t('shortcuts.newPost')}>
            <Plus size={16} aria-hidden="true" /> {t('nav.newPost')}
          </button>
        )}
      </div>
    </header>
  );
};
