// A synthetic seed file and the synthetic source document its evidence quotes. Each fact is
// written into the document as a sentence and cited from it, so every quote is verbatim in its
// source by construction and the seed loader's quote check passes.
import type { RelType } from '../../server/domain/model.js';
import type { SeedNode, SeedRel } from '../../server/seeds/schema.js';

export type SynthEvidence = SeedNode['evidence'][number];

const MAX_QUOTE = 300;

export class SourceDoc {
  private readonly lines: string[];

  constructor(
    /** the id of its Source node */
    readonly id: string,
    /** the file name under sources/ (the Source node's props.file) */
    readonly file: string,
    readonly title: string,
  ) {
    this.lines = [title];
  }

  heading(text: string): void {
    this.lines.push('', text, '');
  }

  /** Writes the sentence into the document and returns evidence quoting it (its first 300 characters). */
  cite(locator: string, sentence: string): SynthEvidence {
    if (/\s{2}|\n/.test(sentence)) throw new Error(`a cited sentence must be one line with single spaces: "${sentence}"`);
    this.lines.push(sentence);
    return { source: this.id, locator, quote: sentence.length <= MAX_QUOTE ? sentence : sentence.slice(0, MAX_QUOTE).trimEnd(), basis: 'STATED' };
  }

  /** Evidence for the Source node itself: the document's title line. */
  titleEvidence(): SynthEvidence {
    return { source: this.id, locator: 'Title page', quote: this.title, basis: 'STATED' };
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

export interface SynthFile {
  /** relative to the seeds folder */
  path: string;
  /** the comment at the top of the file */
  comment: string;
  defaults: { source?: string; validFrom?: string };
  nodes: SeedNode[];
  relationships: SeedRel[];
}

type RelExtra = Partial<Pick<SeedRel, 'key' | 'props' | 'validFrom' | 'validTo' | 'note'>>;

/** Collects one file's entries in the order they are made. */
export class SeedBuilder {
  readonly nodes: SeedNode[] = [];
  readonly relationships: SeedRel[] = [];

  node(n: SeedNode): string {
    this.nodes.push(n);
    return n.id;
  }

  rel(type: RelType, from: string, to: string, evidence: SynthEvidence | SynthEvidence[], extra: RelExtra = {}): void {
    this.relationships.push({ type, from, to, ...extra, evidence: Array.isArray(evidence) ? evidence : [evidence] });
  }

  file(path: string, comment: string, defaults: SynthFile['defaults']): SynthFile {
    return { path, comment, defaults, nodes: this.nodes, relationships: this.relationships };
  }
}

export const slugify = (s: string): string =>
  s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** "ma-1-1" and the like from an id: the part after its last slash, usable as a relationship key. */
export const lastSegment = (id: string): string => id.slice(id.lastIndexOf('/') + 1);

/** "Ashford Council" from "{N} Council"; a template without {N} is a service name and stays as is. */
export const fill = (template: string, place: string): string => template.replace('{N}', place);
