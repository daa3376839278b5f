// The shape of one seed file (seeds/**/*.yaml), documented in seeds/README.md.
// Cross-file checks (unknown references, duplicate ids, cycles, quotes) live in validate.ts.
import { z } from 'zod';
import { EVIDENCE_BASES, NODE_KINDS, REL_TYPES } from '../domain/model.js';
import { isPlanDate } from '../domain/period.js';

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]*(\/[a-z0-9][a-z0-9.-]*)*$/, 'must be a lower-case slug like "havering/csp-board"');
const planDate = z
  .union([z.string(), z.number().int()])
  .transform(String)
  .refine(isPlanDate, 'must be a plan date: yyyy, yyyy-mm or yyyy-mm-dd');
const propValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.array(z.number())]);
const props = z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'property names are identifiers'), propValue);

export const evidenceSchema = z.strictObject({
  source: slug.optional(),
  locator: z.string().trim().min(1, 'locator is empty'),
  quote: z.string().trim().min(1, 'quote is empty').max(300, 'quote is longer than 300 characters'),
  /** how the fact is known: decided per entry, so there is no default */
  basis: z.enum(EVIDENCE_BASES, { error: 'basis must be STATED, INFERRED, TEMPLATE or ATTESTED (how the fact is known from the quote)' }),
  /** how the fact follows from the quote; required for INFERRED */
  note: z.string().trim().min(1, 'note is empty').optional(),
}).refine((e) => e.basis !== 'INFERRED' || !!e.note, { message: 'an INFERRED fact needs a note saying how it is inferred', path: ['note'] });

const evidenceList = z.array(evidenceSchema).min(1, 'every fact needs at least one evidence entry');

export const nodeSchema = z.strictObject({
  id: slug,
  kind: z.enum(NODE_KINDS),
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).optional(),
  text: z.string().optional(),
  partnership: slug.optional(),
  validFrom: planDate.optional(),
  validTo: planDate.optional(),
  note: z.string().optional(),
  props: props.optional(),
  evidence: evidenceList,
});

export const relSchema = z.strictObject({
  type: z.enum(REL_TYPES),
  from: slug,
  to: slug,
  /** tells apart two lines of one type between the same two nodes */
  key: slug.optional(),
  validFrom: planDate.optional(),
  validTo: planDate.optional(),
  note: z.string().optional(),
  props: props.optional(),
  evidence: evidenceList,
});

export const seedFileSchema = z.strictObject({
  /** applied to every entry of the file that does not set its own */
  defaults: z
    .strictObject({
      source: slug.optional(),
      partnership: slug.optional(),
      validFrom: planDate.optional(),
      validTo: planDate.optional(),
    })
    .optional(),
  nodes: z.array(nodeSchema).optional(),
  relationships: z.array(relSchema).optional(),
});

export type SeedFile = z.infer<typeof seedFileSchema>;
export type SeedNode = z.infer<typeof nodeSchema>;
export type SeedRel = z.infer<typeof relSchema>;
export type SeedEvidence = z.infer<typeof evidenceSchema>;
