// The SQL of reads by id lists and periods, shared by the store's reads and its list statements.
import { REL_COLUMNS } from './rows.js';

export const IN_IDS = (column: string, param: string) => `${column} IN (SELECT value FROM json_each(@${param}))`;
export const HOLDS = (t: string) => `${t}.valid_start <= @asOfEnd AND ${t}.valid_end >= @asOfStart`;
const TYPES = `(@types IS NULL OR ${IN_IDS('r.type', 'types')})`;

export const EXPAND_SQL = {
  out: `SELECT ${REL_COLUMNS} FROM rels r WHERE ${IN_IDS('r.from_id', 'ids')} AND ${TYPES} AND ${HOLDS('r')} ORDER BY r.id`,
  in: `SELECT ${REL_COLUMNS} FROM rels r WHERE ${IN_IDS('r.to_id', 'ids')} AND ${TYPES} AND ${HOLDS('r')} ORDER BY r.id`,
  // The second half skips lines the first already has (both ends among ids, or a self-loop).
  both: `SELECT ${REL_COLUMNS} FROM rels r WHERE ${IN_IDS('r.from_id', 'ids')} AND ${TYPES} AND ${HOLDS('r')}
    UNION ALL
    SELECT ${REL_COLUMNS} FROM rels r WHERE ${IN_IDS('r.to_id', 'ids')} AND NOT ${IN_IDS('r.from_id', 'ids')} AND ${TYPES} AND ${HOLDS('r')}
    ORDER BY id`,
} as const;

// From the far partnerships' nodes inwards (CROSS JOIN fixes the order): the cost follows their lines.
export const FAR_SQL = {
  out: `SELECT ${REL_COLUMNS} FROM json_each(@far) p CROSS JOIN nodes o CROSS JOIN rels r
    WHERE o.partnership = p.value AND r.to_id = o.id AND ${IN_IDS('r.from_id', 'ids')} AND ${TYPES} AND ${HOLDS('r')} ORDER BY r.id`,
  in: `SELECT ${REL_COLUMNS} FROM json_each(@far) p CROSS JOIN nodes o CROSS JOIN rels r
    WHERE o.partnership = p.value AND r.from_id = o.id AND ${IN_IDS('r.to_id', 'ids')} AND ${TYPES} AND ${HOLDS('r')} ORDER BY r.id`,
} as const;

export interface ExpandParams {
  ids: string;
  types: string | null;
  asOfStart: string;
  asOfEnd: string;
}
