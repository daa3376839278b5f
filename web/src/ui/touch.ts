// Small-screen helpers: a panel that opens below what was tapped is brought into view, and a chart
// canvas lets a one-finger swipe scroll the page instead of trapping it.

const smooth = (): ScrollBehavior => (window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');

/** Scrolls `el` to the top of the viewport when its top is off screen (a narrow layout puts panels under what opened them). */
export function revealIfOffscreen(el: HTMLElement): void {
  const top = el.getBoundingClientRect().top;
  if (top >= 0 && top < window.innerHeight * 0.75) return;
  el.scrollIntoView({ block: 'start', behavior: smooth() });
}

/**
 * Keeps one-finger touches away from Cytoscape, which would take every swipe on the chart for
 * panning and cancel the page's scroll: the swipe scrolls the page, a tap still reaches the chart
 * as the mouse click the browser makes of it, and two fingers still pinch and pan the chart.
 */
export function releaseSwipes(container: HTMLElement): void {
  let single = false;
  const keep = (e: TouchEvent) => {
    if (e.type === 'touchstart') single = e.touches.length === 1;
    else if (e.touches.length > 1) single = false;
    if (single) e.stopPropagation();
  };
  for (const type of ['touchstart', 'touchmove', 'touchend', 'touchcancel'] as const) container.addEventListener(type, keep, { capture: true, passive: true });
}
