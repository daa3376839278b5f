// The filter of listNodes as SQL: its condition (the key of a prepared statement) and its parameters.
import type { ListArgs } from '../validate.js';
import { HOLDS, IN_IDS } from './statements.js';

const PROP_TYPES: Record<'string' | 'number' | 'boolean', string> = {
  string: "('text')",
  number: "('integer', 'real')",
  boolean: "('true', 'false')",
};
const SQL_OPS = { eq: '=', lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

export type ListParams = Record<string, unknown>;

export function listCondition(a: ListArgs): string {
  const where = [HOLDS('n')];
  if (a.kinds) where.push(IN_IDS('n.kind', 'kinds'));
  if (a.partnership !== null) where.push('n.partnership = @partnership');
  if (a.ids) where.push(IN_IDS('n.id', 'ids'));
  if (a.text !== null) where.push('instr(n.search_lc, @text) > 0');
  a.props.forEach((f, i) => {
    // Compare like with like: a string never equals or orders against a number, as in Cypher.
    const t = typeof f.value as 'string' | 'number' | 'boolean';
    where.push(`json_type(n.props, @path${i}) IN ${PROP_TYPES[t]} AND json_extract(n.props, @path${i}) ${SQL_OPS[f.op]} @value${i}`);
  });
  return where.join(' AND ');
}

export function listParams(a: ListArgs): ListParams {
  const params: ListParams = { asOfStart: a.period.start, asOfEnd: a.period.end };
  if (a.kinds) params.kinds = JSON.stringify(a.kinds);
  if (a.partnership !== null) params.partnership = a.partnership;
  if (a.ids) params.ids = JSON.stringify(a.ids);
  if (a.text !== null) params.text = a.text;
  a.props.forEach((f, i) => {
    params[`path${i}`] = `$.${f.key}`;
    params[`value${i}`] = typeof f.value === 'boolean' ? Number(f.value) : f.value;
  });
  return params;
}
