// What the browser tests read of a drawn chart through Cytoscape's own handle on its container.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Where the chart draws node `id`, in the page's viewport coordinates. */
export const nodeAt = (page: Page, id: string): Promise<{ x: number; y: number }> =>
  page.evaluate((nid) => {
    const box = document.querySelector('.cy') as HTMLElement & { _cyreg?: { cy: { getElementById(i: string): { renderedPosition(): { x: number; y: number } } } } };
    const p = box._cyreg!.cy.getElementById(nid).renderedPosition();
    const r = box.getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, id);

/** Whether the chart draws node `id` inside its box on the page, polled until it does. */
export async function expectNodeInView(page: Page, id: string): Promise<void> {
  const box = (await page.locator('.cy').boundingBox())!;
  await expect
    .poll(async () => {
      const p = await nodeAt(page, id);
      return p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height;
    })
    .toBe(true);
}
