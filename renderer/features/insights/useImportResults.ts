import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayToDate } from '../../../shared/dates';
import { matchResults, parseResultsCsv, type MatchPost, type ResultsColumn, type ResultsMapping } from '../../../shared/insights/resultsCsv';
import type { SnapshotLabel } from '../../../shared/model/results';
import type { Client } from '../../../shared/model/client';
import type { Channel } from '../../../shared/model/enums';
import type { DayOrder } from '../../../shared/serializers/csvCells';
import { detectText } from '../../../shared/serializers/textEncoding';
import { getBridge } from '../../bridge/bridge';
import { useDb } from '../../db/hooks';
import { allPosts } from '../../db/posts';
import { importSnapshots, snapshotsForPosts } from '../../db/results';
import { readSettings, writeSetting } from '../../db/settings';
import { useToast } from '../toasts/Toasts';
import { useStorageErrors } from '../toasts/useStorageErrors';
import { instantOf, localInputValue } from '../results/resultsForm';
import {
  draftsFor,
  initialDecisions,
  initialMapping,
  mappingErrors,
  mappingToStore,
  reviewRows,
  storedMapping,
  type Decision,
} from './importResults';
import { RESULTS_FILTERS, readHead, type Loaded, type Review, type Step } from './importResultsSteps';

type Options = {
  client: Client;
  initialChannel: Channel | undefined;
  onClose: () => void;
  now: () => Date;
};

export type ImportResults = {
  step: Step;
  setStep: (step: Step) => void;
  channel: Channel;
  setChannel: (channel: Channel) => void;
  /** The client's channels, and the chosen one first when the client does not list it. */
  channels: Channel[];
  label: SnapshotLabel;
  setLabel: (label: SnapshotLabel) => void;
  takenAt: string;
  changeTakenAt: (value: string) => void;
  mapping: ResultsMapping;
  chooseColumn: (column: ResultsColumn, header: string) => void;
  dayOrder: DayOrder | 'auto';
  setDayOrder: (dayOrder: DayOrder | 'auto') => void;
  /** The translated error of a field, if it has one. */
  err: (key: string) => string | undefined;
  message: string | null;
  decisions: Map<number, Decision>;
  setDecisions: (next: Map<number, Decision>) => void;
  leaveOut: boolean;
  setLeaveOut: (value: boolean) => void;
  busy: boolean;
  chooseFile: () => Promise<void>;
  toReview: (file: Loaded) => Promise<void>;
  confirm: (review: Review) => Promise<void>;
  postLabel: (post: MatchPost) => string;
};

/**
 * The results import's state and its steps' work: reading the file, remembering the mapping per
 * channel and matching the rows (toReview), and writing every snapshot at once (confirm).
 */
export const useImportResults = ({ client, initialChannel, onClose, now }: Options): ImportResults => {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const toast = useToast();
  const reportError = useStorageErrors();
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

  const channels = client.channels.includes(channel) ? client.channels : [channel, ...client.channels];
  const err = (key: string) => (errors[key] ? t(errors[key] as string) : undefined);

  const changeTakenAt = (value: string) => {
    setTakenAt(value);
    setErrors({});
  };

  const chooseColumn = (column: ResultsColumn, value: string) => {
    setMapping((m) => {
      const next: ResultsMapping = { ...m };
      if (value === '') delete next[column];
      else next[column] = value;
      return next;
    });
    setErrors((current) => ({ ...current, [column]: undefined, reach: column === 'impressions' ? undefined : current.reach }));
  };

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

  return {
    step,
    setStep,
    channel,
    setChannel,
    channels,
    label,
    setLabel,
    takenAt,
    changeTakenAt,
    mapping,
    chooseColumn,
    dayOrder,
    setDayOrder,
    err,
    message,
    decisions,
    setDecisions,
    leaveOut,
    setLeaveOut,
    busy,
    chooseFile,
    toReview,
    confirm,
    postLabel,
  };
};
