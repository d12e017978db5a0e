/** What a chart shows, independent of the library that draws it. */
export interface ChartSeries {
  label: string;
  /** One per label; null leaves a gap (e.g. a week with no sessions). */
  values: (number | null)[];
  colour: string;
}

export interface ChartSpec {
  /** Stacked bars add up the series per label; bars and lines draw each series on its own. */
  kind: 'stacked-bars' | 'bars' | 'lines';
  labels: string[];
  series: ChartSeries[];
  /** Top of the value axis (e.g. 100 for percentages). */
  max: number;
  unit: string;
}

/** Draws a chart into the element and returns how to remove it. */
export type ChartRenderer = (element: HTMLElement, spec: ChartSpec) => () => void;

// Colours match the sidebar's statuses; each has at least 3:1 contrast on the chart's white ground
// (WCAG 1.4.11), and every chart has a data table beside it, so colour is never the only key.
export const STATUS_COLOURS = {
  explored: '#007f3b',
  'not-relevant': '#005eb8',
  declined: '#8a1538',
  revisit: '#7a4100',
  open: '#768692',
} as const;
