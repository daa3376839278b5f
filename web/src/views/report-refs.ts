// The report's numbered references: every fact cites its evidence as [n], and the References
// section lists each source passage once (document, locator, quote, how the fact is known).
import type { EvidenceFieldsFragment } from '../generated/graphql.js';
import { h } from '../ui/dom.js';
import { BASIS_LABEL, sourceName } from '../ui/evidence.js';
import { printExcerpt } from './report-excerpt.js';

export class References {
  private readonly entries: EvidenceFieldsFragment[] = [];
  private readonly index = new Map<string, number>();

  /** The numbers of these passages, each numbered the first time it is cited. */
  numbers(evidence: readonly EvidenceFieldsFragment[]): number[] {
    return [
      ...new Set(
        evidence.map((ev) => {
          const key = `${ev.source.id}\u0000${ev.locator}\u0000${ev.quote}`;
          let n = this.index.get(key);
          if (n === undefined) {
            this.entries.push(ev);
            n = this.entries.length;
            this.index.set(key, n);
          }
          return n;
        }),
      ),
    ];
  }

  /** A citation mark, "[3, 4]", linked to the first reference; nothing when there is no evidence. */
  cite(evidence: readonly EvidenceFieldsFragment[]): HTMLElement | null {
    const ns = this.numbers(evidence);
    if (ns.length === 0) return null;
    return h('sup', { class: 'cite' }, '[', ns.flatMap((n, i) => [i ? ', ' : '', h('a', { href: `#ref-${n}`, 'aria-label': `reference ${n}` }, String(n))]), ']');
  }

  get size(): number {
    return this.entries.length;
  }

  list(): HTMLElement {
    // print names a source once for a run of its passages (most of a report cites one plan, its name 64
    // characters long): "ibid." after the first, as a printed report's references do
    const names = this.entries.map(sourceName);
    return h(
      'ol',
      { class: 'references' },
      this.entries.map((ev, i) =>
        h(
          'li',
          { id: `ref-${i + 1}` },
          i > 0 && names[i - 1] === names[i] ? [h('cite', { class: 'ref-repeat' }, names[i]), h('span', { class: 'ref-ibid', 'aria-hidden': 'true' }, 'Ibid.')] : h('cite', {}, names[i]),
          ev.locator ? `, ${ev.locator}: ` : ': ',
          h('q', { class: 'ref-quote' }, printExcerpt(ev.quote)),
          ev.basis === 'STATED' ? '' : h('span', { class: 'ref-basis' }, ` (${BASIS_LABEL[ev.basis]}${ev.note ? `: ${ev.note}` : ''})`),
        ),
      ),
    );
  }
}
