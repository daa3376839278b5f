// The keyboard on the focused chart: arrows move the selection to the nearest body that way
// (Shift+arrows pan), + and - zoom, 0 fits the whole chart, Escape clears the selection.
import type cytoscape from 'cytoscape';
import { arrowStep } from './arrow-keys.js';
import type { Positions } from './grouped-layout.js';

const ZOOM_STEP = 1.25;
const PAN_STEP = 80;

/** What the keys act on: the chart (cy-chart.ts). */
export interface KeyTarget {
  readonly cy: cytoscape.Core;
  /** the last layout's centre of every body, drawn or not */
  positions(): Positions;
  /** selects a body and brings it into view, as a pick by keyboard (null: none) */
  pick(id: string | null): void;
  zoomBy(factor: number): void;
  fitAll(): void;
}

/** Handles a key on the chart; whether it was one of the chart's (its default then prevented). */
export function onChartKey(chart: KeyTarget, e: KeyboardEvent): boolean {
  const dir = arrowStep(e.key);
  if (dir && e.shiftKey) chart.cy.panBy({ x: -dir[0] * PAN_STEP, y: -dir[1] * PAN_STEP });
  else if (dir) {
    const next = nearest(chart.cy, chart.positions(), dir);
    if (next) chart.pick(next);
  } else if (e.key === '+' || e.key === '=') chart.zoomBy(ZOOM_STEP);
  else if (e.key === '-' || e.key === '_') chart.zoomBy(1 / ZOOM_STEP);
  else if (e.key === '0') chart.fitAll();
  else if (e.key === 'Escape') chart.pick(null);
  else return false;
  e.preventDefault();
  return true;
}

/**
 * The closest body in a direction from the selected node (or the top-left body when none is),
 * drawn or not: in a window, moving to a body opens its partnership.
 */
function nearest(cy: cytoscape.Core, positions: Positions, [dx, dy]: readonly [number, number]): string | null {
  const current = cy.nodes(':selected').first();
  if (current.empty()) {
    let first: [string, { x: number; y: number }] | null = null;
    for (const entry of positions) if (!first || entry[1].y < first[1].y || (entry[1].y === first[1].y && entry[1].x < first[1].x)) first = entry;
    return first ? first[0] : null;
  }
  const { x, y } = positions.get(current.id()) ?? current.position();
  let best: string | null = null;
  let bestScore = Infinity;
  positions.forEach((p, id) => {
    if (id === current.id()) return;
    const along = (p.x - x) * dx + (p.y - y) * dy;
    if (along <= 1) return;
    const across = Math.abs((p.x - x) * dy) + Math.abs((p.y - y) * dx);
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = id;
    }
  });
  return best;
}
