// The strategic triangle of one window as SVG: three actors, three edges drawn by sign (green +, red −,
// grey 0, dashed: too few events), each labelled with its net cooperation and event count. Clicking an
// edge selects it. Labels are SVG text nodes.
import { signed } from '../format.ts';
import type { TriangleWindow } from '../types.ts';

const W = 460;
const H = 380;
const NODES: [number, number][] = [
  [W / 2, 56],
  [70, H - 50],
  [W - 70, H - 50],
];
/** Edge k joins these nodes: a–b, b–c, a–c, the order the API returns them in. */
const ENDS: [number, number][] = [
  [0, 1],
  [1, 2],
  [0, 2],
];

type SignStyle = { color: string; dash?: string; text: string };
const SIGN_STYLE: Record<string, SignStyle> = {
  '+': { color: '#1e8449', text: '+' },
  '-': { color: '#c0392b', text: '−' },
  '0': { color: '#7f8c8d', text: '0' },
  insufficient: { color: '#b3b6b7', dash: '6 6', text: '?' },
};

interface Props {
  actors: [string, string, string];
  window: TriangleWindow;
  selected: number | null;
  onSelect: (edge: number) => void;
  label: string;
}

export function TriangleDiagram({ actors, window: w, selected, onSelect, label }: Props) {
  return (
    <svg class="triangle" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Triangle ${actors.join(', ')}: ${label}`} data-testid="triangle-svg">
      {w.edges.map((e, k) => {
        const [i, j] = ENDS[k] as [number, number];
        const [x1, y1] = NODES[i] as [number, number];
        const [x2, y2] = NODES[j] as [number, number];
        const style = SIGN_STYLE[e.sign] ?? (SIGN_STYLE['0'] as SignStyle);
        const width = e.sign === 'insufficient' ? 2 : 2 + 6 * Math.abs(e.netCooperation ?? 0);
        // Label just outside the edge's midpoint, away from the triangle's centre.
        const mx = (x1 + x2) / 2;
        const my = (y1 + y2) / 2;
        const cx = W / 2;
        const cy = (56 + H - 50 + H - 50) / 3;
        const d = Math.hypot(mx - cx, my - cy) || 1;
        const lx = mx + ((mx - cx) / d) * 34;
        const ly = my + ((my - cy) / d) * 34;
        const isSel = selected === k;
        return (
          <g key={k} class={`edge sign-${e.sign === '-' ? 'minus' : e.sign === '+' ? 'plus' : e.sign}${isSel ? ' selected' : ''}`} data-edge={k} onClick={() => onSelect(k)}>
            <line x1={x1} y1={y1} x2={x2} y2={y2} stroke="transparent" stroke-width={24} />
            {isSel ? <line x1={x1} y1={y1} x2={x2} y2={y2} stroke="#f7dc6f" stroke-width={width + 8} stroke-linecap="round" /> : null}
            <line x1={x1} y1={y1} x2={x2} y2={y2} stroke={style.color} stroke-width={width} stroke-dasharray={style.dash} stroke-linecap="round" />
            <text x={lx} y={ly - 7} text-anchor="middle" class="edge-sign" fill={style.color}>
              {style.text} {signed(e.netCooperation)}
            </text>
            <text x={lx} y={ly + 11} text-anchor="middle" class="edge-count">
              {e.events} event{e.events === 1 ? '' : 's'}
            </text>
          </g>
        );
      })}
      {actors.map((a, i) => {
        const [x, y] = NODES[i] as [number, number];
        return (
          <g key={a} class="node">
            <circle cx={x} cy={y} r={30} />
            <text x={x} y={y + 5} text-anchor="middle">
              {a}
            </text>
          </g>
        );
      })}
      <text x={W / 2} y={(56 + 2 * (H - 50)) / 3 + 6} text-anchor="middle" class="class-label">
        {label}
      </text>
    </svg>
  );
}
