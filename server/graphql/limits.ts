// Limits against abusive queries; tests/api/limits.test.ts probes each one, tests/reliability
// fuzzes them, and bench/parts/hardening.ts measures the largest answer they let through.
export const LIMITS = {
  /** nesting of fields: the deepest question we serve (partnership > bodies > members > leads > evidence) needs 12 */
  maxDepth: 15,
  /**
   * static cost (cost/static-cost.ts): each field 1 times the expected sizes of the lists above it;
   * a 100-body page of names and evidence with the bodies they report to costs about 6,000
   */
  maxCost: 20_000,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2_000,
  /** list items one request may resolve: a national chart of 5,000 bodies needs about 25,000 */
  maxObjects: 50_000,
  /** wall time of one request */
  maxMillis: 10_000,
  /** bytes of one answer */
  maxResponseBytes: 8 * 2 ** 20,
} as const;
