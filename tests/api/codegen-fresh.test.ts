// The committed generated files must be what `npm run codegen` makes from schema.graphql and
// the web client's documents now: regenerate in memory (nothing is written) and compare.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('generated code', () => {
  it('is up to date with schema.graphql and codegen.yml (run `npm run codegen` when this fails)', async () => {
    const { config } = await loadCodegenConfig({ configFilePath: path.join(ROOT, 'codegen.yml') });
    const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: ROOT, silent: true }, false);
    expect(outputs.map((o) => path.relative(ROOT, path.resolve(ROOT, o.filename))).sort()).toEqual(
      expect.arrayContaining(['server/graphql/generated/graphql.ts', 'web/src/generated/graphql.ts']),
    );
    const stale = outputs
      .map((o) => path.resolve(ROOT, o.filename))
      .filter((file, i) => !existsSync(file) || readFileSync(file, 'utf8') !== outputs[i].content)
      .map((file) => path.relative(ROOT, file));
    expect(stale, `out of date: ${stale.join(', ')}`).toEqual([]);
  }, 60_000);
});
