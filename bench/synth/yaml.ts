// Seed files as YAML text. Written by hand rather than with a YAML library: the output must be
// byte-stable across runs and library versions, and a national set is tens of megabytes.
import type { SynthEvidence, SynthFile } from './text.js';

type Scalar = string | number | boolean;

const PLAIN = /^[A-Za-z][A-Za-z0-9_./-]*$/;
const RESERVED = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n']);

/** Slugs and words stay plain for readability; every other string is double-quoted (a JSON string is a valid YAML one). */
const scalar = (v: Scalar): string =>
  typeof v !== 'string' ? String(v) : PLAIN.test(v) && !RESERVED.has(v.toLowerCase()) ? v : JSON.stringify(v);

function value(v: Scalar | readonly Scalar[]): string {
  return Array.isArray(v) ? `[${v.map(scalar).join(', ')}]` : scalar(v as Scalar);
}

function entry(out: string[], fields: [string, unknown][], evidence: SynthEvidence[], defaultSource: string | undefined): void {
  let first = true;
  const line = (text: string) => {
    out.push(`${first ? '  - ' : '    '}${text}`);
    first = false;
  };
  for (const [key, v] of fields) {
    if (v === undefined) continue;
    if (key === 'props') {
      const props = Object.entries(v as Record<string, Scalar | Scalar[]>);
      if (props.length === 0) continue;
      line('props:');
      for (const [k, pv] of props) out.push(`      ${k}: ${value(pv)}`);
      continue;
    }
    line(`${key}: ${value(v as Scalar | Scalar[])}`);
  }
  line('evidence:');
  for (const e of evidence) {
    const lines = [...(e.source && e.source !== defaultSource ? [`source: ${scalar(e.source)}`] : []), `locator: ${scalar(e.locator)}`, `quote: ${scalar(e.quote)}`, `basis: ${e.basis}`, ...(e.note ? [`note: ${scalar(e.note)}`] : [])];
    lines.forEach((l, i) => out.push(`${i === 0 ? '      - ' : '        '}${l}`));
  }
}

export function seedYaml(file: SynthFile, generatedBy: string): string {
  const out: string[] = [...file.comment.split('\n').map((l) => `# ${l}`), `# ${generatedBy}`];
  const defaults = Object.entries(file.defaults).filter(([, v]) => v !== undefined);
  if (defaults.length) {
    out.push('defaults:');
    for (const [k, v] of defaults) out.push(`  ${k}: ${JSON.stringify(v)}`);
  }
  if (file.nodes.length) {
    out.push('nodes:');
    for (const n of file.nodes) {
      const fields: [string, unknown][] = [
        ['id', n.id], ['kind', n.kind], ['name', n.name], ['aliases', n.aliases], ['text', n.text], ['partnership', n.partnership],
        ['validFrom', n.validFrom], ['validTo', n.validTo], ['note', n.note], ['props', n.props ?? {}],
      ];
      entry(out, fields, n.evidence, file.defaults.source);
    }
  }
  if (file.relationships.length) {
    out.push('relationships:');
    for (const r of file.relationships) {
      const fields: [string, unknown][] = [
        ['type', r.type], ['from', r.from], ['to', r.to], ['key', r.key],
        ['validFrom', r.validFrom], ['validTo', r.validTo], ['note', r.note], ['props', r.props ?? {}],
      ];
      entry(out, fields, r.evidence, file.defaults.source);
    }
  }
  return `${out.join('\n')}\n`;
}
