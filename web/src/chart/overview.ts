// The whole chart in small, beside the readable detail: a borough is too big to show whole with
// its labels at a readable size, so the first view shows its top at that size and this overview
// shows all of it, with the part in view framed. A press or drag on it moves the view there, and
// so do the arrow keys when it has focus. It is shown when a chart, at its first fit, does not fit
// whole, and it sits in a strip of the stage of its own (chart.css), so it never hides the chart.
// Its drawing is a picture of the chart's own boxes, hidden from assistive technology (the list
// holds the same structure); the box itself is a named, focusable control.
import type cytoscape from 'cytoscape';
import { arrowStep } from './arrow-keys.js';
import { KIND_STYLE } from './vocab.js';
import type { NodeKind } from '../generated/graphql.js';

const NS = 'http://www.w3.org/2000/svg';

const svgEl = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] => {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
};

export class ChartOverview {
  readonly el: HTMLElement;
  private readonly svg: SVGSVGElement;
  private readonly frame: SVGRectElement;
  private bounds: cytoscape.BoundingBox12 & cytoscape.BoundingBoxWH = { x1: 0, y1: 0, x2: 0, y2: 0, w: 0, h: 0 };

  constructor(private readonly cy: cytoscape.Core) {
    this.el = document.createElement('div');
    this.el.className = 'chart-overview';
    this.el.tabIndex = 0;
    this.el.setAttribute('role', 'group');
    this.el.setAttribute('aria-roledescription', 'overview');
    this.el.setAttribute('aria-label', 'Overview of the whole chart: arrow keys move the view');
    this.el.hidden = true;
    this.svg = svgEl('svg', { preserveAspectRatio: 'xMidYMid meet', 'aria-hidden': 'true' });
    this.frame = svgEl('rect', { class: 'chart-overview-frame', fill: 'rgb(0 95 204 / 0.12)', stroke: '#005fcc', 'vector-effect': 'non-scaling-stroke', 'stroke-width': 2 });
    this.el.append(this.svg);
    cy.on('viewport resize', () => this.sync());
    let dragging = false;
    this.el.addEventListener('pointerdown', (e) => {
      dragging = true;
      this.el.setPointerCapture(e.pointerId);
      this.moveTo(e);
      e.preventDefault();
    });
    this.el.addEventListener('pointermove', (e) => dragging && this.moveTo(e));
    this.el.addEventListener('pointerup', () => (dragging = false));
    this.el.addEventListener('pointercancel', () => (dragging = false));
    this.el.addEventListener('keydown', (e) => this.onKey(e));
  }

  /** The width the overview takes from the stage when shown (0 when it is not in the page, or not shown at this width: a phone's). */
  room(): number {
    const shown = !this.el.hidden;
    this.el.hidden = false;
    const width = this.el.offsetWidth;
    this.el.hidden = !shown;
    return width;
  }

  /**
   * Redraws from what the chart holds now (after each layout and its first fit), shown when the
   * chart is not in view whole. True when that changed, which resizes the chart's own box.
   */
  draw(): boolean {
    const b = this.cy.elements().boundingBox();
    this.bounds = b;
    const pad = Math.max(b.w, b.h) * 0.02;
    this.svg.setAttribute('viewBox', `${b.x1 - pad} ${b.y1 - pad} ${b.w + 2 * pad} ${b.h + 2 * pad}`);
    const parts: SVGElement[] = [];
    this.cy.edges().forEach((e) => {
      const route = e.data('route') as string | undefined;
      const pts: { x: number; y: number }[] = route ? JSON.parse(route) : [e.source().position(), e.target().position()];
      parts.push(svgEl('polyline', { points: pts.map((p) => `${p.x},${p.y}`).join(' '), fill: 'none', stroke: '#7a8290', 'stroke-width': 1, 'vector-effect': 'non-scaling-stroke' }));
    });
    this.cy.nodes().forEach((n) => {
      if (n.isParent()) return;
      const kind = n.data('kind') as NodeKind | null;
      const { x1, y1, w, h } = n.boundingBox({ includeLabels: false });
      parts.push(svgEl('rect', { x: x1, y: y1, width: w, height: h, fill: kind ? KIND_STYLE[kind].fill : '#ffffff', stroke: kind ? KIND_STYLE[kind].border : '#333333', 'stroke-width': 1, 'vector-effect': 'non-scaling-stroke' }));
    });
    this.svg.replaceChildren(...parts, this.frame);
    const ext = this.cy.extent();
    const whole = this.cy.elements().empty() || (ext.x1 <= b.x1 + 1 && ext.y1 <= b.y1 + 1 && ext.x2 >= b.x2 - 1 && ext.y2 >= b.y2 - 1);
    const changed = this.el.hidden !== whole;
    this.el.hidden = whole;
    this.sync();
    return changed;
  }

  /** Frames the part in view. */
  private sync(): void {
    const ext = this.cy.extent();
    // a chart with no size on screen (the report's scratch one) has no extent: NaN is no SVG length
    if (![ext.x1, ext.y1, ext.w, ext.h].every(Number.isFinite)) return;
    this.frame.setAttribute('x', String(ext.x1));
    this.frame.setAttribute('y', String(ext.y1));
    this.frame.setAttribute('width', String(ext.w));
    this.frame.setAttribute('height', String(ext.h));
  }

  /** Centres the view on the chart point under the pointer. */
  private moveTo(e: PointerEvent): void {
    const m = this.svg.getScreenCTM();
    if (!m) return;
    this.centreOn(new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse()));
  }

  /** Arrow keys move the framed part a tenth of the whole chart that way. */
  private onKey(e: KeyboardEvent): void {
    const dir = arrowStep(e.key);
    if (!dir) return;
    e.preventDefault();
    const ext = this.cy.extent();
    const step = Math.max(this.bounds.w, this.bounds.h) / 10;
    this.centreOn({ x: (ext.x1 + ext.x2) / 2 + dir[0] * step, y: (ext.y1 + ext.y2) / 2 + dir[1] * step });
  }

  private centreOn(p: { x: number; y: number }): void {
    const z = this.cy.zoom();
    this.cy.pan({ x: this.cy.width() / 2 - p.x * z, y: this.cy.height() / 2 - p.y * z });
  }
}
