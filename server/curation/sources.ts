// Registering a source: its text (typed, or extracted from a PDF with pdfjs-dist) is kept in the
// curation store for quote checks and export, and its Source node enters the graph at once: a
// document is not a claim about governance, so it needs no review.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { GraphNode } from '../domain/model.js';
import { collapse } from '../seeds/quotes.js';
import type { GraphStore } from '../store/contract.js';
import type { CurationStore } from '../store/curation-contract.js';
import { SLUG } from './changes.js';
import { bad } from './errors.js';
import { checkLength, MAX_ID, MAX_NAME } from './sizes.js';
import type { SourceText } from './model.js';

export interface SourceInput {
  slug?: string | null;
  title: string;
  publisher?: string | null;
  year?: number | null;
  text?: string | null;
  pdfBase64?: string | null;
}

const slugify = (s: string) =>
  s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);

const FONTS = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/');

/** The text of every page, a blank line between pages. */
export async function pdfText(data: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data, standardFontDataUrl: FONTS, isEvalSupported: false, useSystemFonts: false }).promise;
  try {
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    }
    return pages.join('\n\n');
  } finally {
    await doc.destroy();
  }
}

async function textOf(input: SourceInput): Promise<string> {
  if (input.text && input.pdfBase64) throw bad('give the text or a PDF, not both', 'input.text');
  if (input.pdfBase64) {
    try {
      return await pdfText(new Uint8Array(Buffer.from(input.pdfBase64, 'base64')));
    } catch (err) {
      throw bad(`cannot read the PDF: ${(err as Error).message}`, 'input.pdfBase64');
    }
  }
  if (input.text) return input.text;
  throw bad('give the source text or a PDF', 'input.text');
}

export async function registerSource(input: SourceInput, by: string, graph: GraphStore, curation: CurationStore, now: Date): Promise<SourceText> {
  const title = input.title.trim();
  if (!title) throw bad('a source needs a title', 'input.title');
  checkLength(title, MAX_NAME, 'input.title');
  checkLength(input.publisher, MAX_NAME, 'input.publisher');
  const slug = input.slug?.trim() || slugify(title);
  checkLength(slug, MAX_ID, 'input.slug');
  if (!SLUG.test(slug) || slug.includes('/')) throw bad(`"${slug}" is not a slug like "richmond-csp-plan-2025"`, 'input.slug');
  const text = await textOf(input);
  const flat = collapse(text);
  if (flat.length < 20) throw bad('the source has almost no text (a scanned PDF needs OCR first)', input.pdfBase64 ? 'input.pdfBase64' : 'input.text');
  const id = `source/${slug}`;
  const [existing] = await graph.getNodes([id]);
  if (existing) throw bad(`"${id}" is already in the graph`, 'input.slug');
  const node: GraphNode = {
    id,
    kind: 'Source',
    name: title,
    aliases: [],
    props: {
      file: `${slug}.txt`,
      title,
      registeredBy: by,
      ...(input.publisher ? { publisher: input.publisher } : {}),
      ...(input.year ? { year: input.year } : {}),
    },
    evidence: [{ source: id, locator: 'opening text', quote: flat.slice(0, 120).trim(), basis: 'STATED' }],
  };
  const registered: SourceText = { id, file: `${slug}.txt`, text, registeredBy: by, registeredAt: now.toISOString(), node };
  await curation.putSourceText(registered);
  await graph.writeBatch({ nodes: [node], rels: [] });
  return registered;
}
