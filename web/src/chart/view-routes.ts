// The lines of an ungrouped chart too big to route whole (layout.ts: over 2,000 bodies, whose
// folded layers put hundreds of rows between a body and the next layer, so that routing every line
// took 40 s and Cytoscape minutes to draw them): only the lines with an end near the view are
// routed and drawn, each time the view settles, by the same row router (chart-routes.ts) over the
// whole chart's rows; the others are not drawn (a straight line would run through the boxes).
// Routing a view's lines takes milliseconds, after the first paint. An export routes them all (all()),
// a step at a time, saying how far it has come between steps.
import type cytoscape from 'cytoscape';
import { allSteps, type RouteStep } from './chart-routes.js';
import { routeData } from './draw-defs.js';
import type { Positions } from './grouped-layout.js';
import type { Point } from './routed-layout.js';

/** Ends this far outside the view (a share of its size) count as near it: a pan shows routed lines at once. */
const MARGIN = 0.5;
/** The view has settled when it has not moved for this long (ms). */
const SETTLE_MS = 120;
const ROUTE_FIELDS = 'routed route weights distances sourceEndpoint targetEndpoint';

export class ViewRoutes {
  private timer = 0;
  private shown = new Set<string>();
  /** every line's route, once an export has asked for them */
  private everyRoute: Promise<Map<string, Point[]>> | null = null;
  private readonly onView = () => {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.route(), SETTLE_MS);
  };

  constructor(
    private readonly cy: cytoscape.Core,
    private readonly routeSome: (lines: ReadonlySet<string>) => Generator<RouteStep, Map<string, Point[]>>,
    private readonly positions: Positions,
    /** the chart's element: after each round, data-lines-routed and data-route-ms say how many lines were drawn and in how long (for tests and the bench) */
    private readonly container: HTMLElement,
  ) {
    this.report();
    cy.on('viewport', this.onView);
    // a frame's callback runs before that frame is painted; a task it queues, after
    requestAnimationFrame(() => (this.timer = window.setTimeout(() => this.route(), 0)));
  }

  destroy(): void {
    window.clearTimeout(this.timer);
    this.cy.off('viewport', this.onView);
    this.report();
  }

  private report(round?: { lines: number; ms: number }): void {
    if (round) Object.assign(this.container.dataset, { linesRouted: String(round.lines), routeMs: round.ms.toFixed(0) });
    else for (const key of ['linesRouted', 'routeMs']) delete this.container.dataset[key];
  }

  /**
   * Every line's route (for an export: a line not routed would run straight through the boxes),
   * worked out in one go, as the lines of one view are, so that each box's ends are spread over
   * all its lines (routed a share at a time, two shares' lines met a box at one point): seconds
   * for thousands of lines. It runs a step at a time (chart-routes.ts chartRouteSteps), and
   * `progress` is told before, between steps (each once the page has painted the last) and after.
   */
  all(progress: (done: number, total: number) => void = () => {}): Promise<Map<string, Point[]>> {
    this.everyRoute ??= (async () => {
      const ids = new Set(this.cy.edges().map((l) => l.id()));
      const steps = this.routeSome(ids);
      for (let done = 0; ; ) {
        progress(done, ids.size);
        // a frame's callback runs before that frame is painted; a task it queues, after
        await new Promise((resolve) => requestAnimationFrame(() => window.setTimeout(resolve, 0)));
        const step = steps.next();
        if (step.done) {
          progress(ids.size, ids.size);
          return step.value;
        }
        done = step.value.done;
      }
    })();
    return this.everyRoute;
  }

  /** Routes the lines with an end near the view, and stops drawing the others. */
  private route(): void {
    if (this.cy.destroyed()) return;
    const started = performance.now();
    const e = this.cy.extent();
    const [mx, my] = [e.w * MARGIN, e.h * MARGIN];
    const near = (id: string) => {
      const p = this.positions.get(id);
      return !!p && p.x >= e.x1 - mx && p.x <= e.x2 + mx && p.y >= e.y1 - my && p.y <= e.y2 + my;
    };
    const lines = this.cy.edges().filter((l) => near(l.data('source') as string) || near(l.data('target') as string));
    const ids = new Set(lines.map((l) => l.id()));
    if (ids.size === this.shown.size && [...ids].every((id) => this.shown.has(id))) return;
    const routes = allSteps(this.routeSome(ids));
    this.cy.batch(() => {
      for (const id of this.shown) if (!ids.has(id)) this.cy.getElementById(id).removeData(ROUTE_FIELDS).addClass('unrouted');
      lines.forEach((l) => {
        l.data(routeData({ id: l.id(), source: l.data('source') as string, target: l.data('target') as string }, routes, this.positions));
        l.removeClass('unrouted');
      });
    });
    this.shown = ids;
    this.report({ lines: ids.size, ms: performance.now() - started });
  }
}
