// Measures the mean and largest size of every list field of every node type on the curated
// seeds, the numbers behind server/graphql/cost/list-sizes.ts. `npx tsx bench/cost/list-sizes.ts`
import { buildSchema, getNamedType, getNullableType, isLeafType, isListType, isObjectType } from 'graphql';
import { typeDefs } from '../../server/graphql/schema.js';
import { listAll } from '../../server/store/list-all.js';
import { startApi } from '../../tests/api/support/api.js';
import { seededStore } from '../../tests/api/support/store.js';

const seeded = await seededStore();
const api = await startApi(seeded.store);
const schema = buildSchema(typeDefs);
const rows: { key: string; mean: number; max: number; n: number }[] = [];
try {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === 'Node')) continue;
    const ids = (await listAll(seeded.store, { kinds: [type.name as never] })).map((n) => n.id);
    if (ids.length === 0) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type)) || field.args.some((a) => a.type.toString().endsWith('!'))) continue;
      const leaf = isLeafType(getNamedType(field.type));
      const select = leaf ? field.name : `${field.name} { __typename }`;
      const sizes: number[] = [];
      for (let i = 0; i < ids.length; i += 100) {
        const data = await api.data<{ nodes: Record<string, unknown[]>[] }>(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on ${type.name} { ${select} } } }`, { ids: ids.slice(i, i + 100) });
        for (const n of data.nodes) sizes.push((n[field.name] ?? []).flat().length);
      }
      rows.push({ key: `${type.name}.${field.name}`, mean: sizes.reduce((a, b) => a + b, 0) / sizes.length, max: Math.max(...sizes), n: sizes.length });
    }
  }
} finally {
  await api.stop();
  await seeded.dispose();
}
console.log('| field | nodes | mean | max |\n|---|---:|---:|---:|');
for (const r of rows.sort((a, b) => b.mean - a.mean)) console.log(`| ${r.key} | ${r.n} | ${r.mean.toFixed(1)} | ${r.max} |`);
