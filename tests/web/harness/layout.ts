// What axe does not measure in the browser tests, found from the page's geometry: a control drawn as a
// box of its own smaller than 24 px, a select that cuts off the option it shows, and a focus ring cut
// off by a box that clips what is drawn past its edge. Each returns what it found, described so that a
// failure says what to fix.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const CONTROLS = 'a[href], button, summary, select, input, textarea, [tabindex]';

/**
 * Controls under 24 px wide or high (WCAG 2.5.8) that are boxes of their own. Links inline in running
 * text take the height of its lines and are exempt, as the criterion exempts them; so is a checkbox or
 * radio button with a label, which a click on the label works too.
 */
export const smallTargets = (page: Page): Promise<string[]> =>
  page.locator(CONTROLS).evaluateAll((els) =>
    els
      .filter((e) => e.checkVisibility() && !e.closest('[inert]') && (e as HTMLElement).tabIndex >= 0 && getComputedStyle(e).display !== 'inline')
      .filter((e) => !(e instanceof HTMLInputElement && ['checkbox', 'radio'].includes(e.type) && e.labels?.length))
      .flatMap((e) => {
        const r = e.getBoundingClientRect();
        const name = (e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 40);
        return r.width < 24 || r.height < 24 ? [`${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${name}": ${r.width.toFixed(1)} x ${r.height.toFixed(1)} px`] : [];
      }),
  );

/**
 * Selects whose chosen option's text is wider than the room for it (a select cuts its text off, it
 * cannot wrap it). The room is the select's inner width less its arrow, which is measured as what a
 * copy of the select sized to its longest option adds to that option's text. `every`: any option's
 * text, as it would show once chosen, in the selects `selector` finds.
 */
export const cutSelects = (page: Page, opts: { every?: boolean; selector?: string } = {}): Promise<string[]> =>
  page.locator(opts.selector ?? 'select').evaluateAll((selects, every) => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    return (selects as HTMLSelectElement[])
      .filter((s) => s.checkVisibility())
      .flatMap((s) => {
        const cs = getComputedStyle(s);
        ctx.font = cs.font;
        const width = (t: string) => ctx.measureText(t).width;
        const pad = parseFloat(cs.paddingLeft) + parseFloat(cs.paddingRight);
        const copy = s.cloneNode(true) as HTMLSelectElement;
        copy.style.cssText = 'position:absolute;visibility:hidden;width:auto;min-width:0;max-width:none';
        document.body.append(copy);
        const arrow = copy.clientWidth - pad - Math.max(...[...s.options].map((o) => width(o.text)));
        copy.remove();
        const room = s.clientWidth - pad - arrow;
        const shown = every ? [...s.options].map((o) => o.text) : [s.selectedOptions[0]?.text ?? ''];
        return shown.filter((t) => width(t) > room + 0.5).map((t) => `#${s.id} ${every ? 'would show' : 'shows'} "${t}" (${width(t).toFixed(0)} px) in ${room.toFixed(0)} px`);
      });
  }, opts.every ?? false);

/** FocusOptions as Chromium takes them: focusVisible draws the ring a keyboard's focus draws (not yet in TypeScript's DOM types). */
type KeyboardFocus = FocusOptions & { focusVisible: boolean };

/**
 * Focusable elements whose focus outline (its width and offset, as drawn when focused by keyboard) runs
 * past the edge of an ancestor that clips (a box that scrolls, or hides its overflow): that part of the
 * ring is never seen, however the box is scrolled. Focuses each such element in turn without scrolling,
 * then gives the focus back to the element that had it.
 */
export const cutFocusRings = (page: Page): Promise<string[]> =>
  page.locator(CONTROLS).evaluateAll((els) => {
    const had = document.activeElement;
    const found = els
      .filter((e) => e.checkVisibility() && !e.closest('[inert]') && (e as HTMLElement).tabIndex >= 0 && !(e as HTMLButtonElement).disabled)
      .flatMap((e) => {
        const clips: HTMLElement[] = [];
        for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') clips.push(a);
        if (!clips.length) return [];
        (e as HTMLElement).focus({ preventScroll: true, focusVisible: true } as KeyboardFocus);
        const cs = getComputedStyle(e);
        const ring = cs.outlineStyle === 'none' ? 0 : parseFloat(cs.outlineWidth) + parseFloat(cs.outlineOffset);
        if (ring <= 0) return [];
        const r = e.getBoundingClientRect();
        return clips.flatMap((a) => {
          // the element's ring in the coordinates of the box's scrolled content
          const box = a.getBoundingClientRect();
          const left = r.left - ring - (box.left + a.clientLeft) + a.scrollLeft;
          const top = r.top - ring - (box.top + a.clientTop) + a.scrollTop;
          const right = r.right + ring - (box.left + a.clientLeft) + a.scrollLeft;
          const bottom = r.bottom + ring - (box.top + a.clientTop) + a.scrollTop;
          const cut = [left < -0.5 && 'left', top < -0.5 && 'top', right > a.scrollWidth + 0.5 && 'right', bottom > a.scrollHeight + 0.5 && 'bottom'].filter(Boolean);
          const name = (e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 40);
          return cut.length ? [`${e.tagName.toLowerCase()} "${name}": its ring cut at the ${cut.join(', ')} by ${a.tagName.toLowerCase()}.${[...a.classList].join('.')}`] : [];
        });
      });
    if (had instanceof HTMLElement && had !== document.body) had.focus({ preventScroll: true });
    else (document.activeElement as HTMLElement | null)?.blur();
    return found;
  });

/** No small target, cut-off select or cut-off focus ring on the page as it stands; `where` names the view and state. */
export async function expectLayoutSound(page: Page, where: string): Promise<void> {
  const width = page.viewportSize()?.width ?? '?';
  expect(await smallTargets(page), `controls under 24 px at ${where} (${width} px)`).toEqual([]);
  expect(await cutSelects(page), `selects cutting off their text at ${where} (${width} px)`).toEqual([]);
  expect(await cutFocusRings(page), `focus rings cut off at ${where} (${width} px)`).toEqual([]);
}

/**
 * Links in table cells (`selector`) whose name wraps and whose first line does not stand on the line
 * where the link starts: an inline-block link is one box whose baseline is its last line, so a bullet
 * or a number before it ("2.3 ", "3 ") stood beside its last line. Measured with an empty
 * inline-block put just before the link, whose bottom is the baseline of that line. Also each line
 * of a link less than 24 px high (WCAG 2.5.8). `wrapped` counts the links that wrap, so a check
 * that found none to measure can say so.
 */
export const misalignedLinks = (page: Page, selector: string): Promise<{ wrapped: number; found: string[] }> =>
  page.locator(selector).evaluateAll((links) => {
    const letter = (t: Text, i: number) => {
      const r = document.createRange();
      r.setStart(t, i);
      r.setEnd(t, i + 1);
      return r.getBoundingClientRect();
    };
    const texts = (a: Element) => {
      const walk = document.createTreeWalker(a, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT) });
      const out: Text[] = [];
      while (walk.nextNode()) out.push(walk.currentNode as Text);
      return out;
    };
    let wrapped = 0;
    const found = links
      .filter((a) => a.checkVisibility())
      .flatMap((a) => {
        const all = texts(a);
        if (!all.length) return [];
        const first = letter(all[0]!, all[0]!.textContent!.search(/\S/));
        const lastText = all[all.length - 1]!;
        const last = letter(lastText, lastText.textContent!.trimEnd().length - 1);
        const name = `"${a.textContent!.trim().slice(0, 50)}"`;
        const small = [...a.getClientRects()].filter((r) => r.width > 0 && r.height < 24).map((r) => `${name}: a line ${r.height.toFixed(1)} px high`);
        if (last.top - first.top < 1) return small;
        wrapped++;
        const probe = document.createElement('span');
        probe.style.cssText = 'display:inline-block;width:0;height:0';
        a.before(probe);
        const line = probe.getBoundingClientRect().bottom;
        probe.remove();
        // above its first line is a link that starts a new line after what comes before it (", "): as it should
        const beside = line <= first.bottom + 0.5;
        return [...small, ...(beside ? [] : [`${name}: what comes before it stands at ${line.toFixed(0)}, below its first line (${first.top.toFixed(0)}-${first.bottom.toFixed(0)})`])];
      });
    return { wrapped, found };
  });
