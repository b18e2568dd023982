import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { format, startOfWeek } from 'date-fns';
import { Check, RotateCcw, Sparkles, X } from 'lucide-react';
import { dayToDate, dateToDay, type Day } from '../../../shared/dates';
import type { Client } from '../../../shared/model/client';
import { resolvePillars } from '../../../shared/model/pillars';
import type { Post } from '../../../shared/model/post';
import type { ResultSnapshot } from '../../../shared/model/results';
import { resolveRhythm } from '../../../shared/model/rhythm';
import type { Proposal } from '../../../shared/planner/types';
import { dateLocale } from '../../i18n/i18n';
import { ChannelBadge, FormatGlyph } from '../../ui/icons';
import { useHistory } from '../history/History';
import { useToast } from '../toasts/Toasts';
import { useStorageErrors } from '../toasts/useStorageErrors';
import { acceptChange, runPlanner, type PlanSession } from './usePlanSession';
import './plan.css';

type Props = {
  client: Client;
  /** Every post of the client, live (the planner reads them when asked; acceptance is read from them). */
  posts: readonly Post[];
  snapshots: readonly ResultSnapshot[];
  today: Day;
  /** The range offered first: the month shown, from today when it is this month. */
  defaultFrom: Day;
  defaultTo: Day;
  session: PlanSession | null;
  pending: readonly Proposal[];
  onSession: (session: PlanSession | null) => void;
  onReject: (ids: readonly string[]) => void;
  onRestore: (ids: readonly string[]) => void;
  /** A proposal picked on the calendar: focused here. */
  selected: string | null;
  onGoTo: (day: Day) => void;
  onEditClient: () => void;
  onClose: () => void;
};

/**
 * "Plan this month": asks the planner for posts in the rhythm's empty slots, shows them as ghost
 * cards (see PlanContext) and here, week by week, to accept (one undo step) or reject.
 */
export const PlanPanel = (props: Props) => {
  const { client, posts, snapshots, today, session, pending, onSession, onReject, onRestore, selected, onGoTo } = props;
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const locale = dateLocale(i18n.language);
  const history = useHistory();
  const toast = useToast();
  const reportError = useStorageErrors();
  const [from, setFrom] = useState(session?.from ?? props.defaultFrom);
  const [to, setTo] = useState(session?.to ?? props.defaultTo);
  const [rangeError, setRangeError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const rows = useRef(new Map<string, HTMLLIElement>());
  const hasRhythm = resolveRhythm(client.rhythm).length > 0;
  const pillars = useMemo(() => new Map(resolvePillars(client.pillars).map((p) => [p.id, p])), [client.pillars]);

  useEffect(() => {
    if (!selected) return;
    const row = rows.current.get(selected);
    row?.scrollIntoView({ block: 'nearest' });
    row?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [selected]);

  const propose = async (seed: number) => {
    if (!from || !to || from > to) {
      setRangeError(t('plan.rangeInvalid'));
      return;
    }
    setRangeError(null);
    setBusy(true);
    try {
      const result = await runPlanner({ client, posts, snapshots, today }, from, to, seed);
      onSession({ from, to, seed, result, rejected: new Set() });
      const first = result.proposals[0];
      if (first) onGoTo(first.date);
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  const accept = async (chosen: readonly Proposal[]) => {
    if (chosen.length === 0) return;
    try {
      const label = t('plan.accepted', { count: chosen.length });
      const applied = await history.commit(acceptChange(chosen, client, posts), label);
      toast.show({ message: label, action: { label: t('editor.undo'), run: () => void history.undoIfLatest(applied) } });
    } catch (error) {
      reportError(error);
    }
  };

  const weeks = useMemo(() => {
    const out = new Map<Day, Proposal[]>();
    for (const p of pending) {
      const week = dateToDay(startOfWeek(dayToDate(p.date), { weekStartsOn: client.weekStartsOn }));
      out.set(week, [...(out.get(week) ?? []), p]);
    }
    return [...out.entries()];
  }, [pending, client.weekStartsOn]);

  const result = session?.result;
  const accepted = result ? result.proposals.filter((p) => posts.some((q) => q.id === p.id)).length : 0;
  const rejected = session ? [...session.rejected] : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void propose(session && session.from === from && session.to === to ? session.seed + 1 : 1);
  };

  return (
    <aside className="plan" aria-labelledby="plan-heading">
      <header className="backlog-head">
        <Sparkles size={16} aria-hidden="true" />
        <h2 id="plan-heading">{t('plan.title')}</h2>
        <span className="backlog-count" />
        <button type="button" className="icon-button" aria-label={t('plan.close')} title={t('plan.close')} onClick={props.onClose}>
          <X size={16} aria-hidden="true" />
        </button>
      </header>
      {!hasRhythm ? (
        <div className="plan-empty">
          <p>{t('plan.noRhythm')}</p>
          <button type="button" className="button" onClick={props.onEditClient}>
            {t('plan.setRhythm')}
          </button>
        </div>
      ) : (
        <form className="plan-range" onSubmit={submit} noValidate>
          <label>
            <span>{t('plan.from')}</span>
            <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} aria-invalid={rangeError !== null} />
          </label>
          <label>
            <span>{t('plan.to')}</span>
            <input type="date" value={to} onChange={(e) => setTo(e.target.value)} aria-invalid={rangeError !== null} />
          </label>
          {rangeError && (
            <p className="field-error" role="alert">
              {rangeError}
            </p>
          )}
          <button type="submit" className="primary-button" disabled={busy}>
            {session ? t('plan.again') : t('plan.propose')}
          </button>
        </form>
      )}
      {result && (
        <div className="plan-result">
          <p className="plan-summary" role="status">
            {result.summary.text[lang]}
            {accepted > 0 && <span className="plan-accepted"> {t('plan.acceptedCount', { count: accepted })}</span>}
          </p>
          {result.unmet.length > 0 && (
            <ul className="plan-unmet" aria-label={t('plan.unmetLabel')}>
              {result.unmet.map((u, i) => (
                <li key={`${u.ruleId}-${i}`}>{u.reason[lang]}</li>
              ))}
            </ul>
          )}
          {result.learned.length > 0 && (
            <details className="plan-learned">
              <summary>{t('plan.learned')}</summary>
              <ul>
                {result.learned.map((l, i) => (
                  <li key={i}>{l[lang]}</li>
                ))}
              </ul>
            </details>
          )}
          {pending.length > 0 && (
            <div className="plan-actions">
              <button type="button" className="primary-button" onClick={() => void accept(pending)}>
                <Check size={15} aria-hidden="true" /> {t('plan.acceptAll', { count: pending.length })}
              </button>
              <button type="button" className="button" onClick={() => onReject(pending.map((p) => p.id))}>
                {t('plan.rejectAll')}
              </button>
            </div>
          )}
          <ol className="plan-weeks">
            {weeks.map(([week, list]) => {
              const weekLabel = t('plan.week', { date: format(dayToDate(week), 'd MMM', { locale }) });
              return (
                <li key={week} className="plan-week">
                  <div className="plan-week-head">
                    <h3>{weekLabel}</h3>
                    <button type="button" className="ghost-button" onClick={() => void accept(list)} aria-label={t('plan.acceptWeekLabel', { week: weekLabel, count: list.length })}>
                      <Check size={14} aria-hidden="true" /> {t('plan.acceptWeek', { count: list.length })}
                    </button>
                  </div>
                  <ul className="plan-list">
                    {list.map((p) => {
                      const pillar = p.pillar ? pillars.get(p.pillar) : undefined;
                      const when = format(dayToDate(p.date), 'EEE d', { locale });
                      return (
                        <li
                          key={p.id}
                          ref={(el) => {
                            if (el) rows.current.set(p.id, el);
                            else rows.current.delete(p.id);
                          }}
                          className={`plan-item tone-${p.tone} ${selected === p.id ? 'plan-item-selected' : ''}`}
                          data-proposal-id={p.id}
                        >
                          <button type="button" className="plan-item-main" onClick={() => onGoTo(p.date)} title={p.why?.[lang] ?? p.caption}>
                            <span className="plan-when">
                              {when} · {p.time} <ChannelBadge channel={p.channel} />
                            </span>
                            <span className="plan-title">
                              <FormatGlyph format={p.format} size={13} /> {p.title}
                            </span>
                            <span className="plan-tags">
                              {t(`format.${p.format}`)} · {t(`tone.${p.tone}`)} · {t(`intent.${p.intent}`)}
                              {p.invitesParticipation ? ` · ${t('plan.invites')}` : ''}
                              {pillar && (
                                <>
                                  {' · '}
                                  <span className="plan-pillar" style={{ borderColor: pillar.color }}>
                                    {pillar.name}
                                  </span>
                                </>
                              )}
                            </span>
                            {p.occasion && <span className="plan-why">{p.occasion.name}</span>}
                            {p.why && <span className="plan-why">{p.why[lang]}</span>}
                          </button>
                          <span className="plan-item-actions">
                            <button type="button" className="icon-button" aria-label={t('plan.acceptOne', { title: p.title })} title={t('plan.acceptOne', { title: p.title })} onClick={() => void accept([p])}>
                              <Check size={15} aria-hidden="true" />
                            </button>
                            <button type="button" className="icon-button" aria-label={t('plan.rejectOne', { title: p.title })} title={t('plan.rejectOne', { title: p.title })} onClick={() => onReject([p.id])}>
                              <X size={15} aria-hidden="true" />
                            </button>
                          </span>
                        </li>
                      );
                    })}
                  </ul>
                </li>
              );
            })}
          </ol>
          {pending.length === 0 && result.proposals.length > 0 && <p className="backlog-empty">{t('plan.allDone')}</p>}
          {result.proposals.length === 0 && <p className="backlog-empty">{t('plan.nothing')}</p>}
          {rejected.length > 0 && (
            <button type="button" className="ghost-button" onClick={() => onRestore(rejected)}>
              <RotateCcw size={14} aria-hidden="true" /> {t('plan.restore', { count: rejected.length })}
            </button>
          )}
        </div>
      )}
    </aside>
  );
};
