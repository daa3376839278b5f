// The committed generated files must be what `npm run codegen` makes from schema.graphql and
// the web client's documents now: regenerate in memory (nothing is written) and compare.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { buildSchema, isInterfaceType } from 'graphql';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('generated code', () => {
  it('is up to date with schema.graphql and codegen.yml (run `npm run codegen` when this fails)', async () => {
    const { config } = await loadCodegenConfig({ configFilePath: path.join(ROOT, 'codegen.yml') });
    const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: ROOT, silent: true }, false);
    expect(outputs.map((o) => path.relative(ROOT, path.resolve(ROOT, o.filename))).sort()).toEqual(
      expect.arrayContaining(['server/graphql/generated/graphql.ts', 'web/src/generated/graphql.ts', 'possible-types.json']),
    );
    const stale = outputs
      .map((o) => path.resolve(ROOT, o.filename))
      .filter((file, i) => !existsSync(file) || readFileSync(file, 'utf8') !== outputs[i].content)
      .map((file) => path.relative(ROOT, file));
    expect(stale, `out of date: ${stale.join(', ')}`).toEqual([]);
  }, 60_000);

  it("possible-types.json gives API clients every interface's object types, as the schema has them", () => {
    const schema = buildSchema(readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8'));
    const { possibleTypes } = JSON.parse(readFileSync(path.join(ROOT, 'possible-types.json'), 'utf8')) as { possibleTypes: Record<string, string[]> };
    const interfaces = Object.values(schema.getTypeMap()).filter(isInterfaceType);
    expect(Object.keys(possibleTypes).sort()).toEqual(interfaces.map((i) => i.name).sort());
    for (const i of interfaces) expect([...possibleTypes[i.name]!].sort(), i.name).toEqual(schema.getPossibleTypes(i).map((t) => t.name).sort());
    expect(possibleTypes.GovernanceBody).toEqual(expect.arrayContaining(['Partnership', 'Board', 'SubGroup', 'Panel']));
  });
});
