// Node labels and sizes, computed once so that Cytoscape, ELK and the SVG export agree on them.
// Wrapping by characters (not by measuring text) keeps it deterministic and free of the DOM.

/** node labels' size in chart pixels, which LINE_CHARS is for; the readable zoom follows from it (layout-input.ts) */
export const LABEL_FONT_SIZE = 12;
export const NODE_WIDTH = 184;
const LINE_HEIGHT = 15;
const PADDING_Y = 14;
/** characters per line at the 12 px label font inside NODE_WIDTH, with the shape's margins */
const LINE_CHARS = 24;
const MAX_ABBREVIATION = 12;

export interface NodeLabel {
  lines: string[];
  width: number;
  height: number;
}

/** The abbreviation a node goes by (MARAC), when one of its aliases is short enough to be one. */
export const abbreviation = (aliases: readonly (string | null | undefined)[], name: string): string | null =>
  // one the name already says ("Channel" of "Channel Panel") would only repeat it
  aliases.find((a): a is string => !!a && a.length <= MAX_ABBREVIATION && !` ${name} `.includes(` ${a} `)) ?? null;

/** "MARAC: Multi-Agency Risk Assessment Conference", or the name alone. */
export const displayName = (name: string, aliases: readonly (string | null | undefined)[]): string => {
  const abbr = abbreviation(aliases, name);
  return abbr ? `${abbr}: ${name}` : name;
};

/** A word longer than a line, in pieces that fit, each but the last ending in a hyphen. */
const pieces = (word: string, max: number): string[] => {
  const out: string[] = [];
  let rest = word;
  while (rest.length > max) {
    out.push(`${rest.slice(0, max - 1)}-`);
    rest = rest.slice(max - 1);
  }
  return [...out, rest];
};

/** Words into lines of at most `max` characters; a word longer than a line is broken, never cut. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(/\s+/).filter(Boolean).flatMap((word) => pieces(word, max))) {
    if (!line) line = w;
    else if (line.length + 1 + w.length <= max) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The label of a node: its whole name (after its abbreviation, when it has one), never cut, then
 * its kind in brackets so that the kind is written, not only drawn (and `note`, such as "no stated
 * line", after it).
 */
export function nodeLabel(name: string, shortLabel: string | null | undefined, kindLabel: string | null, note?: string): NodeLabel {
  // an abbreviation leads the label (MARAC: ...); a longer alias would only repeat the name
  const lines = wrap(displayName(name, [shortLabel]), LINE_CHARS);
  if (kindLabel) lines.push(`[${kindLabel}]`);
  if (note) lines.push(note);
  return { lines, width: NODE_WIDTH, height: PADDING_Y * 2 + lines.length * LINE_HEIGHT };
}
