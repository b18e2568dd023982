/**
 * The report's charts as one PNG: every chart's SVG, as rendered on screen, drawn on a canvas under
 * its title. The SVGs already carry real colours (chartColors.ts), so nothing depends on the page's
 * CSS once they leave it. Images load from blob: URLs, which the Content-Security-Policy allows
 * (img-src 'self' data: blob:), and a same-origin SVG without foreignObject does not taint the canvas.
 */

export type ImageOptions = {
  /** The heading drawn at the top ("Bloom Bakery · Instagram · 1 Sep – 24 Nov 2026"). */
  heading: string;
  background: string;
  text: string;
  muted: string;
  /** Pixel ratio of the image (2: sharp on high-density screens and in documents). */
  scale?: number;
};

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', Arial, sans-serif";
const PAD = 24;
const HEADING = 30;
const TITLE = 26;
const GAP = 18;

type Piece = { title: string; svg: SVGSVGElement; width: number; height: number };

const sizeOf = (svg: SVGSVGElement): { width: number; height: number } => {
  const box = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute('width')) || box.width;
  const height = Number(svg.getAttribute('height')) || box.height;
  return { width: Math.round(width), height: Math.round(height) };
};

/** The charts under `root`: elements with a data-chart title that hold a rendered SVG. */
export const chartPieces = (root: ParentNode): Piece[] =>
  [...root.querySelectorAll<HTMLElement>('[data-chart]')].flatMap((figure) => {
    // The chart is the largest surface: a legend draws its icons as small recharts surfaces too.
    const surfaces = [...figure.querySelectorAll<SVGSVGElement>('svg.recharts-surface')].map((svg) => ({ svg, ...sizeOf(svg) }));
    const chart = surfaces.sort((a, b) => b.width * b.height - a.width * a.height)[0];
    return chart && chart.width > 0 && chart.height > 0 ? [{ title: figure.dataset.chart ?? '', ...chart }] : [];
  });

/** A standalone SVG document for one chart. */
export const svgDocument = (svg: SVGSVGElement, width: number, height: number): string => {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('style', `font-family: ${FONT}; font-size: 12px;`);
  return new XMLSerializer().serializeToString(clone);
};

const loadImage = async (source: string): Promise<HTMLImageElement> => {
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    // decode() resolved: the image holds its pixels, the URL is no longer needed.
    URL.revokeObjectURL(url);
  }
};

/** One PNG of every chart under `root`; null when there is no chart to draw. */
export const chartsToPng = async (root: ParentNode, options: ImageOptions): Promise<Blob | null> => {
  const pieces = chartPieces(root);
  if (pieces.length === 0) return null;
  const scale = options.scale ?? 2;
  const width = PAD * 2 + Math.max(...pieces.map((p) => p.width));
  const height = PAD * 2 + HEADING + pieces.reduce((sum, p) => sum + TITLE + p.height + GAP, 0) - GAP;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.scale(scale, scale);
  context.fillStyle = options.background;
  context.fillRect(0, 0, width, height);
  context.textBaseline = 'top';
  context.fillStyle = options.text;
  context.font = `600 16px ${FONT}`;
  context.fillText(options.heading, PAD, PAD);
  let y = PAD + HEADING;
  for (const piece of pieces) {
    context.fillStyle = options.muted;
    context.font = `600 13px ${FONT}`;
    context.fillText(piece.title, PAD, y + 4);
    y += TITLE;
    const image = await loadImage(svgDocument(piece.svg, piece.width, piece.height));
    context.drawImage(image, PAD, y, piece.width, piece.height);
    y += piece.height + GAP;
  }
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob), 'image/png'));
};

/** Hands a file to the browser's download (web mode, and Electron's own Save dialog for downloads). */
export const downloadBlob = (name: string, blob: Blob): void => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  // Inside the open modal dialog when there is one: everything outside it is inert.
  (document.querySelector<HTMLElement>('dialog[open]') ?? document.body).append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
};
