import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { monthToDate } from '../../../shared/dates';
import { DEFAULT_MIN_PER_GROUP, type Verdict } from '../../../shared/insights/stats';
import type { Breakdown, Comparison, Insights } from '../../../shared/insights/types';
import { formatCount, formatLift, formatMinutes, formatRate } from '../results/format';
import type { ChartColors } from './chartColors';
import { LiftChart, MeansChart, TrendChart, type LiftBar } from './charts';

type Props = {
  data: Insights;
  colors: ChartColors;
  /** A fixed chart width (the printed report); charts follow their container otherwise. */
  chartWidth?: number;
};

export const verdictKey = (verdict: Verdict): string => `insights.verdict.${verdict === 'too-few' ? 'tooFew' : verdict}`;

/** The name of a breakdown item or a month, in the interface language. */
export const itemLabel = (t: TFunction, language: string, section: string, key: string): string => {
  switch (section) {
    case 'format':
    case 'tone':
    case 'intent':
      return t(`${section}.${key}`);
    case 'ugc':
      return t('format.ugc_repost');
    case 'participation':
      return t('insights.inviting');
    case 'month':
      return new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric' }).format(monthToDate(key));
    default:
      return t(`insights.csvKeys.${key}`, { defaultValue: key });
  }
};

const useFormat = () => {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useMemo(
    () => ({
      rate: (v: number | null) => formatRate(v, lang),
      lift: (v: number | null) => formatLift(v, lang),
      count: (v: number) => formatCount(v, lang),
      chart: { percent: (v: number) => formatRate(v, lang, 1), lift: (v: number) => formatLift(v, lang) },
    }),
    [lang],
  );
};

/** The interval of a comparison in words, or a dash when there is none. */
const intervalText = (t: TFunction, c: Comparison, lift: (v: number | null) => string): string =>
  c.ci ? t('insights.interval', { low: lift(c.ci.low), high: lift(c.ci.high) }) : '—';

const Section = ({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) => {
  const id = useId();
  return (
    <section className="insights-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {intro && <p className="insights-intro">{intro}</p>}
      {children}
    </section>
  );
};

/** The sentence that answers "does inviting the audience pay off?". */
const participationSentence = (t: TFunction, c: Comparison, lift: (v: number | null) => string): string => {
  if (c.group.n === 0 && c.rest.n === 0) return t('insights.participation.noData');
  if (c.lift === null) {
    return t('insights.participation.noLift', {
      inviting: t('insights.participation.noLiftInviting', { count: c.group.n }),
      others: t('insights.participation.noLiftOthers', { count: c.rest.n }),
    });
  }
  if (c.verdict === 'too-few') {
    return t('insights.participation.tooFew', { lift: lift(c.lift), a: c.group.n, b: c.rest.n, min: DEFAULT_MIN_PER_GROUP });
  }
  return t(`insights.participation.${c.verdict}`, {
    lift: lift(c.lift),
    interval: intervalText(t, c, lift),
    level: Math.round((c.ci?.level ?? 0.95) * 100),
  });
};

const ComparisonTable = ({ caption, rows, keyHeader }: { caption: string; keyHeader: string; rows: { label: string; c: Comparison }[] }) => {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="insights-table-wrap">
      <table className="insights-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{keyHeader}</th>
            <th scope="col">{t('insights.table.posts')}</th>
            <th scope="col">{t('insights.table.withRate')}</th>
            <th scope="col">{t('insights.table.mean')}</th>
            <th scope="col">{t('insights.table.othersMean')}</th>
            <th scope="col">{t('insights.table.lift')}</th>
            <th scope="col">{t('insights.table.interval')}</th>
            <th scope="col">{t('insights.table.verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ label, c }) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{f.count(c.group.posts)}</td>
              <td>{f.count(c.group.n)}</td>
              <td>{f.rate(c.group.mean)}</td>
              <td>
                {f.rate(c.rest.mean)} <span className="insights-n">{t('insights.table.nOf', { n: f.count(c.rest.n) })}</span>
              </td>
              <td>{f.lift(c.lift)}</td>
              <td>{intervalText(t, c, f.lift)}</td>
              <td className={`insights-verdict insights-verdict-${c.verdict}`}>{t(verdictKey(c.verdict))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

const liftBars = <K extends string>(rows: Breakdown<K>, label: (key: K) => string): LiftBar[] =>
  rows.flatMap((row) =>
    row.lift === null ? [] : [{ name: label(row.key), lift: row.lift, low: row.ci?.low ?? null, high: row.ci?.high ?? null, verdict: row.verdict }],
  );

const BreakdownSection = <K extends string>({
  section,
  rows,
  colors,
  chartWidth,
}: {
  section: 'format' | 'tone' | 'intent';
  rows: Breakdown<K>;
  colors: ChartColors;
  chartWidth?: number;
}) => {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const label = (key: string) => itemLabel(t, i18n.language, section, key);
  const title = t(`insights.breakdown.${section}`);
  const bars = liftBars(rows, label);
  return (
    <Section title={title} intro={t('insights.breakdown.intro')}>
      {rows.length === 0 ? (
        <p className="insights-empty">{t('insights.noPosts')}</p>
      ) : (
        <>
          {bars.length > 0 && (
            <figure className="insights-figure" data-chart={title}>
              <LiftChart bars={bars} colors={colors} format={f.chart} width={chartWidth} />
            </figure>
          )}
          <ComparisonTable caption={t('insights.breakdown.caption', { what: title })} keyHeader={t(`insights.breakdown.key_${section}`)} rows={rows.map((row) => ({ label: label(row.key), c: row }))} />
        </>
      )}
    </Section>
  );
};

/** Every section of the report; the same component on screen and on paper. */
export const InsightsReport = ({ data, colors, chartWidth }: Props) => {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const lang = i18n.language;
  const p = data.participation;
  const names = { group: t('insights.inviting'), rest: t('insights.others') };
  const participationTitle = t('insights.participation.title');
  const trendTitle = t('insights.trend.title');
  const { replies, ugc } = data;

  return (
    <div className="insights-report">
      <p className="insights-summary">
        {t('insights.summary', { count: data.posts, withResults: data.withResults, usable: data.usable })}
        {data.basis.reach > 0 && data.basis.impressions > 0 && (
          <> {t('insights.mixedBasis', { count: data.basis.reach, impressions: data.basis.impressions })}</>
        )}
        {data.posts > data.withResults && <> {t('insights.missingResults', { count: data.posts - data.withResults })}</>}
      </p>

      <Section title={participationTitle}>
        <p className={`insights-headline insights-verdict-${p.verdict}`} data-testid="participation-headline">
          {participationSentence(t, p, f.lift)}
        </p>
        {(p.group.mean !== null || p.rest.mean !== null) && (
          <figure className="insights-figure insights-figure-narrow" data-chart={participationTitle}>
            <MeansChart
              bars={[
                { name: names.group, mean: p.group.mean, group: true },
                { name: names.rest, mean: p.rest.mean, group: false },
              ]}
              colors={colors}
              format={f.chart}
              width={chartWidth}
            />
          </figure>
        )}
        <div className="insights-table-wrap">
          <table className="insights-table" data-testid="participation-table">
            <caption>{t('insights.participation.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('insights.table.group')}</th>
                <th scope="col">{t('insights.table.posts')}</th>
                <th scope="col">{t('insights.table.withRate')}</th>
                <th scope="col">{t('insights.table.noResults')}</th>
                <th scope="col">{t('insights.table.noReach')}</th>
                <th scope="col">{t('insights.table.mean')}</th>
              </tr>
            </thead>
            <tbody>
              {[
                { label: names.group, g: p.group },
                { label: names.rest, g: p.rest },
              ].map(({ label, g }) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{f.count(g.posts)}</td>
                  <td>{f.count(g.n)}</td>
                  <td>{f.count(g.noResults)}</td>
                  <td>{f.count(g.noReach)}</td>
                  <td>{f.rate(g.mean)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('insights.table.lift')}</th>
                <td colSpan={5}>
                  {f.lift(p.lift)} · {t('insights.table.interval')}: {intervalText(t, p, f.lift)} · {t(verdictKey(p.verdict))}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
        {data.setByHand.inviting + data.setByHand.others > 0 && (
          <p className="insights-note" data-testid="participation-set-by-hand">
            {t('insights.participation.setByHand', {
              inviting: t('insights.participation.setByHandInviting', { n: f.count(data.setByHand.inviting), count: p.group.posts }),
              others: t('insights.participation.setByHandOthers', { n: f.count(data.setByHand.others), count: p.rest.posts }),
            })}
          </p>
        )}
        <p className="insights-note">{t('insights.participation.method', { min: DEFAULT_MIN_PER_GROUP })}</p>
      </Section>

      <BreakdownSection section="format" rows={data.byFormat} colors={colors} chartWidth={chartWidth} />
      <BreakdownSection section="tone" rows={data.byTone} colors={colors} chartWidth={chartWidth} />
      <BreakdownSection section="intent" rows={data.byIntent} colors={colors} chartWidth={chartWidth} />

      <Section title={t('insights.audience.title')}>
        <dl className="insights-stats">
          <div className="insights-stat">
            <dt>{t('insights.audience.ugcShare')}</dt>
            <dd>
              <strong>{f.rate(ugc.share)}</strong>
              <span>{t('insights.audience.ugcCounts', { count: ugc.ugc, published: ugc.published })}</span>
              {ugc.comparison.lift !== null && (
                <span>
                  {t('insights.audience.ugcLift', { lift: f.lift(ugc.comparison.lift) })} ({t(verdictKey(ugc.comparison.verdict))})
                </span>
              )}
            </dd>
          </div>
          <div className="insights-stat">
            <dt>{t('insights.audience.coverage')}</dt>
            <dd>
              <strong>{f.rate(replies.coverage)}</strong>
              <span>{t('insights.audience.coverageCounts', { count: replies.withComments, unanswered: replies.unanswered })}</span>
              <span className="insights-formula">{t('results.figures.coverageFormulaShort')}</span>
            </dd>
          </div>
          <div className="insights-stat">
            <dt>{t('insights.audience.firstReply')}</dt>
            <dd>
              <strong>{formatMinutes(replies.medianFirstReplyMinutes, t)}</strong>
              <span>{t('insights.audience.firstReplyCounts', { count: replies.timed })}</span>
            </dd>
          </div>
        </dl>
      </Section>

      <Section title={trendTitle} intro={t('insights.trend.intro')}>
        {data.months.length === 0 ? (
          <p className="insights-empty">{t('insights.noPosts')}</p>
        ) : (
          <>
            {data.months.some((m) => m.group.mean !== null || m.rest.mean !== null) && (
              <figure className="insights-figure" data-chart={t('insights.trend.imageTitle', { group: names.group, rest: names.rest })}>
                <TrendChart
                  points={data.months.map((m) => ({ name: itemLabel(t, lang, 'month', m.month), group: m.group.mean, rest: m.rest.mean }))}
                  names={names}
                  colors={colors}
                  format={f.chart}
                  width={chartWidth}
                />
              </figure>
            )}
            <div className="insights-table-wrap">
              <table className="insights-table" data-testid="trend-table">
                <caption>{t('insights.trend.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('insights.trend.month')}</th>
                    <th scope="col">{t('insights.table.posts')}</th>
                    <th scope="col">{t('insights.trend.groupMean')}</th>
                    <th scope="col">{t('insights.trend.restMean')}</th>
                    <th scope="col">{t('insights.table.lift')}</th>
                    <th scope="col">{t('insights.table.verdict')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.months.map((m) => (
                    <tr key={m.month}>
                      <th scope="row">{itemLabel(t, lang, 'month', m.month)}</th>
                      <td>{f.count(m.posts)}</td>
                      <td>
                        {f.rate(m.group.mean)} <span className="insights-n">{t('insights.table.nOf', { n: f.count(m.group.n) })}</span>
                      </td>
                      <td>
                        {f.rate(m.rest.mean)} <span className="insights-n">{t('insights.table.nOf', { n: f.count(m.rest.n) })}</span>
                      </td>
                      <td>{f.lift(m.lift)}</td>
                      <td className={`insights-verdict insights-verdict-${m.verdict}`}>{t(verdictKey(m.verdict))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Section>
    </div>
  );
};
