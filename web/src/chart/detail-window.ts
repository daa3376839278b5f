// Level of detail for a big chart grouped by partnership (a national overview of thousands of
// bodies): Cytoscape holds one summary box per partnership (its name and how many bodies it draws)
// with one line for each pair of partnerships joined by lines, and the bodies and lines of only
// those partnerships in view once the view is zoomed in far enough to see them; panning or zooming
// out hands them back. Adding, styling and measuring every element of five thousand bodies cost
// Cytoscape seconds before the first frame; what is in view costs a few hundred of them. The
// summaries are drawn under everything (a partnership's frame once it is open). Everything stays
// reachable: a body is opened before it is selected, and the list holds the whole structure.
import type cytoscape from 'cytoscape';
import type { GroupBoxes } from './grouped-layout.js';
import { plural } from '../ui/words.js';

export type NodeDef = cytoscape.ElementDefinition & { group: 'nodes'; data: { id: string } };
export type EdgeDef = cytoscape.ElementDefinition & { group: 'edges'; data: { id: string; source: string; target: string } };

export interface WindowContent {
  /** the bodies, each with `data.group`, the partnership whose box holds it */
  nodes: NodeDef[];
  edges: EdgeDef[];
  /** the partnerships: their ids, titles and classes, and their boxes from the layout */
  groups: { id: string; title: string; classes: string }[];
  boxes: GroupBoxes;
}

/** Below this zoom a partnership is its summary; at it and above, its bodies are drawn. */
export const DETAIL_ZOOM = 0.5;
/** Partnerships this far (a share of the view's size) outside the view are opened too, so a pan shows them drawn. */
const MARGIN = 0.5;

export class DetailWindow {
  private readonly groupOf = new Map<string, string>();
  private readonly members = new Map<string, NodeDef[]>();
  private readonly linesOf = new Map<string, EdgeDef[]>();
  private readonly open = new Set<string>();
  private pinned = new Set<string>();
  private scheduled = 0;
  /** bodies in no partnership: always drawn */
  private readonly loose: NodeDef[];

  constructor(
    private readonly cy: cytoscape.Core,
    private readonly content: WindowContent,
  ) {
    for (const n of content.nodes) {
      const g = n.data.group as string | undefined;
      if (!g) continue;
      this.groupOf.set(n.data.id, g);
      (this.members.get(g) ?? this.members.set(g, []).get(g)!).push(n);
    }
    for (const e of content.edges)
      for (const g of new Set([this.groupOf.get(e.data.source), this.groupOf.get(e.data.target)]))
        if (g) (this.linesOf.get(g) ?? this.linesOf.set(g, []).get(g)!).push(e);
    this.loose = content.nodes.filter((n) => !n.data.group);
    cy.on('viewport resize', this.onViewport);
  }

  /** The summaries and the lines between partnerships: what the chart holds before any zooming in. */
  summaries(): cytoscape.ElementDefinition[] {
    const between = new Map<string, { source: string; target: string; count: number }>();
    for (const e of this.content.edges) {
      const [s, t] = [this.groupOf.get(e.data.source), this.groupOf.get(e.data.target)];
      if (!s || !t || s === t) continue;
      const key = `${s}\u0000${t}`;
      between.set(key, { source: s, target: t, count: (between.get(key)?.count ?? 0) + 1 });
    }
    // lines and borders sized for the zoom the summaries are read at, where 2 px would vanish
    const stroke = this.smallestSummaryFont() / 6;
    return [
      ...this.content.groups.map((g) => {
        const box = this.content.boxes.get(g.id)!;
        const count = this.members.get(g.id)?.length ?? 0;
        const text = `${g.title}\n${plural(count, 'body', 'bodies')}`;
        const font = summaryFont(box);
        return {
          group: 'nodes' as const,
          data: {
            id: g.id,
            title: g.title,
            text,
            summary: true,
            width: box.width,
            height: box.height,
            summarySize: font,
            borderWidth: Math.round(stroke / 3),
            textWidth: box.width * 0.9,
            // the title hangs inside the top of the box, where the first view of a tall chart shows it
            titleDrop: Math.round(titleLines(text, font, box.width * 0.9) * font * 1.25 + font / 2),
          },
          classes: `${g.classes} summary`,
          position: { x: box.x, y: box.y },
        };
      }),
      ...this.loose,
      ...this.content.edges.filter((e) => !this.groupOf.has(e.data.source) && !this.groupOf.has(e.data.target)),
      ...[...between.values()].map((b) => ({
        group: 'edges' as const,
        data: { id: `between:${b.source}\u0000${b.target}`, source: b.source, target: b.target, count: b.count, weight: Math.round(stroke * Math.min(2, 1 + (b.count - 1) / 4)) },
        classes: 'between-groups',
      })),
    ];
  }

  /** The smallest summary title's size, in chart pixels (the fit keeps it readable). */
  smallestSummaryFont(): number {
    return Math.min(...[...this.content.boxes.values()].map(summaryFont));
  }

  /** Whether the chart draws this node, opened or not. */
  holds(id: string): boolean {
    return this.groupOf.has(id) || this.content.boxes.has(id) || this.loose.some((n) => n.data.id === id);
  }

  /** Keeps the partnerships of these nodes open whatever the view (a selection, a highlighted line). */
  pin(ids: Iterable<string>): void {
    this.pinned = new Set([...ids].map((id) => this.groupOf.get(id) ?? id).filter((g) => this.content.boxes.has(g)));
    this.update();
  }

  /** `fn` run with every partnership open (an export draws the whole chart), then the view's own again. */
  everything<T>(fn: () => T): T {
    const pinned = this.pinned;
    this.pinned = new Set(this.content.boxes.keys());
    this.update();
    try {
      return fn();
    } finally {
      this.pinned = pinned;
      this.update();
    }
  }

  /** The partnership holding a body (itself for a partnership's box). */
  groupFor(id: string): string | undefined {
    return this.groupOf.get(id) ?? (this.content.boxes.has(id) ? id : undefined);
  }

  /** A body is drawn when it is in no partnership or its partnership is open. */
  private drawn(id: string): boolean {
    const g = this.groupOf.get(id);
    return g === undefined || this.open.has(g);
  }

  destroy(): void {
    this.cy.off('viewport resize', this.onViewport);
    cancelAnimationFrame(this.scheduled);
  }

  // one update a frame, however many viewport events the frame brought
  private readonly onViewport = (): void => {
    if (!this.scheduled) this.scheduled = requestAnimationFrame(() => ((this.scheduled = 0), this.update()));
  };

  /** Opens what is in view (and pinned), closes the rest, now. */
  update(): void {
    if (this.cy.destroyed()) return;
    const want = new Set(this.pinned);
    const zoom = this.cy.zoom();
    if (zoom >= DETAIL_ZOOM) {
      const ext = this.cy.extent();
      const [mx, my] = [ext.w * MARGIN, ext.h * MARGIN];
      for (const [id, b] of this.content.boxes)
        if (b.x + b.width / 2 >= ext.x1 - mx && b.x - b.width / 2 <= ext.x2 + mx && b.y + b.height / 2 >= ext.y1 - my && b.y - b.height / 2 <= ext.y2 + my) want.add(id);
    }
    const closing = [...this.open].filter((g) => !want.has(g));
    const opening = [...want].filter((g) => !this.open.has(g));
    if (!closing.length && !opening.length) return;
    this.cy.batch(() => {
      for (const g of closing) {
        this.open.delete(g);
        this.cy.getElementById(g).removeClass('open');
        // removing a body takes its lines with it
        for (const n of this.members.get(g) ?? []) this.cy.getElementById(n.data.id).remove();
      }
      for (const g of opening) {
        this.open.add(g);
        this.cy.getElementById(g).addClass('open');
      }
      // copies: Cytoscape keeps the objects it is given, and a partnership may be opened again
      const copy = (d: NodeDef | EdgeDef): cytoscape.ElementDefinition => ({ ...d, data: { ...d.data }, ...(d.position ? { position: { ...d.position } } : {}) });
      const add = opening.flatMap((g) => this.members.get(g) ?? []).map(copy);
      const seen = new Set<string>();
      for (const g of opening)
        for (const e of this.linesOf.get(g) ?? []) {
          if (seen.has(e.data.id) || !this.drawn(e.data.source) || !this.drawn(e.data.target)) continue;
          seen.add(e.data.id);
          add.push(copy(e));
        }
      this.cy.add(add);
      // lines between partnerships' summaries only while no partnership is open
      this.cy.edges('.between-groups').toggleClass('folded', this.open.size > 0);
    });
  }
}

/** About how many lines a bold title wraps to (Cytoscape wraps at spaces, as this does). */
function titleLines(text: string, font: number, width: number): number {
  const perLine = Math.max(1, Math.floor(width / (font * 0.62)));
  return text.split('\n').reduce((n, para) => {
    let lines = 1;
    let used = 0;
    for (const word of para.split(' ')) {
      if (used && used + 1 + word.length > perLine) [lines, used] = [lines + 1, word.length];
      else used += (used ? 1 : 0) + word.length;
    }
    return n + lines;
  }, 0);
}

/** A summary's title size in chart pixels: large, as it is read zoomed out, yet within its box. */
const summaryFont = (box: { width: number; height: number }): number => Math.round(Math.max(24, Math.min(box.width / 9, box.height / 6)));
