import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileSpreadsheet, Image as ImageIcon, Printer, Upload, X } from 'lucide-react';
import { dayToDate, todayIn, type Day } from '../../../shared/dates';
import { insights } from '../../../shared/insights/lift';
import type { Client } from '../../../shared/model/client';
import { CHANNELS, type Channel } from '../../../shared/model/enums';
import { SNAPSHOT_LABELS, type SnapshotLabel } from '../../../shared/model/results';
import { getBridge } from '../../bridge/bridge';
import { useAllPosts, usePostsInRange, useSnapshotsFor } from '../../db/hooks';
import { Field } from '../../ui/Field';
import { useToast } from '../toasts/Toasts';
import { useChartColors } from './chartColors';
import { chartsToPng, downloadBlob } from './exportImage';
import { ImportResultsDialog } from './ImportResultsDialog';
import { InsightsReport, itemLabel } from './InsightsReport';
import { extentOf, outsideOf, PERIOD_PRESETS } from './period';
import { useInsightsPeriod } from './useInsightsPeriod';
import { PrintableInsights } from './PrintableInsights';
import { reportCsv } from './reportCsv';
import './insights.css';

export type InsightsViewProps = {
  client: Client;
  onClose: () => void;
  /** "Now", for the default period (tests pass a fixed one). */
  now?: () => Date;
};

const ALL = 'all';

/** A file-name-safe slug: "Bloom Bakery" → "bloom-bakery". */
const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'client';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The Insights screen of one client: does inviting the audience pay off, on which channel, over
 * which period? Reads the client's posts over the period and their result snapshots (kept live: a
 * result logged or imported shows at once), and computes everything with shared/insights. Exports
 * the report as CSV, as a PNG of its charts, or as PDF (printing a printable layout).
 */
export const InsightsView = ({ client, onClose, now = () => new Date() }: InsightsViewProps) => {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const toast = useToast();
  const colors = useChartColors();
  const bridge = useMemo(() => getBridge(), []);
  const today = todayIn(client.timeZone, now());
  const [channel, setChannel] = useState<Channel | typeof ALL>(ALL);
  const [label, setLabel] = useState<SnapshotLabel | 'latest'>('latest');
  const [importing, setImporting] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [working, setWorking] = useState(false);
  const reportRef = useRef<HTMLDivElement>(null);

  // Every post of the client is read (kept live), not only the period's: the period's default and
  // the count of posts a period leaves out both need them all.
  const posts = useAllPosts(client.id, true);
  const postIds = useMemo(() => (posts ? posts.map((p) => p.id) : null), [posts]);
  const snapshots = useSnapshotsFor(postIds);
  // The days of the posts the report counts (published, or with results), all channels, then the chosen one.
  const counted = useMemo(() => {
    if (!posts || !snapshots) return undefined;
    const withResults = new Set(snapshots.map((s) => s.postId));
    return posts.filter((p) => p.date !== null && (p.status === 'published' || withResults.has(p.id)));
  }, [posts, snapshots]);
  const extent = useMemo(() => (counted ? extentOf(counted.map((p) => p.date!)) : undefined), [counted]);
  const choice = useInsightsPeriod(client.id, today, extent);
  const { period, preset, errors } = choice;
  const outside = useMemo(
    () => (counted && period ? outsideOf(counted.filter((p) => channel === ALL || p.channel === channel).map((p) => p.date!), period) : null),
    [counted, period, channel],
  );
  // Only for the count of rows that no longer read, which a read of every post does not report.
  const range = usePostsInRange(client.id, period?.from ?? today, period?.to ?? today);
  const data = useMemo(
    () =>
      posts && snapshots && period
        ? insights(posts, snapshots, {
            clientId: client.id,
            ...(channel === ALL ? {} : { channels: [channel] }),
            from: period.from,
            to: period.to,
            ...(label === 'latest' ? {} : { label }),
          })
        : null,
    [posts, snapshots, client.id, channel, period, label],
  );
  // While a new period or channel is read, the last report stays on screen rather than blinking.
  const [shown, setShown] = useState(data);
  if (data !== null && data !== shown) setShown(data);
  const report = data ?? shown;

  const channels = useMemo(() => {
    const present = new Set<Channel>([...client.channels, ...(posts ?? []).map((p) => p.channel)]);
    return CHANNELS.filter((c) => present.has(c));
  }, [client.channels, posts]);

  const dateText = (day: Day) => new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(dayToDate(day));
  const channelName = channel === ALL ? t('insights.allChannels') : t(`channel.${channel}`);
  const shownPeriod = period ?? { from: today, to: today };
  const heading = t('insights.heading', { name: client.name, channel: channelName, from: dateText(shownPeriod.from), to: dateText(shownPeriod.to) });
  const fileBase = `cadence-insights-${slug(client.name)}${channel === ALL ? '' : `-${channel}`}-${shownPeriod.from}-to-${shownPeriod.to}`;

  const exportCsv = async () => {
    if (!report) return;
    setWorking(true);
    try {
      const csv = reportCsv(report, { delimiter: lang.startsWith('fr') ? ';' : ',', label: (section, key) => itemLabel(t, lang, section, key) });
      const name = `${fileBase}.csv`;
      const result = await bridge.saveFile({ suggestedName: name, filters: [{ name: 'CSV', extensions: ['csv'] }], data: csv });
      toast.show({ message: result.saved ? t('insights.export.saved', { name: result.path ?? name }) : t('insights.export.notSaved') });
    } catch (error) {
      toast.show({ message: t('insights.export.failed', { message: error instanceof Error ? error.message : String(error) }), tone: 'error' });
    } finally {
      setWorking(false);
    }
  };

  const exportImage = async () => {
    if (!reportRef.current) return;
    setWorking(true);
    try {
      const blob = await chartsToPng(reportRef.current, { heading, background: colors.background, text: colors.text, muted: colors.muted });
      if (!blob) {
        toast.show({ message: t('insights.export.noChart') });
        return;
      }
      const name = `${fileBase}.png`;
      downloadBlob(name, blob);
      toast.show({ message: t('insights.export.downloaded', { name }) });
    } catch (error) {
      toast.show({ message: t('insights.export.failed', { message: error instanceof Error ? error.message : String(error) }), tone: 'error' });
    } finally {
      setWorking(false);
    }
  };

  // The printable report is in the page now: print it, then take it away again.
  useEffect(() => {
    if (!printing) return undefined;
    let cancelled = false;
    void (async () => {
      await nextFrame();
      await nextFrame();
      if (cancelled) return;
      try {
        const result = await bridge.printToPdf({ suggestedName: `${fileBase}.pdf` });
        if (result.saved && result.path) toast.show({ message: t('insights.export.saved', { name: result.path }) });
      } catch (error) {
        toast.show({ message: t('insights.export.failed', { message: error instanceof Error ? error.message : String(error) }), tone: 'error' });
      } finally {
        if (!cancelled) setPrinting(false);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [printing, bridge, fileBase, t, toast]);

  return (
    <section className="insights" aria-labelledby="insights-heading">
      <header className="insights-head">
        <div className="insights-title">
          <h2 id="insights-heading">{t('insights.title', { name: client.name })}</h2>
          <p className="insights-subtitle">{heading}</p>
        </div>
        <div className="insights-actions">
          <button type="button" className="button" onClick={() => setImporting(true)} disabled={client.archived}>
            <Upload size={15} aria-hidden="true" /> {t('insights.importButton')}
          </button>
          <button type="button" className="button" onClick={() => void exportCsv()} disabled={!report || working}>
            <FileSpreadsheet size={15} aria-hidden="true" /> {t('insights.export.csv')}
          </button>
          <button type="button" className="button" onClick={() => void exportImage()} disabled={!report || working}>
            <ImageIcon size={15} aria-hidden="true" /> {t('insights.export.image')}
          </button>
          <button type="button" className="button" onClick={() => setPrinting(true)} disabled={!report || printing}>
            <Printer size={15} aria-hidden="true" /> {t('insights.export.pdf')}
          </button>
          <button type="button" className="icon-button" aria-label={t('insights.close')} title={t('insights.close')} onClick={onClose}>
            <X size={18} aria-hidden="true" />
          </button>
        </div>
      </header>

      <div className="insights-filters" role="group" aria-label={t('insights.filters')}>
        <Field label={t('insights.channel')}>
          <select value={channel} onChange={(e) => setChannel(e.target.value as Channel | typeof ALL)}>
            <option value={ALL}>{t('insights.allChannels')}</option>
            {channels.map((c) => (
              <option key={c} value={c}>
                {t(`channel.${c}`)}
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="segmented-field insights-presets">
          <legend>{t('insights.period.label')}</legend>
          <div className="segmented">
            {PERIOD_PRESETS.map((p) => (
              <label key={p} className="segment">
                <input type="radio" name="insights-period" checked={preset === p} onChange={() => choice.choosePreset(p)} />
                <span>{t(`insights.period.${p}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <Field label={t('insights.period.from')} error={errors.from ? t(errors.from) : undefined}>
          <input type="date" value={choice.fromText} onChange={(e) => choice.type(e.target.value, choice.toText)} />
        </Field>
        <Field label={t('insights.period.to')} error={errors.to ? t(errors.to) : undefined}>
          <input type="date" value={choice.toText} onChange={(e) => choice.type(choice.fromText, e.target.value)} />
        </Field>
        <Field label={t('insights.reading')}>
          <select value={label} title={t('insights.readingHint')} onChange={(e) => setLabel(e.target.value as SnapshotLabel | 'latest')}>
            <option value="latest">{t('insights.latestReading')}</option>
            {SNAPSHOT_LABELS.map((l) => (
              <option key={l} value={l}>
                {t(`results.label.${l}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>

      {/* Focusable, so the report scrolls by keyboard too. */}
      <div className="insights-body" ref={reportRef} aria-busy={data === null} role="region" aria-label={t('insights.report')} tabIndex={0}>
        {range && range.unreadable > 0 && <p className="insights-note">{t('month.unreadable', { count: range.unreadable })}</p>}
        {outside?.extent && (
          <p className="insights-note insights-outside" data-testid="insights-outside">
            {t('insights.period.outside', {
              count: outside.count,
              dates:
                outside.extent.first === outside.extent.last
                  ? t('insights.period.outsideDay', { day: dateText(outside.extent.first) })
                  : t('insights.period.outsideDays', { from: dateText(outside.extent.first), to: dateText(outside.extent.last) }),
            })}{' '}
            <button type="button" className="button" onClick={() => choice.choose(outside.widened)}>
              {t('insights.period.include')}
            </button>
          </p>
        )}
        {report === null ? <p className="insights-empty">{t('insights.loading')}</p> : <InsightsReport data={report} colors={colors} />}
      </div>

      {importing && <ImportResultsDialog client={client} channel={channel === ALL ? undefined : channel} onClose={() => setImporting(false)} now={now} />}
      {printing && report && <PrintableInsights heading={heading} data={report} />}
    </section>
  );
};
