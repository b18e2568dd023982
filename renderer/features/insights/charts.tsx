/**
 * The Insights charts (recharts 3). Each one is a picture of a table shown right under it: the chart
 * is hidden from screen readers (aria-hidden, no accessibility layer, so nothing in it takes focus),
 * and the table carries the same numbers for them and for copying. Colours come from chartColors.ts;
 * animations are off so a chart exported or printed right after a change is already complete.
 */
import { useLayoutEffect, useRef, useState, type ReactElement } from 'react';
import { Bar, BarChart, CartesianGrid, ErrorBar, LabelList, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Verdict } from '../../../shared/insights/stats';
import type { ChartColors } from './chartColors';

/** The width of the element, followed as it resizes; a fixed width (printing) skips measuring. */
const useWidth = (fixed: number | undefined) => {
  const ref = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (fixed !== undefined || !element || typeof ResizeObserver === 'undefined') return undefined;
    const measure = () => setMeasured(Math.floor(element.clientWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [fixed]);
  return { ref, width: fixed ?? measured };
};

type FrameProps = { width?: number; height: number; children: (width: number) => ReactElement };

/** Where a chart goes: it renders once the width is known (never in jsdom, which has no layout). */
const ChartFrame = ({ width: fixed, height, children }: FrameProps) => {
  const { ref, width } = useWidth(fixed);
  return (
    <div ref={ref} className="insights-chart" style={{ height }} aria-hidden="true">
      {width > 0 && children(width)}
    </div>
  );
};

type Formatters = { percent: (value: number) => string; lift: (value: number) => string };

const axisProps = (colors: ChartColors) => ({
  stroke: colors.grid,
  tick: { fill: colors.muted, fontSize: 12 },
  tickLine: { stroke: colors.grid },
});

const tooltipProps = (colors: ChartColors) => ({
  contentStyle: { background: colors.background, border: `1px solid ${colors.grid}`, borderRadius: 6, color: colors.text, fontSize: 12 },
  labelStyle: { color: colors.text, fontWeight: 600 },
  itemStyle: { color: colors.text },
  cursor: { fill: colors.grid, fillOpacity: 0.4 },
  isAnimationActive: false,
});

export type MeanBar = { name: string; mean: number | null; group: boolean };

/** Mean engagement rate of two groups, side by side (inviting posts against the others). */
export const MeansChart = ({ bars, colors, format, width }: { bars: MeanBar[]; colors: ChartColors; format: Formatters; width?: number }) => {
  const data = bars.map((b) => ({ name: b.name, rate: b.mean === null ? null : b.mean * 100, fill: b.group ? colors.group : colors.rest }));
  return (
    <ChartFrame width={width} height={220}>
      {(w) => (
        <BarChart width={w} height={220} data={data} margin={{ top: 22, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false} barCategoryGap="30%">
          <CartesianGrid stroke={colors.grid} vertical={false} />
          <XAxis dataKey="name" {...axisProps(colors)} />
          <YAxis {...axisProps(colors)} tickFormatter={(v: number) => format.percent(v / 100)} width={56} />
          <Tooltip {...tooltipProps(colors)} formatter={(v) => (typeof v === 'number' ? format.percent(v / 100) : '—')} />
          <Bar dataKey="rate" isAnimationActive={false} maxBarSize={90}>
            <LabelList dataKey="rate" position="top" fill={colors.text} fontSize={12} formatter={(v) => (typeof v === 'number' ? format.percent(v / 100) : '')} />
          </Bar>
        </BarChart>
      )}
    </ChartFrame>
  );
};

export type LiftBar = { name: string; lift: number; low: number | null; high: number | null; verdict: Verdict };

const verdictColor = (verdict: Verdict, colors: ChartColors): string =>
  verdict === 'higher' ? colors.higher : verdict === 'lower' ? colors.lower : verdict === 'unclear' ? colors.group : colors.rest;

/**
 * Lift of each item over the others (horizontal bars from 0), with its confidence interval as
 * whiskers. Bars are coloured by verdict: clearly higher, clearly lower, unclear, too few posts.
 */
export const LiftChart = ({ bars, colors, format, width }: { bars: LiftBar[]; colors: ChartColors; format: Formatters; width?: number }) => {
  const data = bars.map((b) => ({
    name: b.name,
    lift: b.lift * 100,
    // ErrorBar takes distances from the value, [below, above]; none without an interval.
    interval: b.low === null || b.high === null ? null : [(b.lift - b.low) * 100, (b.high - b.lift) * 100],
    fill: verdictColor(b.verdict, colors),
  }));
  const height = 40 + 30 * Math.max(1, data.length);
  return (
    <ChartFrame width={width} height={height}>
      {(w) => (
        <BarChart width={w} height={height} data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid stroke={colors.grid} horizontal={false} />
          <XAxis type="number" {...axisProps(colors)} tickFormatter={(v: number) => format.lift(v / 100)} />
          <YAxis type="category" dataKey="name" {...axisProps(colors)} width={Math.min(150, Math.round(w * 0.3))} />
          <ReferenceLine x={0} stroke={colors.muted} />
          <Tooltip {...tooltipProps(colors)} formatter={(v) => (typeof v === 'number' ? format.lift(v / 100) : '—')} />
          <Bar dataKey="lift" isAnimationActive={false} maxBarSize={18}>
            <ErrorBar dataKey="interval" width={6} stroke={colors.text} strokeWidth={1.5} direction="x" isAnimationActive={false} />
          </Bar>
        </BarChart>
      )}
    </ChartFrame>
  );
};

export type TrendPoint = { name: string; group: number | null; rest: number | null };

/** Mean engagement rate month by month, inviting posts (solid) against the others (dashed). */
export const TrendChart = ({
  points,
  names,
  colors,
  format,
  width,
}: {
  points: TrendPoint[];
  names: { group: string; rest: string };
  colors: ChartColors;
  format: Formatters;
  width?: number;
}) => {
  const data = points.map((p) => ({
    name: p.name,
    group: p.group === null ? null : p.group * 100,
    rest: p.rest === null ? null : p.rest * 100,
  }));
  return (
    <ChartFrame width={width} height={240}>
      {(w) => (
        <LineChart width={w} height={240} data={data} margin={{ top: 10, right: 24, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid stroke={colors.grid} vertical={false} />
          <XAxis dataKey="name" {...axisProps(colors)} padding={{ left: 24, right: 24 }} />
          <YAxis {...axisProps(colors)} tickFormatter={(v: number) => format.percent(v / 100)} width={56} />
          <Tooltip {...tooltipProps(colors)} formatter={(v) => (typeof v === 'number' ? format.percent(v / 100) : '—')} />
          <Legend wrapperStyle={{ color: colors.text, fontSize: 12 }} />
          <Line type="monotone" dataKey="group" name={names.group} stroke={colors.group} strokeWidth={2} dot={{ r: 3, fill: colors.group }} isAnimationActive={false} connectNulls={false} />
          <Line
            type="monotone"
            dataKey="rest"
            name={names.rest}
            stroke={colors.rest}
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={{ r: 3, fill: colors.rest }}
            isAnimationActive={false}
            connectNulls={false}
          />
        </LineChart>
      )}
    </ChartFrame>
  );
};
