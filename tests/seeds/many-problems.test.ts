// A seed folder with very many problems is reported whole: the loader appends lists item by item,
// never as call arguments (push(...list)), which overflow the stack once a list is long enough.
// The child runs with a tenth of the default stack, so 15,000 problems stand for the ~600,000
// that overflowed the default one.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const CHILD = fileURLToPath(new URL('./fixtures/load-problems.ts', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'govgraph-many-problems-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('reports every problem of a file with 5,000 broken nodes (3 each) on a small stack', { timeout: 60_000 }, () => {
  const lines = ['nodes:'];
  for (let i = 0; i < 5000; i++) lines.push(`  - {id: x/n${i}}`); // no kind, name or evidence
  writeFileSync(path.join(dir, 'many.yaml'), `${lines.join('\n')}\n`);
  const out = execFileSync(process.execPath, ['--stack-size=100', '--import', 'tsx', CHILD, dir, path.join(dir, 'no-sources')], { encoding: 'utf8' });
  expect(JSON.parse(out.trim().split('\n').at(-1)!)).toEqual({ problems: 15_000 });
});
