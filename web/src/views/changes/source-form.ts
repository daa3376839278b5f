// The form an editor registers a source with: title, publisher, year and slug, and the document
// itself, a PDF or .txt file (read in the browser, the PDF sent base64 for the server to extract
// with pdfjs-dist) or its text pasted. What is wrong is said at its field: a file that is not a
// PDF or text (checked here by its first bytes), a scan with no text to extract (the server's
// word), a slug already in the graph.
import { ApiError, mutate } from '../../api/client.js';
import { RegisterSourceDocument, type RegisteredSourceFieldsFragment, type SourceInput } from '../../generated/graphql.js';
import { h } from '../../ui/dom.js';
import { field, fieldError } from '../../ui/evidence-fields.js';

/** A signed-in request may carry 32 MB; base64 makes a file 4/3 larger, and the rest of the request is small. */
const MAX_FILE = 23 * 2 ** 20;

/** Raised for a field the browser can judge before anything is sent. */
class Refused extends Error {
  constructor(
    readonly control: HTMLElement,
    message: string,
  ) {
    super(message);
  }
}

export function sourceForm(onRegistered: (s: RegisteredSourceFieldsFragment) => void): HTMLElement {
  const title = h('input', { id: 'src-title', type: 'text', required: true, autocomplete: 'off' });
  const publisher = h('input', { id: 'src-publisher', type: 'text', autocomplete: 'organization' });
  const year = h('input', { id: 'src-year', type: 'number', inputmode: 'numeric', min: 1900, max: 2100, step: 1 });
  const slug = h('input', { id: 'src-slug', type: 'text', autocomplete: 'off', spellcheck: false, placeholder: 'e.g. richmond-csp-plan-2025' });
  const file = h('input', { id: 'src-file', type: 'file', accept: '.pdf,application/pdf,.txt,text/plain' });
  const text = h('textarea', { id: 'src-text', rows: 5 });
  const error = h('p', { class: 'form-error', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Register the source');
  const form = h(
    'form',
    { class: 'form-card source-form', novalidate: true, 'aria-labelledby': 'src-form-title' },
    h('h2', { id: 'src-form-title' }, 'Register a source'),
    h('p', { class: 'lede' }, 'A plan or minutes a change can quote. Its text is kept so that every quote is checked word for word.'),
    field('src-title', 'Title', title),
    h('div', { class: 'field-row' }, field('src-publisher', 'Publisher (optional)', publisher), field('src-year', 'Year (optional)', year)),
    field('src-file', 'PDF or text file', file, 'A PDF with selectable text (a scan needs OCR first), or a .txt file.'),
    field('src-text', 'Or paste its text', text, 'Used when no file is chosen.'),
    field('src-slug', 'Short name (optional)', slug, 'Lower case and hyphens; made from the title when left empty.'),
    error,
    h('p', { class: 'form-actions' }, submit),
  );

  const fieldFor: Record<string, HTMLElement> = { 'input.title': title, 'input.slug': slug, 'input.pdfBase64': file, 'input.text': text, 'input.year': year, 'input.publisher': publisher };
  const showError = (control: HTMLElement | null, message: string) => {
    if (control) return fieldError(form, control, message);
    error.textContent = message;
    error.hidden = false;
  };
  // a new file makes an old complaint about the file stale
  file.addEventListener('change', () => fieldError(form, null, null));

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    fieldError(form, null, null);
    error.hidden = true;
    submit.disabled = true;
    submit.textContent = 'Registering…';
    void readInput({ title, publisher, year, slug, file, text })
      .then((input) => mutate(RegisterSourceDocument, { input }))
      .then(
        ({ registerSource }) => {
          form.reset();
          onRegistered(registerSource);
        },
        (err: unknown) => {
          if (err instanceof Refused) showError(err.control, err.message);
          else if (err instanceof ApiError) showError(err.argument ? (fieldFor[err.argument] ?? null) : null, message(err));
          else showError(null, (err as Error).message);
        },
      )
      .finally(() => {
        submit.disabled = false;
        submit.textContent = 'Register the source';
      });
  });
  return form;
}

/** The server's words, said for an editor: the argument prefix and the field path are for API clients. */
function message(err: ApiError): string {
  if (err.code === 'FORBIDDEN') return 'Only an editor can register a source.';
  if (err.code === 'UNAUTHENTICATED') return 'Your session has ended: sign in again.';
  if (err.code === 'HTTP_413') return 'The file is too large to send.';
  const m = err.message.replace(/^input\.\w+:\s*/, '').replace(/ \(at [\w.]+\)$/, '');
  return m.charAt(0).toUpperCase() + m.slice(1) + (m.endsWith('.') ? '' : '.');
}

interface Controls {
  title: HTMLInputElement;
  publisher: HTMLInputElement;
  year: HTMLInputElement;
  slug: HTMLInputElement;
  file: HTMLInputElement;
  text: HTMLTextAreaElement;
}

async function readInput(c: Controls): Promise<SourceInput> {
  if (!c.title.value.trim()) throw new Refused(c.title, 'Give the source its title, as the document has it.');
  const year = c.year.value.trim();
  if (year && !/^\d{4}$/.test(year)) throw new Refused(c.year, 'The year is four digits, like 2024.');
  const input: SourceInput = {
    title: c.title.value.trim(),
    publisher: c.publisher.value.trim() || null,
    year: year ? Number(year) : null,
    slug: c.slug.value.trim() || null,
  };
  const chosen = c.file.files?.[0];
  if (!chosen) {
    if (!c.text.value.trim()) throw new Refused(c.file, 'Choose a PDF or text file, or paste the text below.');
    return { ...input, text: c.text.value };
  }
  if (chosen.size > MAX_FILE) throw new Refused(c.file, `“${chosen.name}” is ${Math.round(chosen.size / 2 ** 20)} MB: at most ${MAX_FILE / 2 ** 20} MB can be sent.`);
  const bytes = new Uint8Array(await chosen.arrayBuffer());
  if (isPdf(bytes)) return { ...input, pdfBase64: base64(bytes) };
  if (/\.pdf$/i.test(chosen.name) || chosen.type === 'application/pdf') throw new Refused(c.file, `“${chosen.name}” is not a PDF: its content does not start as a PDF does.`);
  if (/\.txt$/i.test(chosen.name) || chosen.type === 'text/plain') {
    try {
      return { ...input, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      throw new Refused(c.file, `“${chosen.name}” is not UTF-8 text: save it as UTF-8, or as a PDF.`);
    }
  }
  throw new Refused(c.file, `“${chosen.name}” is not a PDF or a text file: choose a .pdf or .txt file.`);
}

const isPdf = (b: Uint8Array) => b.length > 5 && String.fromCharCode(...b.subarray(0, 5)) === '%PDF-';

function base64(bytes: Uint8Array): string {
  let s = '';
  // in chunks: String.fromCharCode takes a limited number of arguments
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
