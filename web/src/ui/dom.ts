// A small element builder and the app's shared states (loading, error, empty), so that no view
// is ever blank: each shows one of them while it has nothing else to show.
import { ApiError } from '../api/client.js';

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/** h('button', { class: 'x', onclick: fn, 'aria-pressed': true }, 'Text') */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'number' ? String(c) : c);
  }
}

export function clear(el: Element, ...children: (Child | Child[])[]): void {
  el.replaceChildren();
  append(el, children);
}

let liveRegion: HTMLElement | null = null;

/** Tells screen reader users what changed (a chart drawn, a result picked) without moving focus. */
export function announce(message: string): void {
  liveRegion ??= document.getElementById('announcer');
  if (!liveRegion) return;
  // clearing first makes the same message be read again
  liveRegion.textContent = '';
  window.setTimeout(() => {
    if (liveRegion) liveRegion.textContent = message;
  }, 50);
}

export const loading = (what: string): HTMLElement =>
  h('div', { class: 'state state-loading', role: 'status', 'aria-live': 'polite' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), `Loading ${what}…`);

/** A readable error, with the API's code and request id for a support call, and a retry when there is one. */
export function errorState(what: string, e: unknown, retry?: () => void): HTMLElement {
  const err = e instanceof ApiError ? e : null;
  const message = err ? err.message : e instanceof Error ? e.message : String(e);
  return h(
    'div',
    { class: 'state state-error', role: 'alert' },
    h('p', { class: 'state-title' }, h('span', { 'aria-hidden': 'true' }, '⚠ '), `Could not load ${what}.`),
    h('p', {}, message),
    err ? h('p', { class: 'state-meta' }, `Code ${err.code}${err.requestId ? `, request ${err.requestId}` : ''}`) : null,
    retry ? h('button', { type: 'button', class: 'btn', onclick: () => retry() }, 'Try again') : null,
  );
}

export const emptyState = (message: string, ...more: Child[]): HTMLElement => h('div', { class: 'state state-empty' }, h('p', {}, message), ...more);

/** Runs `load` with a loading state in `into`, then `render`s its result or shows the error with a retry. */
export async function withStates<T>(into: Element, what: string, load: () => Promise<T>, render: (value: T) => void): Promise<void> {
  clear(into, loading(what));
  try {
    const value = await load();
    render(value);
  } catch (e) {
    if ((e as Error).name === 'AbortError') return;
    clear(into, errorState(what, e, () => void withStates(into, what, load, render)));
  }
}

/** A keyboard- and pointer-operable link inside the app (pushState navigation via the router). */
export const appLink = (href: string, text: Child | Child[], attrs: Attrs = {}): HTMLAnchorElement =>
  h('a', { href, 'data-nav': true, ...attrs }, ...[text].flat());
