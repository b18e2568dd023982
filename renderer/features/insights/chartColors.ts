/**
 * Chart colours, read from the app's CSS variables (renderer/app/styles.css) so charts follow light
 * and dark exactly like the rest of the screen. They are passed to recharts as plain colours, not as
 * `var(--x)`: the SVG then carries its real colours, and the PNG export (an SVG drawn on a canvas,
 * outside the page's CSS) looks the same as the screen. Recharts' own themes are experimental in 3.x,
 * so they are not used.
 */
import { useEffect, useState } from 'react';

export type ChartColors = {
  background: string;
  text: string;
  muted: string;
  grid: string;
  /** Inviting posts, and the group a breakdown row is about. */
  group: string;
  /** The other posts. */
  rest: string;
  higher: string;
  lower: string;
};

/** Fallbacks: the light tokens, for jsdom (no stylesheet) and the printed page (always light). */
export const LIGHT_COLORS: ChartColors = {
  background: '#ffffff',
  text: '#1b1f27',
  muted: '#4c5566',
  grid: '#e2e6ec',
  group: '#4f46e5',
  rest: '#5d6676',
  higher: '#2e7d32',
  lower: '#c62828',
};

/** Black on white, for the printed report (printToPDF prints no page background). */
export const PRINT_COLORS: ChartColors = { ...LIGHT_COLORS, text: '#000000', muted: '#333333', grid: '#cccccc', rest: '#777777' };

const read = (): ChartColors => {
  if (typeof window === 'undefined' || typeof getComputedStyle !== 'function') return LIGHT_COLORS;
  const style = getComputedStyle(document.documentElement);
  const get = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches === true;
  return {
    background: get('--surface', LIGHT_COLORS.background),
    text: get('--text', LIGHT_COLORS.text),
    muted: get('--text-2', LIGHT_COLORS.muted),
    grid: get('--border', LIGHT_COLORS.grid),
    group: get('--accent', LIGHT_COLORS.group),
    rest: get('--text-3', LIGHT_COLORS.rest),
    higher: dark ? '#66bb6a' : LIGHT_COLORS.higher,
    lower: get('--danger', LIGHT_COLORS.lower),
  };
};

/** The colours of the current scheme, updated when the system switches between light and dark. */
export const useChartColors = (): ChartColors => {
  const [colors, setColors] = useState<ChartColors>(read);
  useEffect(() => {
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    if (!query) return undefined;
    const update = () => setColors(read());
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return colors;
};
