// Personal data (DESIGN.md rule 4): a post's holder is a person, and people's names stay out of
// what the API and the exports give unless GOVGRAPH_PERSONAL_DATA=show. The plans are public, but
// a name in a structured field is personal data that outlives the plan: hidden by default.
import type { Evidence, GraphNode, GraphRel, Props } from './model.js';

/**
 * Props that hold people's names: `holder`, the holder of a post (model.ts), and `peopleNamed`,
 * the people an entry's quote, note or other props name (a lead cell, a signature), so that
 * each entry carries what must be withheld from it. The seed check holds every entry to it.
 */
export const PERSONAL_PROPS: readonly string[] = ['holder', 'peopleNamed'];

export const WITHHELD = '[name withheld]';

/** Whether names are shown: GOVGRAPH_PERSONAL_DATA=show; unset or "hide" hides them; anything else is a mistake. */
export function personalDataShown(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env.GOVGRAPH_PERSONAL_DATA?.trim().toLowerCase();
  if (v === undefined || v === '' || v === 'hide') return false;
  if (v === 'show') return true;
  throw new Error(`GOVGRAPH_PERSONAL_DATA must be "show" or "hide" (or unset, which hides), not "${env.GOVGRAPH_PERSONAL_DATA}"`);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches any of the names however a PDF conversion spaced them ("Paul MartinChief", "Rachel\nMerriman"). */
export const namePattern = (names: readonly string[], flags = ''): RegExp =>
  new RegExp(names.map((n) => escape(n.trim()).replace(/\s+/g, '\\s*')).join('|'), flags);

/**
 * The node or relationship as it may be shown: unless `show`, without its personal props, and
 * with each name they held replaced by "[name withheld]" in its text, note, other props and
 * evidence (a quote that signs a plan names the signer). The item itself is not changed; without names it is
 * returned as it is.
 */
export function withoutPersonalData<T extends GraphNode | GraphRel>(item: T, show = personalDataShown()): T {
  // (most items hold no personal prop: returned as they are without building anything, as every read passes here)
  if (show || !PERSONAL_PROPS.some((k) => k in item.props)) return item;
  const names = PERSONAL_PROPS.flatMap((k) => {
    const v = item.props[k];
    return v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)];
  }).filter((n) => n.trim() !== '');

  const pattern = names.length ? namePattern(names, 'g') : null;
  const redact = (s: string) => (pattern ? s.replace(pattern, WITHHELD) : s);
  const props: Props = {};
  for (const [k, v] of Object.entries(item.props)) {
    if (PERSONAL_PROPS.includes(k)) continue;
    props[k] = typeof v === 'string' ? redact(v) : Array.isArray(v) && v.every((x) => typeof x === 'string') ? v.map(redact) : v;
  }
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
