import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ChartRenderer, ChartSpec } from './chart-spec';

// uPlot: canvas charts in about 20 KB gzipped, no dependencies, no eval (the pages' CSP allows
// only our own scripts), loaded by the dashboard only.

/** uPlot does not stack: draw running totals, tallest first, so each bar shows its own segment. */
function stackedData(spec: ChartSpec): number[][] {
  const totals = spec.labels.map(() => 0);
  return spec.series.map((s) => s.values.map((v, i) => (totals[i]! += v ?? 0))).reverse();
}

export const drawWithUplot: ChartRenderer = (element, spec) => {
  const stacked = spec.kind === 'stacked-bars';
  const series = stacked ? [...spec.series].reverse() : spec.series;
  const data = stacked ? stackedData(spec) : spec.series.map((s) => s.values);
  const xs = spec.labels.map((_, i) => i);
  const lines = spec.kind === 'lines';
  const bars = uPlot.paths.bars!({ size: [stacked ? 0.7 : 0.6, 48], align: 0 });
  const plot = new uPlot(
    {
      width: Math.max(element.clientWidth, 320),
      height: 300,
      cursor: { show: false },
      legend: { show: true, live: false },
      scales: { x: { time: false, range: [-0.6, xs.length - 0.4] }, y: { range: [0, spec.max] } },
      axes: [
        { splits: () => xs, values: (_u, splits) => splits.map((i) => spec.labels[i] ?? ''), rotate: spec.labels.length > 6 ? -40 : 0, size: spec.labels.length > 6 ? 110 : 40, stroke: '#212b32' },
        { values: (_u, splits) => splits.map((v) => `${v}${spec.unit}`), stroke: '#212b32' },
      ],
      series: [
        {},
        ...series.map((s) => ({ label: s.label, stroke: s.colour, width: lines ? 3 : 1, fill: lines ? undefined : s.colour, paths: lines ? undefined : bars, points: { show: lines, size: 7 } })),
      ],
    },
    [xs, ...data],
    element,
  );
  const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(element.clientWidth, 320), height: 300 }));
  resize.observe(element);
  return () => {
    resize.disconnect();
    plot.destroy();
  };
};
