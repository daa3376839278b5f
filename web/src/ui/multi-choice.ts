// Several choices from a list, compact in a toolbar: a disclosure (<details>) whose summary names
// what is chosen, holding one checkbox per option. Native to keyboards: Enter or Space opens it,
// Tab moves through the boxes, Escape closes it and returns to the summary.
import { clear, h } from './dom.js';
import { elementOf, m, text } from './markup.js';

export interface MultiChoice {
  element: HTMLElement;
  /** replaces the options (e.g. once they have loaded) */
  setOptions(options: readonly { id: string; label: string }[]): void;
  setChosen(ids: readonly string[]): void;
  /** shows a state (loading, error) in place of the options */
  showState(state: HTMLElement, summary: string): void;
}

/** What the summary says of the options named `names` chosen. */
export const chosenSummary = (names: readonly string[]): string =>
  names.length ? (names.length > 2 ? `${names[0]} and ${names.length - 1} more` : names.join(', ')) : 'Choose…';

/** The control as HTML, its summary saying `summary` (its options are added once loaded). */
export function multiChoiceMarkup(opts: { id: string; label: string }, summary: string): string {
  const labelId = `${opts.id}-label`;
  return m(
    'div',
    { class: 'field' },
    m('span', { id: labelId, class: 'label' }, text(opts.label)),
    m(
      'details',
      { class: 'multi', id: opts.id },
      m('summary', { class: 'btn multi-summary', 'aria-describedby': labelId }, text(summary)),
      m('div', { class: 'multi-menu' }, m('fieldset', { class: 'multi-options' }, m('legend', { class: 'visually-hidden' }, text(opts.label)))),
    ),
  );
}

/**
 * `element`: the control's markup already in the page (the server's), taken as it is;
 * `onSummary`: told each new text of the summary (the chart's folded settings repeat it).
 */
export function multiChoice(opts: { id: string; label: string; onChange(ids: string[]): void; onSummary?(text: string): void; element?: HTMLElement }): MultiChoice {
  let options: readonly { id: string; label: string }[] = [];
  let chosen: string[] = [];
  const element = opts.element ?? elementOf(multiChoiceMarkup(opts, 'Loading…'));
  const summary = element.querySelector('summary')!;
  const box = element.querySelector('fieldset')!;
  const details = element.querySelector('details')!;
  details.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && details.open) {
      details.open = false;
      summary.focus();
    }
  });
  document.addEventListener('click', (e) => {
    if (details.open && !details.contains(e.target as Node)) details.open = false;
  });

  const say = (text: string) => {
    summary.textContent = text;
    opts.onSummary?.(text);
  };
  const summarise = () => say(chosenSummary(chosen.map((id) => options.find((o) => o.id === id)?.label ?? id)));

  const render = () => {
    clear(
      box,
      h('legend', { class: 'visually-hidden' }, opts.label),
      options.map((o) =>
        h(
          'label',
          { class: 'check' },
          h('input', {
            type: 'checkbox',
            value: o.id,
            checked: chosen.includes(o.id),
            onchange: (e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              chosen = on ? [...chosen, o.id] : chosen.filter((x) => x !== o.id);
              summarise();
              opts.onChange([...chosen]);
            },
          }),
          o.label,
        ),
      ),
    );
    summarise();
  };

  return {
    element,
    setOptions(next) {
      options = next;
      render();
    },
    setChosen(ids) {
      chosen = [...ids];
      for (const input of box.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) input.checked = chosen.includes(input.value);
      if (options.length) summarise();
    },
    showState(state, text) {
      clear(box, h('legend', { class: 'visually-hidden' }, opts.label), state);
      say(text);
    },
  };
}

/** "Havering Community Safety Partnership" -> "Havering": the control's label says the rest. */
export const shortPartnershipName = (name: string): string => name.replace(/\s+Community Safety Partnership$/i, '');
