import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ChartRenderer, ChartSpec } from './chart-spec';

// uPlot: canvas charts in about 20 KB gzipped, no dependencies, no eval (the pages' CSP allows
// only our own scripts), loaded by the dashboard only.

const INK = '#212b32';
const FONT = '12px Arial, "Noto Sans", "Liberation Sans", sans-serif';
const LINE = 18;

/** Width of a label as the chart will draw it. */
const measure = (() => {
  const context = document.createElement('canvas').getContext('2d');
  return (text: string) => {
    if (!context) return text.length * 7;
    context.font = FONT;
    return context.measureText(text).width;
  };
})();

/**
 * A category label in lines no wider than `room`, at most two, so long domain names show whole
 * (issue 18: "Identity, racism and discrim…"); only a name longer than two lines is shortened, and
 * the data table beside the chart has every name in full.
 */
function wrap(label: string, room: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} ${word}`) <= room) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= 2) return lines;
  let second = lines.slice(1).join(' ');
  while (second.length > 1 && measure(`${second}…`) > room) second = second.slice(0, -1);
  return [lines[0]!, `${second.trimEnd()}…`];
}

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
  // Bars run across, one row per category, so long domain names read level: the names get up to
  // two fifths of the width, wrapped onto two lines where they need it.
  const wrapped = spec.labels.map((label) => (lines ? [label] : wrap(label, Math.max(120, width * 0.4))));
  const widest = Math.max(0, ...wrapped.flat().map(measure));
  const twoLines = wrapped.some((l) => l.length > 1);
  // A label on every category for bars; at most about twelve along the time axis, so they stay legible.
  const step = lines ? Math.ceil(xs.length / 12) : 1;
  const categories: uPlot.Axis = { font: FONT, splits: () => xs.filter((i) => i % step === 0), values: (_u, splits) => splits.map((i) => (wrapped[i] ?? []).join('\n')), stroke: INK, grid: { show: false } };
  // Counts tick in whole numbers; percentages in tens.
  const amounts: uPlot.Axis = { font: FONT, space: 60, values: (_u, splits) => splits.map((v) => `${v}${spec.unit}`), stroke: INK, incrs: [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 100_000] };
  // Dates along the time axis slant down to the right: room on the right and below for the last one (issue 18: "30 Nov 20…").
  const slant = Math.ceil(widest * Math.cos(Math.PI / 6));
  return {
    width,
    height: lines ? 300 : 40 + (twoLines ? 2 * LINE + 6 : 30) * spec.labels.length,
    padding: lines ? [12, slant, 0, 0] : [12, 24, 0, 0],
    cursor: { show: false },
    legend: { show: true, live: false },
    scales: {
      x: { time: false, range: [-0.6, xs.length - 0.4], ...(lines ? {} : { ori: 1, dir: -1 }) },
      y: { range: [0, spec.max], ...(lines ? {} : { ori: 0 }) },
    },
    axes: lines
      ? [{ ...categories, rotate: -30, size: Math.ceil(widest / 2 + LINE + 16) }, amounts]
      : [{ ...categories, side: 3, size: Math.ceil(widest + 20) }, { ...amounts, side: 2 }],
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
