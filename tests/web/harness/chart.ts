// What the browser tests read of a drawn chart through Cytoscape's own handle on its container.
import type { Page } from 'playwright-core';

/** Where the chart draws node `id`, in the page's viewport coordinates. */
export const nodeAt = (page: Page, id: string): Promise<{ x: number; y: number }> =>
  page.evaluate((nid) => {
    const box = document.querySelector('.cy') as HTMLElement & { _cyreg?: { cy: { getElementById(i: string): { renderedPosition(): { x: number; y: number } } } } };
    const p = box._cyreg!.cy.getElementById(nid).renderedPosition();
    const r = box.getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, id);
