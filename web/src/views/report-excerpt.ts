// A long passage in the printed report: its first words, and the rest in a span that print hides
// behind an ellipsis (report.css). Richmond's report printed to 58 pages, a third of them the VRU
// narratives, each printed in full twice (in its requirement and as its reference's quote). On
// screen, and to a screen reader, the passage stays whole: the ellipsis is shown in print only.
import { h } from '../ui/dom.js';

/** The words a shortened passage keeps in print: about three lines of A4. */
export const PRINT_WORDS = 25;

/** `text` whole on screen; in print its first PRINT_WORDS words and "…" unless the report is printed in full. */
export function printExcerpt(text: string): (string | HTMLElement)[] {
  const cut = text.match(new RegExp(`^\\s*(?:\\S+\\s+){${PRINT_WORDS}}`))?.[0];
  if (!cut || cut.length >= text.trimEnd().length) return [text];
  return [cut.trimEnd(), h('span', { class: 'print-rest' }, text.slice(cut.trimEnd().length)), h('span', { class: 'print-more', 'aria-hidden': 'true' }, '…')];
}
