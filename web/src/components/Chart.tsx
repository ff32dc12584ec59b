// A uPlot chart as a Preact component: created when options or data change, resized with its box,
// destroyed on unmount. Times are shown in UTC, as the store keeps them.
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartProps {
  options: Omit<uPlot.Options, 'width'>;
  data: uPlot.AlignedData;
  /** Called with the chart once it exists (to attach click handlers). */
  onCreate?: (u: uPlot) => void;
  testId?: string;
}

export const utc = (ts: number) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC');

export function Chart({ options, data, onCreate, testId }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const u = new uPlot({ tzDate: utc, ...options, width: Math.max(300, el.clientWidth) } as uPlot.Options, data, el);
    onCreate?.(u);
    const ro = new ResizeObserver(() => u.setSize({ width: Math.max(300, el.clientWidth), height: options.height }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      u.destroy();
    };
  }, [options, data]);
  return <div class="chart" ref={box} data-testid={testId} />;
}

/** Bars drawn from 0; several series of cumulative values drawn in order make a stacked bar chart. */
export const bars = uPlot.paths.bars!({ size: [0.8, 40], align: 0 });

/** A step line: each value holds until the next point (segment means). */
export const stepped = uPlot.paths.stepped!({ align: 1 });
