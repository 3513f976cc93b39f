/** Who appears with an entity: the entity in the middle, the others around it, lines as thick as the articles they share. */
import { href } from '../api.js';

export interface GraphNode {
  id: string;
  name: string;
  type: string;
  weight: number;
}

export function CooccurrenceGraph({ center, nodes, label }: { center: string; nodes: GraphNode[]; label: string }) {
  const W = 520;
  const H = 380;
  const cx = W / 2;
  const cy = H / 2;
  const R = Math.min(W, H) / 2 - 50;
  const max = Math.max(1, ...nodes.map((n) => n.weight));
  const shown = nodes.slice(0, 16);
  return (
    <svg class="graph" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <title>{label}</title>
      {shown.map((n, i) => {
        const a = (2 * Math.PI * i) / shown.length - Math.PI / 2;
        const x = cx + R * Math.cos(a);
        const y = cy + R * Math.sin(a);
        return <line key={`l-${n.id}`} x1={cx} y1={cy} x2={x} y2={y} class="edge" stroke-width={1 + (5 * n.weight) / max} />;
      })}
      {shown.map((n, i) => {
        const a = (2 * Math.PI * i) / shown.length - Math.PI / 2;
        const x = cx + R * Math.cos(a);
        const y = cy + R * Math.sin(a);
        const anchor = Math.abs(Math.cos(a)) < 0.3 ? 'middle' : Math.cos(a) > 0 ? 'start' : 'end';
        const dx = anchor === 'start' ? 10 : anchor === 'end' ? -10 : 0;
        const dy = anchor === 'middle' ? (Math.sin(a) > 0 ? 22 : -12) : 4;
        const name = n.name.length > 28 ? n.name.slice(0, 27) + '…' : n.name;
        return (
          <a key={`n-${n.id}`} href={href.entity(n.id)} class={`node type-${n.type.toLowerCase()}`}>
            <circle cx={x} cy={y} r={6 + (6 * n.weight) / max} />
            <text x={x + dx} y={y + dy} text-anchor={anchor}>
              {name} ({n.weight})
            </text>
          </a>
        );
      })}
      <circle cx={cx} cy={cy} r={16} class="center" />
      <text x={cx} y={cy + 34} text-anchor="middle" class="center-label">
        {center.length > 32 ? center.slice(0, 31) + '…' : center}
      </text>
    </svg>
  );
}
