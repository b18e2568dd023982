import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import Papa from 'papaparse/papaparse.js';
import type { FileFilter } from '../../../shared/bridge/contract';
import { dayToDate } from '../../../shared/dates';
import {
  RESULTS_COLUMNS,
  matchResults,
  parseResultsCsv,
  type MatchPost,
  type ResultsCsv,
  type ResultsMapping,
} from '../../../shared/insights/resultsCsv';
import { engagementOf, SNAPSHOT_LABELS, type SnapshotLabel } from '../../../shared/model/results';
import type { Client } from '../../../shared/model/client';
import type { Channel } from '../../../shared/model/enums';
import type { DayOrder } from '../../../shared/serializers/csvCells';
import { detectDelimiter } from '../../../shared/serializers/csvImport';
import { detectText } from '../../../shared/serializers/textEncoding';
import { getBridge } from '../../bridge/bridge';
import { useDb } from '../../db/hooks';
import { allPosts } from '../../db/posts';
import { importSnapshots, snapshotsForPosts } from '../../db/results';
import { readSettings, writeSetting } from '../../db/settings';
import { Field } from '../../ui/Field';
import { useToast } from '../toasts/Toasts';
import { useStorageErrors } from '../toasts/useStorageErrors';
import { formatCount } from '../results/format';
import { instantOf, localInputValue } from '../results/resultsForm';
import { describeResultsError } from './importErrors';
import {
  SKIP,
  choicesFor,
  draftsFor,
  initialDecisions,
  initialMapping,
  mappingErrors,
  mappingToStore,
  reviewRows,
  reviewState,
  storedMapping,
  type Decision,
  type ReviewRow,
} from './importResults';

type Props = {
  client: Client;
  /** The channel chosen first (the Insights screen's filter, when it is one channel). */
  channel?: Channel;
  onClose: () => void;
  /** "Now", for the default time the numbers were read (tests pass a fixed one). */
  now?: () => Date;
};

type Loaded = { name: string; text: string; headers: string[]; sample: string[][] };
type Review = { parsed: ResultsCsv; rows: ReviewRow[]; posts: MatchPost[]; withResults: Set<string> };
type Step = { kind: 'choose' } | { kind: 'mapping'; file: Loaded } | { kind: 'review'; file: Loaded; review: Review };

const RESULTS_FILTERS: FileFilter[] = [{ name: 'CSV', extensions: ['csv', 'tsv', 'txt'] }];
const REPORT_LIMIT = 200;
const SAMPLE_ROWS = 2;

/** The header row and the first rows of a file, for the mapping screen's preview. */
const readHead = (text: string): { headers: string[]; sample: string[][] } => {
  const clean = text.replace(/^\ufeff/, '');
  const rows = Papa.parse(clean, { delimiter: detectDelimiter(clean), header: false, dynamicTyping: false, skipEmptyLines: false }).data.filter(
    (r) => r.some((c) => c.trim() !== ''),
  );
  return { headers: (rows[0] ?? []).map((h) => h.trim()), sample: rows.slice(1, 1 + SAMPLE_ROWS) };
};

/**
 * Importing a platform's results export, in steps: channel, reading and file → which column holds
 * what (guessed, remembered per channel) → the review of every row (problems with their line; rows
 * matched with how; rows to choose a post for; rows without a post, skipped unless one is picked).
 * Nothing is written before the last button, and then everything at once (importSnapshots: one
 * transaction); closing or cancelling at any step writes nothing.
 */
export const ImportResultsDialog = ({ client, channel: initialChannel, onClose, now = () => new Date() }: Props) => {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const toast = useToast();
  const reportError = useStorageErrors();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bridge = useMemo(() => getBridge(), []);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [channel, setChannel] = useState<Channel>(initialChannel ?? client.channels[0] ?? 'instagram');
  const [label, setLabel] = useState<SnapshotLabel>('custom');
  const [takenAt, setTakenAt] = useState(() => localInputValue(now()));
  const [mapping, setMapping] = useState<ResultsMapping>({});
  const [dayOrder, setDayOrder] = useState<DayOrder | 'auto'>('auto');
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [decisions, setDecisions] = useState<Map<number, Decision>>(new Map());
  const [leaveOut, setLeaveOut] = useState(false);
  const [busy, setBusy] = useState(false);
  const lang = i18n.language;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);

  const channels = client.channels.includes(channel) ? client.channels : [channel, ...client.channels];
  const err = (key: string) => (errors[key] ? t(errors[key] as string) : undefined);

  const chooseFile = async () => {
    setMessage(null);
    if (instantOf(takenAt) === null) {
      setErrors({ takenAt: 'results.errors.takenAtInvalid' });
      return;
    }
    let opened;
    try {
      opened = await bridge.openFile({ filters: RESULTS_FILTERS });
    } catch (error) {
      setMessage(t('insights.import.unreadable', { name: '', detail: error instanceof Error ? error.message : String(error) }));
      return;
    }
    if (!opened) return;
    if ('error' in opened) {
      setMessage(t(opened.error === 'too-large' ? 'insights.import.tooLarge' : 'insights.import.unreadable', { name: opened.name, detail: '' }));
      return;
    }
    // A platform's export re-saved by Excel on Windows is Windows-1252: detected, never turned into U+FFFD.
    const { text } = detectText(opened.bytes);
    const head = readHead(text);
    if (head.headers.length === 0) {
      setMessage(t('insights.import.empty', { name: opened.name }));
      return;
    }
    // The mapping remembered for this channel, read now (the channel may have just been changed).
    const stored = (await readSettings(db)).resultsMappings;
    setMapping(initialMapping(head.headers, storedMapping(stored, channel)));
    setErrors({});
    setStep({ kind: 'mapping', file: { name: opened.name, text, ...head } });
  };

  const toReview = async (file: Loaded) => {
    const problems = mappingErrors(mapping);
    if (Object.keys(problems).length > 0) {
      setErrors(problems);
      return;
    }
    setBusy(true);
    try {
      const current = (await readSettings(db)).resultsMappings ?? {};
      await writeSetting(db, 'resultsMappings', { ...current, [channel]: mappingToStore(mapping) });
      const parsed = parseResultsCsv(file.text, mapping, dayOrder === 'auto' ? {} : { dayOrder });
      const posts = (await allPosts(db, client.id)).filter((p) => p.channel === channel && p.date !== null);
      const match = matchResults(parsed.rows, posts, channel);
      const rows = reviewRows(match);
      const existing = await snapshotsForPosts(db, posts.map((p) => p.id));
      setDecisions(initialDecisions(rows));
      setLeaveOut(false);
      setStep({ kind: 'review', file, review: { parsed, rows, posts, withResults: new Set(existing.map((s) => s.postId)) } });
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (review: Review) => {
    const instant = instantOf(takenAt);
    if (instant === null) return;
    const drafts = draftsFor(review.rows, decisions, instant, label);
    setBusy(true);
    try {
      await importSnapshots(db, drafts);
      toast.show({ message: t('insights.import.done', { count: drafts.length }) });
      onClose();
    } catch (error) {
      reportError(error);
      setMessage(t('insights.import.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  const postLabel = (post: MatchPost) =>
    t('insights.import.postOption', {
      title: post.title,
      date: post.date ? new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short' }).format(dayToDate(post.date)) : '',
    });

  return (
    <dialog ref={ref} className="dialog insights-import" aria-labelledby={titleId} onCancel={onClose} onClose={onClose}>
      <div className="dialog-body">
        <h2 id={titleId}>{t('insights.import.title', { name: client.name })}</h2>

        {step.kind === 'choose' && (
          <>
            <p className="insights-intro">{t('insights.import.intro')}</p>
            <div className="field-row">
              <Field label={t('insights.import.channel')}>
                <select value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
                  {channels.map((c) => (
                    <option key={c} value={c}>
                      {t(`channel.${c}`)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label={t('insights.import.label')} hint={t('insights.import.labelHint')}>
                <select value={label} onChange={(e) => setLabel(e.target.value as SnapshotLabel)}>
                  {SNAPSHOT_LABELS.map((l) => (
                    <option key={l} value={l}>
                      {t(`results.label.${l}`)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label={t('insights.import.takenAt')} error={err('takenAt')}>
                <input
                  type="datetime-local"
                  value={takenAt}
                  onChange={(e) => {
                    setTakenAt(e.target.value);
                    setErrors({});
                  }}
                />
              </Field>
            </div>
            {message && (
              <p className="field-error" role="alert">
                {message}
              </p>
            )}
            <footer className="dialog-foot">
              <span className="spacer" />
              <button type="button" className="button" onClick={onClose}>
                {t('insights.import.cancel')}
              </button>
              <button type="button" className="primary-button" onClick={() => void chooseFile()}>
                {t('insights.import.choose')}
              </button>
            </footer>
          </>
        )}

        {step.kind === 'mapping' && (
          <>
            <p className="insights-intro">{t('insights.import.mappingIntro', { name: step.file.name, channel: t(`channel.${channel}`) })}</p>
            <div className="insights-scroll">
              <table className="insights-table insights-mapping">
                <caption>{t('insights.import.mappingCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('insights.import.field')}</th>
                    <th scope="col">{t('insights.import.fileColumn')}</th>
                    <th scope="col">{t('insights.import.firstRow')}</th>
                  </tr>
                </thead>
                <tbody>
                  {RESULTS_COLUMNS.map((column) => {
                    const header = mapping[column];
                    const index = header === undefined ? -1 : step.file.headers.indexOf(header);
                    const sample = index === -1 ? '' : (step.file.sample[0]?.[index] ?? '');
                    const error = err(column);
                    return (
                      <tr key={column}>
                        <th scope="row">{t(`insights.columns.${column}`)}</th>
                        <td>
                          <select
                            aria-label={t('insights.import.columnFor', { field: t(`insights.columns.${column}`) })}
                            aria-invalid={error ? true : undefined}
                            aria-describedby={error ? `${titleId}-${column}-error` : undefined}
                            value={header ?? ''}
                            onChange={(e) => {
                              const value = e.target.value;
                              setMapping((m) => {
                                const next: ResultsMapping = { ...m };
                                if (value === '') delete next[column];
                                else next[column] = value;
                                return next;
                              });
                              setErrors((current) => ({ ...current, [column]: undefined, reach: column === 'impressions' ? undefined : current.reach }));
                            }}
                          >
                            <option value="">{t('insights.import.notImported')}</option>
                            {step.file.headers.map((h, i) => (
                              <option key={`${h}-${i}`} value={h}>
                                {h || t('insights.import.unnamed', { n: i + 1 })}
                              </option>
                            ))}
                          </select>
                          {error && (
                            <p className="field-error" id={`${titleId}-${column}-error`}>
                              {error}
                            </p>
                          )}
                        </td>
                        <td className="insights-sample">{sample}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <Field label={t('insights.import.dayOrder')} hint={t('insights.import.dayOrderHint')}>
              <select value={dayOrder} onChange={(e) => setDayOrder(e.target.value as DayOrder | 'auto')}>
                <option value="auto">{t('insights.import.dayOrders.auto')}</option>
                <option value="dmy">{t('insights.import.dayOrders.dmy')}</option>
                <option value="mdy">{t('insights.import.dayOrders.mdy')}</option>
              </select>
            </Field>
            <footer className="dialog-foot">
              <button type="button" className="ghost-button" onClick={() => setStep({ kind: 'choose' })}>
                {t('insights.import.back')}
              </button>
              <span className="spacer" />
              <button type="button" className="button" onClick={onClose}>
                {t('insights.import.cancel')}
              </button>
              <button type="button" className="primary-button" disabled={busy} onClick={() => void toReview(step.file)}>
                {t('insights.import.check')}
              </button>
            </footer>
          </>
        )}

        {step.kind === 'review' && (
          <ReviewStep
            step={step}
            channel={channel}
            decisions={decisions}
            setDecisions={setDecisions}
            leaveOut={leaveOut}
            setLeaveOut={setLeaveOut}
            busy={busy}
            message={message}
            postLabel={postLabel}
            onBack={() => setStep({ kind: 'mapping', file: step.file })}
            onCancel={onClose}
            onConfirm={() => void confirm(step.review)}
          />
        )}
      </div>
    </dialog>
  );
};

/** How a row found its post, or what happens to it. */
const howText = (t: TFunction, review: ReviewRow, decision: Decision): string => {
  if (decision === null) return t('insights.import.how_choose', { count: review.candidates.length });
  if (decision === SKIP) return t(review.kind === 'unmatched' ? 'insights.import.how_none' : 'insights.import.how_skipped');
  if (review.kind === 'matched' && decision === review.candidates[0]) return t(`insights.import.how_${review.how ?? 'date'}`);
  return t('insights.import.how_picked');
};

type ReviewProps = {
  step: Extract<Step, { kind: 'review' }>;
  channel: Channel;
  decisions: Map<number, Decision>;
  setDecisions: (next: Map<number, Decision>) => void;
  leaveOut: boolean;
  setLeaveOut: (value: boolean) => void;
  busy: boolean;
  message: string | null;
  postLabel: (post: MatchPost) => string;
  onBack: () => void;
  onCancel: () => void;
  onConfirm: () => void;
};

const ReviewStep = ({ step, channel, decisions, setDecisions, leaveOut, setLeaveOut, busy, message, postLabel, onBack, onCancel, onConfirm }: ReviewProps) => {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { parsed, rows, posts, withResults } = step.review;
  const state = reviewState(rows, decisions);
  const counts = {
    matched: rows.filter((r) => r.kind === 'matched').length,
    ambiguous: rows.filter((r) => r.kind === 'ambiguous').length,
    unmatched: rows.filter((r) => r.kind === 'unmatched').length,
  };
  const problems = parsed.errors;
  const fatal = rows.length === 0 && problems.length > 0;
  const chosenIds = [...decisions.values()].filter((d): d is string => d !== null && d !== SKIP);
  const already = chosenIds.filter((id) => withResults.has(id)).length;
  const blocked = state.undecided > 0 || state.duplicates.length > 0 || state.chosen === 0 || (problems.length > 0 && !leaveOut);
  const byId = new Map(posts.map((p) => [p.id, p]));

  return (
    <>
      <p className="insights-intro" data-testid="import-summary">
        {t('insights.import.summary', {
          name: step.file.name,
          parts: [
            t('insights.import.summaryMatched', { count: counts.matched }),
            ...(counts.ambiguous > 0 ? [t('insights.import.summaryAmbiguous', { count: counts.ambiguous })] : []),
            ...(counts.unmatched > 0 ? [t('insights.import.summaryUnmatched', { count: counts.unmatched })] : []),
            ...(problems.length > 0 ? [t('insights.import.summaryProblems', { count: problems.length })] : []),
          ].join(', '),
        })}
      </p>
      {problems.length > 0 && (
        <div className="insights-scroll insights-report-errors">
          <table className="insights-table">
            <caption>{t(fatal ? 'insights.import.fatalCaption' : 'insights.import.problemsCaption', { name: step.file.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('insights.import.line')}</th>
                <th scope="col">{t('insights.import.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {problems.slice(0, REPORT_LIMIT).map((problem, i) => (
                <tr key={`${problem.line ?? ''}-${i}`}>
                  <td className="insights-line">{problem.line ?? '—'}</td>
                  <td>{describeResultsError(problem, t, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {problems.length > REPORT_LIMIT && <p className="field-hint">{t('insights.import.more', { count: problems.length - REPORT_LIMIT })}</p>}
        </div>
      )}
      {problems.length > 0 && !fatal && (
        <label className="checkbox">
          <input type="checkbox" checked={leaveOut} onChange={(e) => setLeaveOut(e.target.checked)} />
          <span>{t('insights.import.leaveOut', { count: problems.length })}</span>
        </label>
      )}
      {rows.length > 0 && (
        <div className="insights-scroll">
          <table className="insights-table insights-review">
            <caption>{t('insights.import.reviewCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('insights.import.line')}</th>
                <th scope="col">{t('insights.import.rowDate')}</th>
                <th scope="col">{t('insights.import.rowText')}</th>
                <th scope="col">{t('insights.import.rowNumbers')}</th>
                <th scope="col">{t('insights.import.post')}</th>
                <th scope="col">{t('insights.import.how')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((review) => {
                const { row } = review;
                const decision = decisions.get(row.line) ?? null;
                const duplicate = decision !== null && state.duplicates.includes(decision);
                const choices = choicesFor(review, posts, channel);
                const selected = decision !== null && decision !== SKIP ? byId.get(decision) : undefined;
                const denominator = row.counts.reach ?? row.counts.impressions;
                return (
                  <tr key={row.line} className={`insights-review-${review.kind}`}>
                    <td className="insights-line">{row.line}</td>
                    <td>{new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(dayToDate(row.date))}</td>
                    <td className="insights-sample" title={row.text ?? row.link ?? ''}>
                      {row.text ?? row.link ?? '—'}
                    </td>
                    <td className="insights-numbers">
                      {t('insights.import.numbers', {
                        count: engagementOf(row.counts), // picks the plural form; {{engagement}} is the formatted number
                        engagement: formatCount(engagementOf(row.counts), lang),
                        denominator: denominator === null ? '—' : formatCount(denominator, lang),
                        basis: t(row.counts.reach !== null ? 'insights.columns.reach' : 'insights.columns.impressions').toLowerCase(),
                      })}
                    </td>
                    <td>
                      <select
                        aria-label={t('insights.import.postFor', { line: row.line })}
                        aria-invalid={decision === null || duplicate ? true : undefined}
                        value={decision ?? ''}
                        onChange={(e) => {
                          const next = new Map(decisions);
                          next.set(row.line, e.target.value === '' ? null : e.target.value);
                          setDecisions(next);
                        }}
                      >
                        {decision === null && <option value="">{t('insights.import.choosePost')}</option>}
                        <option value={SKIP}>{t('insights.import.skip')}</option>
                        {choices.map((post) => (
                          <option key={post.id} value={post.id}>
                            {postLabel(post)}
                          </option>
                        ))}
                      </select>
                      {duplicate && <p className="field-error">{t('insights.import.duplicate')}</p>}
                      {selected && withResults.has(selected.id) && <p className="field-hint">{t('insights.import.hasResults')}</p>}
                    </td>
                    <td className={`insights-how insights-how-${review.kind}`}>{howText(t, review, decision)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {already > 0 && <p className="field-hint">{t('insights.import.already', { count: already })}</p>}
      {state.undecided > 0 && <p className="field-hint">{t('insights.import.undecided', { count: state.undecided })}</p>}
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
      <footer className="dialog-foot">
        <button type="button" className="ghost-button" onClick={onBack}>
          {t('insights.import.backToColumns')}
        </button>
        <span className="spacer" />
        <button type="button" className="button" onClick={onCancel}>
          {t('insights.import.cancel')}
        </button>
        {!fatal && (
          <button type="button" className="primary-button" disabled={blocked || busy} onClick={onConfirm}>
            {t('insights.import.confirm', { count: state.chosen })}
          </button>
        )}
      </footer>
    </>
  );
};

