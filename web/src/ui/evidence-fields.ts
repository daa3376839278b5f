// The evidence every proposed change carries, as form fields: a registered source (one of radio
// buttons) with where in it (locator) and its words (quote, checked verbatim by the server), or
// the editor's attestation with a note, marked as such. `read()` gives the API's EvidenceInput;
// `fieldFor()` finds the field an API error names (input.evidence.quote), so the error is shown
// where it belongs.
import type { EvidenceInput } from '../generated/graphql.js';
import { h } from './dom.js';

export interface SourceChoice {
  id: string;
  title: string;
}

export interface EvidenceFields {
  element: HTMLElement;
  read(): EvidenceInput;
  fieldFor(argument: string): HTMLElement | null;
  /** the server's refusal of an evidence field, said for an editor: a quote it did not find names the source by its title */
  explain(argument: string, message: string): string;
}

export function evidenceFields(prefix: string, sources: SourceChoice[]): EvidenceFields {
  const id = (s: string) => `${prefix}-${s}`;
  const radio = (value: 'source' | 'attested', label: string, checked: boolean) =>
    h('label', { class: 'check' }, h('input', { type: 'radio', name: id('basis'), value, checked, onchange: sync }), label);
  // a choice of radio buttons, not a select: a select cuts a long title off, and the titles of one
  // borough's plans differ only at the end ("… Delivery Plan 2017", "… 2024"); a handful are offered
  const source = h(
    'fieldset',
    { id: id('source'), class: 'source-choices', tabindex: -1 },
    h('legend', {}, 'Source'),
    sources.length
      ? sources.map((s) => h('label', { class: 'check' }, h('input', { type: 'radio', name: id('source'), value: s.id }), s.title))
      : h('p', { class: 'hint' }, 'No source is available: register one, or attest.'),
  );
  const locator = h('input', { id: id('locator'), type: 'text', placeholder: 'e.g. section 4.2, page 12' });
  const quote = h('textarea', { id: id('quote'), rows: 3, 'aria-describedby': id('quote-hint') });
  const note = h('textarea', { id: id('note'), rows: 3, 'aria-describedby': id('note-hint') });
  const stated = h(
    'div',
    { class: 'evidence-stated' },
    source,
    field(id('locator'), 'Where in the source', locator),
    field(id('quote'), 'Quote', quote, 'Copy the words exactly as the source writes them: they are checked word for word.'),
  );
  const attested = h('div', { class: 'evidence-attested', hidden: true }, field(id('note'), 'How you know', note, 'No document says it: your note is kept as an attestation, marked as such.'));
  const element = h(
    'fieldset',
    { class: 'evidence-fields' },
    h('legend', {}, 'Evidence'),
    h('div', { class: 'radios' }, radio('source', 'A source says it', true), radio('attested', 'I attest it (no document)', false)),
    stated,
    attested,
  );
  function sync(): void {
    const isAttested = element.querySelector<HTMLInputElement>(`input[value=attested]`)!.checked;
    stated.hidden = isAttested;
    attested.hidden = !isAttested;
  }
  const chosen = () => source.querySelector<HTMLInputElement>('input:checked');
  return {
    element,
    read: () =>
      attested.hidden
        ? { source: chosen()?.value ?? null, locator: locator.value.trim() || null, quote: quote.value.trim() || null }
        : { attestation: note.value.trim() || null },
    explain: (argument, message) =>
      argument === 'input.evidence.quote' && /^not found verbatim/.test(message)
        ? `These words are not in “${chosen()?.parentElement?.textContent ?? ''}” as written. Copy them from the source exactly, with its spelling and punctuation, or shorten the quote to the words that say it.`
        : message,
    fieldFor: (argument) => {
      const last = argument.replace(/^input\.evidence\./, '');
      return ({ source, locator, quote, attestation: note } as Record<string, HTMLElement>)[last] ?? null;
    },
  };
}

/** A labelled field with an optional hint, the way every curation form lays them out. */
export function field(forId: string, label: string, control: HTMLElement, hint?: string | null): HTMLElement {
  if (hint) control.setAttribute('aria-describedby', `${forId}-hint`);
  return h('div', { class: 'field' }, h('label', { for: forId }, label), hint ? h('span', { id: `${forId}-hint`, class: 'hint' }, hint) : null, control);
}

/** Shows an error under its field (and marks it invalid), or clears every error of a form when `message` is null. */
export function fieldError(form: HTMLElement, control: HTMLElement | null, message: string | null): void {
  if (message === null || !control) {
    for (const e of form.querySelectorAll('.field-error[data-for]')) e.remove();
    for (const c of form.querySelectorAll('[aria-invalid]')) {
      c.removeAttribute('aria-invalid');
      const described = (c.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && !x.endsWith('-error')).join(' ');
      if (described) c.setAttribute('aria-describedby', described);
      else c.removeAttribute('aria-describedby');
    }
    return;
  }
  const errId = `${control.id}-error`;
  control.setAttribute('aria-invalid', 'true');
  control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), errId].filter(Boolean).join(' '));
  control.insertAdjacentElement('afterend', h('p', { id: errId, class: 'field-error', 'data-for': control.id }, message));
  control.focus();
}
