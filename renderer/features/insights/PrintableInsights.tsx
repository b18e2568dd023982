import { createPortal } from 'react-dom';
import type { Insights } from '../../../shared/insights/types';
import { PRINT_COLORS } from './chartColors';
import { InsightsReport } from './InsightsReport';

/** Width of the printed charts, in CSS pixels: fits A4 landscape inside its margins. */
const PRINT_CHART_WIDTH = 900;

/**
 * The report as it prints (PDF): the same sections, charts at a fixed width in black-on-white
 * colours. Rendered into <body> beside the app only while printing; insights.css hides everything
 * else on paper.
 */
export const PrintableInsights = ({ heading, data }: { heading: string; data: Insights }) =>
  createPortal(
    <div className="insights-print-root" data-testid="printable-insights">
      <h1>{heading}</h1>
      <InsightsReport data={data} colors={PRINT_COLORS} chartWidth={PRINT_CHART_WIDTH} />
    </div>,
    document.body,
  );
