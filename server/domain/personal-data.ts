// Personal data (DESIGN.md rule 4): a post's holder is a person, and people's names stay out of
// what the API and the exports give unless GOVGRAPH_PERSONAL_DATA=show. The plans are public, but
// a name in a structured field is personal data that outlives the plan: hidden by default.
import type { Evidence, GraphNode, GraphRel, Props } from './model.js';

/** Props that hold a person's name (the holder of a post, see model.ts). */
export const PERSONAL_PROPS: readonly string[] = ['holder'];

export const WITHHELD = '[name withheld]';

/** Whether names are shown: GOVGRAPH_PERSONAL_DATA=show; unset or "hide" hides them; anything else is a mistake. */
export function personalDataShown(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env.GOVGRAPH_PERSONAL_DATA?.trim().toLowerCase();
  if (v === undefined || v === '' || v === 'hide') return false;
  if (v === 'show') return true;
  throw new Error(`GOVGRAPH_PERSONAL_DATA must be "show" or "hide" (or unset, which hides), not "${env.GOVGRAPH_PERSONAL_DATA}"`);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The node or relationship as it may be shown: unless `show`, without its personal props, and
 * with each name they held replaced by "[name withheld]" in its note and its evidence (a quote
 * that signs a plan names the signer). The item itself is not changed; without names it is
 * returned as it is.
 */
export function withoutPersonalData<T extends GraphNode | GraphRel>(item: T, show = personalDataShown()): T {
  if (show) return item;
  const names = PERSONAL_PROPS.flatMap((k) => {
    const v = item.props[k];
    return v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)];
  }).filter((n) => n.trim() !== '');
  if (names.length === 0 && !PERSONAL_PROPS.some((k) => k in item.props)) return item;

  const pattern = names.length ? new RegExp(names.map((n) => escape(n.trim()).replace(/\s+/g, '\\s+')).join('|'), 'g') : null;
  const redact = (s: string) => (pattern ? s.replace(pattern, WITHHELD) : s);
  const props: Props = Object.fromEntries(Object.entries(item.props).filter(([k]) => !PERSONAL_PROPS.includes(k)));
  const evidence: Evidence[] = item.evidence.map((e) => ({
    ...e,
    quote: redact(e.quote),
    ...(e.note === undefined ? {} : { note: redact(e.note) }),
  }));
  return {
    ...item,
    props,
    evidence,
    ...(item.note === undefined ? {} : { note: redact(item.note) }),
    ...('text' in item && item.text !== undefined ? { text: redact(item.text) } : {}),
  };
}
