import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ChartRenderer, ChartSpec } from './chart-spec';

// uPlot: canvas charts in about 20 KB gzipped, no dependencies, no eval (the pages' CSP allows
// only our own scripts), loaded by the dashboard only.

const INK = '#212b32';
/** Long names are cut on the chart only; the data table beside it has them in full. */
const short = (label: string) => (label.length > 30 ? `${label.slice(0, 28).trimEnd()}…` : label);

/** uPlot does not stack: draw running totals, longest first, so each bar shows its own segment. */
function stackedData(spec: ChartSpec): number[][] {
  const totals = spec.labels.map(() => 0);
  return spec.series.map((s) => s.values.map((v, i) => (totals[i]! += v ?? 0))).reverse();
}

function options(spec: ChartSpec, width: number): uPlot.Options {
  const lines = spec.kind === 'lines';
  const stacked = spec.kind === 'stacked-bars';
  const xs = spec.labels.map((_, i) => i);
  const series = stacked ? [...spec.series].reverse() : spec.series;
  const bars = uPlot.paths.bars!({ size: [0.7, 40], align: 0 });
  // A label on every category for bars; at most about twelve along the time axis, so they stay legible.
  const step = lines ? Math.ceil(xs.length / 12) : 1;
  const categories: uPlot.Axis = { splits: () => xs.filter((i) => i % step === 0), values: (_u, splits) => splits.map((i) => short(spec.labels[i] ?? '')), stroke: INK, grid: { show: false } };
  // Counts tick in whole numbers; percentages in tens.
  const amounts: uPlot.Axis = { space: 60, values: (_u, splits) => splits.map((v) => `${v}${spec.unit}`), stroke: INK, incrs: [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 100_000] };
  return {
    width,
    // Bars run across, one row per category, so long domain names read level.
    height: lines ? 300 : 40 + 30 * spec.labels.length,
    cursor: { show: false },
    legend: { show: true, live: false },
    scales: {
      x: { time: false, range: [-0.6, xs.length - 0.4], ...(lines ? {} : { ori: 1, dir: -1 }) },
      y: { range: [0, spec.max], ...(lines ? {} : { ori: 0 }) },
    },
    axes: lines
      ? [{ ...categories, rotate: -30, size: 70 }, amounts]
      : [{ ...categories, side: 3, size: 210 }, { ...amounts, side: 2 }],
    series: [
      {},
      ...series.map((s) => ({ label: s.label, stroke: s.colour, width: lines ? 3 : 0, fill: lines ? undefined : s.colour, paths: lines ? undefined : bars, points: { show: lines, size: 7 } })),
    ],
  };
}

export const drawWithUplot: ChartRenderer = (element, spec) => {
  const width = () => Math.max(element.clientWidth, 320);
  const data = spec.kind === 'stacked-bars' ? stackedData(spec) : spec.series.map((s) => s.values);
  const plot = new uPlot(options(spec, width()), [spec.labels.map((_, i) => i), ...data] as uPlot.AlignedData, element);
  const resize = new ResizeObserver(() => plot.setSize({ width: width(), height: plot.height }));
  resize.observe(element);
  return () => {
    resize.disconnect();
    plot.destroy();
  };
};
