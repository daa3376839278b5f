// The header every export carries: what it is of, as at when, and when it was made.
import type { ExportScope } from './scope.js';

export interface ExportMeta {
  /** null: the whole record, each fact with its own dates */
  asAt: string | null;
  partnerships: { id: string; name: string }[];
  generatedOn: string;
  generator: string;
  /** whether people's names are in it (GOVGRAPH_PERSONAL_DATA) */
  personalData: 'shown' | 'hidden';
}

export const exportMeta = (scope: ExportScope, format: string): ExportMeta => ({
  asAt: scope.asAt,
  partnerships: scope.partnerships.map((p) => ({ id: p.id, name: p.name })),
  generatedOn: scope.generatedOn,
  generator: `govgraph export ${format}`,
  personalData: scope.personalData ? 'shown' : 'hidden',
});
