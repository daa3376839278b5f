// A partnership as one option of a native <select>. A select cannot wrap its text, and at 390 px it
// has room for some 32 characters, so a long name ("Kingston and Richmond Safeguarding Children
// Partnership") was cut off mid-word. The option shows a readable form that fits, and keeps the
// whole name in its title (a tooltip where there is a pointer); the field's label says "Partnership".
import { abbreviation } from '../chart/labels.js';
import { h } from './dom.js';
import { shortPartnershipName } from './multi-choice.js';

/** The characters a select has room for at 390 px (a 16 px system font, less the select's arrow and padding). */
export const SELECT_CHARS = 32;

interface Named {
  id: string;
  name: string;
  /** its other names: an abbreviation among them ("KRSCP") names it when its name is too long */
  aliases?: readonly string[] | null;
}

/** The leading words of `name` that fit in `room` characters. */
function leadingWords(name: string, room: number): string {
  let out = '';
  for (const word of name.split(/\s+/)) {
    const next = out ? `${out} ${word}` : word;
    if (next.length > room) break;
    out = next;
  }
  // a first word longer than the room is cut, never dropped
  return out || name.slice(0, room);
}

/**
 * "Havering", "Safer Kensington and Chelsea", "Kingston and Richmond (KRSCP)": the name without what
 * the label says (Community Safety Partnership, then Partnership), else its first words and its
 * abbreviation, else its first words and an ellipsis; never more than SELECT_CHARS.
 */
export function partnershipLabel(p: Omit<Named, 'id'>): string {
  const short = shortPartnershipName(p.name);
  if (short.length <= SELECT_CHARS) return short;
  const bare = short.replace(/\s+partnership$/i, '');
  if (bare.length <= SELECT_CHARS) return bare;
  const abbr = abbreviation(p.aliases ?? [], p.name);
  if (abbr) return `${leadingWords(bare, SELECT_CHARS - abbr.length - 3)} (${abbr})`;
  return `${leadingWords(bare, SELECT_CHARS - 1)}…`;
}

/** The option of `p`, its whole name in its title. */
export const partnershipOption = (p: Named, selected = false, label = partnershipLabel(p)): HTMLOptionElement =>
  h('option', { value: p.id, selected, title: p.name }, label);
