// Import a borough's filled-in VRU template: choose the file and partnership, see the importer's
// report (template found, rows read, leads matched or proposed, problems) and what loading would
// change against the graph (added, changed, removed answers), then load it.
import { request } from '../api/client.js';
import { PartnershipsDocument } from '../generated/graphql.js';
import type { MountView } from '../state/router.js';
import { pathOfView } from '../state/url.js';
import { appLink, clear, errorState, h, loading } from '../ui/dom.js';
import './import.css';
import type { LeadSummary } from '../../../server/import/report.js';

// The upload route answers with the importer's own report types (erased at build: no server code ships).
type Lead = LeadSummary;

interface ImportAnswer {
  file: string;
  format: string;
  partnership: { id: string; name: string };
  year: string;
  template: { frameworkId: string; name: string; matchedRows: number };
  rowsRead: number;
  answered: number;
  unanswered: string[];
  leads: Lead[];
  problems: { where: string; message: string }[];
  diff: { number: string; status: 'added' | 'changed' | 'removed' | 'unchanged'; changes: string[] }[];
  loaded?: { nodes: number; relationships: number };
}

const STATUS = { added: '+ added', changed: '~ changed', removed: '− removed', unchanged: '= unchanged' } as const;

async function send(what: 'preview' | 'load', file: File, partnership: string, year: string): Promise<ImportAnswer> {
  const q = new URLSearchParams({ file: file.name, partnership });
  if (year) q.set('year', year);
  const res = await fetch(`/import-vru/${what}?${q}`, { method: 'POST', body: file, headers: { 'content-type': 'application/octet-stream' } });
  const body = await res.json();
  if (res.status >= 400 && res.status < 500) throw new Refused(body.errors?.[0]?.message ?? `the server answered ${res.status}`);
  if (!res.ok) throw new Error(body.errors?.[0]?.message ?? `the server answered ${res.status}`);
  return body as ImportAnswer;
}

/** The importer's refusal of the file or the form: nothing was read into the graph. */
class Refused extends Error {}

/** A refusal says what is wrong and where (the file, its row or cell); the importer's words name the command line's flag for the year. */
function refusal(err: Refused, what: 'checked' | 'loaded'): HTMLElement {
  return h(
    'div',
    { class: 'state state-error', role: 'alert' },
    h('p', { class: 'state-title' }, h('span', { 'aria-hidden': 'true' }, '⚠ '), what === 'checked' ? 'The file was not checked: nothing is loaded.' : 'Nothing was loaded.'),
    h('p', {}, err.message.replace(/give the year \(--year YYYY\)/, 'give the year in the Year field').replace(/^--year must be/, 'The year must be')),
  );
}

function leadsTable(leads: Lead[]): HTMLElement {
  return h(
    'table',
    { class: 'import-leads' },
    h('caption', {}, 'Lead organisations as written'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Written'), h('th', { scope: 'col' }, 'Matched to'), h('th', { scope: 'col' }, 'Actions'))),
    h(
      'tbody',
      {},
      leads.map((l) =>
        h(
          'tr',
          { class: l.how === 'unknown' ? 'lead-unknown' : '' },
          h('td', {}, l.written),
          h(
            'td',
            {},
            l.how === 'unknown'
              ? `Not known: proposed as a new organisation. Closest: ${l.closest.map((c) => c.name).join(', ') || 'none'}`
              : `${l.name}${l.how === 'near-spelling' ? ' (by near spelling)' : ''}`,
          ),
          h('td', {}, l.numbers.join(', ')),
        ),
      ),
    ),
  );
}

function diffTable(diff: ImportAnswer['diff']): HTMLElement {
  const counts = (['added', 'changed', 'removed', 'unchanged'] as const).map((s) => `${diff.filter((d) => d.status === s).length} ${s}`).join(', ');
  return h(
    'section',
    { 'aria-labelledby': 'import-diff-title' },
    h('h2', { id: 'import-diff-title' }, 'What loading would change'),
    h('p', {}, counts),
    h(
      'table',
      { class: 'import-diff' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Mandatory action'), h('th', { scope: 'col' }, 'Change'), h('th', { scope: 'col' }, 'What differs'))),
      h(
        'tbody',
        {},
        diff.map((d) => h('tr', { class: `diff-${d.status}` }, h('td', {}, d.number), h('td', {}, STATUS[d.status]), h('td', {}, d.changes.join('; ')))),
      ),
    ),
  );
}

function reportView(r: ImportAnswer): HTMLElement {
  return h(
    'div',
    { class: 'import-report' },
    h('h2', {}, `${r.file}: ${r.partnership.name}, ${r.year}`),
    h(
      'ul',
      { class: 'import-facts' },
      h('li', {}, `Template: ${r.template.name} (${r.template.matchedRows} rows match its mandatory actions)`),
      h('li', {}, `Rows read: ${r.rowsRead}`),
      h('li', {}, `Actions answered: ${r.answered}${r.unanswered.length ? `; rows left empty: ${r.unanswered.join(', ')}` : ''}`),
    ),
    leadsTable(r.leads),
    h(
      'section',
      { 'aria-labelledby': 'import-problems-title' },
      h('h2', { id: 'import-problems-title' }, `Problems (${r.problems.length})`),
      r.problems.length ? h('ul', { class: 'import-problems' }, r.problems.map((p) => h('li', {}, p.where ? `${p.where}: ${p.message}` : p.message))) : h('p', {}, 'None.'),
    ),
    diffTable(r.diff),
  );
}

export const mountImport: MountView = (root) => {
  let alive = true;
  const select = h('select', { id: 'import-partnership', required: true });
  const fileInput = h('input', { id: 'import-file', type: 'file', accept: '.docx,.xlsx,.csv,.txt', required: true });
  const yearInput = h('input', { id: 'import-year', type: 'text', inputmode: 'numeric', size: 5, pattern: '\\d{4}', placeholder: 'from file', 'aria-describedby': 'import-year-hint' });
  const checkButton = h('button', { type: 'submit', class: 'btn' }, 'Check the file');
  const loadButton = h('button', { type: 'button', class: 'btn btn-primary', disabled: true }, 'Load into the graph');
  const status = h('div', { class: 'import-status', role: 'status', 'aria-live': 'polite' });
  const out = h('div', { class: 'import-out' });
  let checked: { file: File; partnership: string; year: string } | null = null;

  const inputs = () => ({ file: fileInput.files?.[0], partnership: select.value, year: yearInput.value.trim() });
  const invalidate = () => {
    checked = null;
    loadButton.disabled = true;
  };
  for (const el of [select, fileInput, yearInput]) el.addEventListener('change', invalidate);

  const form = h(
    'form',
    { class: 'import-form' },
    h('p', {}, h('label', { for: 'import-file' }, 'Filled-in template (.docx, .xlsx, .csv, or the text of a PDF)'), fileInput),
    h('p', {}, h('label', { for: 'import-partnership' }, 'Partnership'), select),
    h('p', {}, h('label', { for: 'import-year' }, 'Year'), yearInput, h('span', { id: 'import-year-hint', class: 'hint' }, ' four digits; left empty, the year in the file name or its first lines')),
    h('p', { class: 'import-buttons' }, checkButton, loadButton),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const { file, partnership, year } = inputs();
    if (!file) return clear(status, 'Choose a file first.');
    invalidate();
    clear(status, loading('the import report'));
    clear(out);
    try {
      const r = await send('preview', file, partnership, year);
      if (!alive) return;
      checked = { file, partnership, year };
      loadButton.disabled = false;
      clear(status, `Checked ${r.file}: nothing is loaded yet.`);
      clear(out, reportView(r));
    } catch (err) {
      if (alive) clear(status, err instanceof Refused ? refusal(err, 'checked') : errorState('the import report', err));
    }
  });
  loadButton.addEventListener('click', async () => {
    if (!checked) return;
    loadButton.disabled = true;
    clear(status, loading('the answers into the graph'));
    try {
      const r = await send('load', checked.file, checked.partnership, checked.year);
      if (!alive) return;
      clear(
        status,
        h('p', {}, `Loaded ${r.answered} answers of ${r.partnership.name} for ${r.year} (${r.loaded?.nodes} nodes, ${r.loaded?.relationships} relationships). `, appLink(`${pathOfView('vru')}?p=${r.partnership.id}`, 'See the VRU alignment')),
      );
      clear(out, reportView(r));
    } catch (err) {
      if (alive) clear(status, err instanceof Refused ? refusal(err, 'loaded') : errorState('the answers into the graph', err));
    }
  });

  clear(
    root,
    h(
      'div',
      { class: 'import-page' },
      h('h1', { class: 'page-title' }, 'Import a VRU action plan'),
      h('p', { class: 'lede' }, "Read a borough's filled-in Violence and Vulnerability Reduction Action Plan template, check what it says and what it would change, then load it. Loading changes the graph at once, without review."),
      form,
      status,
      out,
    ),
  );
  request(PartnershipsDocument, { asOf: null }).then(
    (data) => {
      if (!alive) return;
      clear(select, data.partnerships.filter((p) => !p.partnership || p.partnership.id === p.id).map((p) => h('option', { value: p.id }, p.name)));
    },
    (err) => alive && clear(status, errorState('the partnerships', err)),
  );
  return {
    update() {},
    destroy() {
      alive = false;
    },
  };
};
