/**
 * # Governance analyses
 *
 * Each analysis is two parts: a `gather...` function that reads what it needs from the
 * GraphStore in a few batched calls (one call per level, never one per node), and a pure
 * function over plain nodes and relationships that builds the report. The store-facing entry
 * point (first column) is gather + pure. Unit tests build small graphs and call the pure parts;
 * gather tests run against the real SQLite store and check that the result equals the pure
 * analysis over the whole graph. Bad input (unknown id, wrong kind, bad date or limit) throws
 * an AnalysisInputError (a RangeError) whose message names the argument.
 *
 * | entry point | pure part | what it answers |
 * |---|---|---|
 * | `vruAlignment(store, partnershipIds, frameworkId?)` | `buildVruAlignment` | each VRU theme and mandatory action, per partnership: responding actions, leads, narratives, RAG, gaps; totals per theme and partnership (`readVruAlignment` may take columns kept under the graph version: vru-column-cache.ts) |
 * | `governanceFindings(store, partnershipId, asOf?)` | `evaluateGovernance` | the rules below, as findings {ruleId, severity, message, nodeIds, relIds, evidence} |
 * | `cascade(store, id, {direction?, asOf?, maxDepth?})` | `buildCascade` | strategy down to aligned priorities, actions, leads, overseers; or action up to what it serves, as levels |
 * | `compareStructure(store, partnershipId, from, to)` | `diffStructure` | bodies and lines added, removed and changed between two dates |
 * | `sharedStructures(store, {asOf?, limit?})` | `findSharedStructures` | nodes spanning 2+ partnerships or boroughs; organisations on the most bodies |
 *
 * ## VRU alignment gap flags (vru-alignment.ts, vru-narrative.ts)
 * The framework is the Strategy `vru/action-plan-2023`: themes are its HAS_PRIORITY Priorities,
 * mandatory actions the Requirements PART_OF a theme. A partnership's answer is its Actions
 * (by `partnership`) with RESPONDS_TO lines to the requirement, one per responding
 * organisation (props `respondent`, `narrative`). Flags, per mandatory action and partnership:
 * - `NO_RESPONSE`: no action of the partnership responds (a partnership with no VRU plan has only these);
 * - `NO_LEAD`: no LEADS line into the action and no `leadAsWritten`;
 * - `NO_NAMED_LEAD`: `namedLead` is absent (the template's "Named Lead and Role" left empty);
 * - `NO_RAG`: `rag` is absent;
 * - `NO_SUBSTANCE`: a narrative is empty or only says "No comment", "N/A", "None", ... (NO_SUBSTANCE_ANSWERS);
 * - `PROVISION_MISSING`: a narrative says the provision is missing ("no ... in place", "not currently
 *   available", "we don't have", "does not exist", "there is no", "lack of", "a gap", ...: MISSING_PROVISION_PHRASES;
 *   "gap analysis" and work to identify or fill gaps do not count). The matched words are in the gap's detail:
 *   a phrase can catch a plain fact ("There are no Trauma and A&E centres in Richmond"), and a reviewer judges.
 * Totals count mandatory actions with each flag.
 *
 * ## Governance rules (rules/, one file each, registered in rules/index.ts)
 * With `asOf`, structural rules read the graph as at that date and timescales are judged at it;
 * without it they read the whole record and timescales are judged at today.
 * - `no-reporting-line`: a body with no REPORTS_TO line, other than the top (the Partnership node, any
 *   Partnership, a tier-1 body, a body named as the partnership itself) and the statutory boards of VRU action 1.1;
 *   high when no line joins it to any other body, medium when other bodies report to, feed or link with it,
 *   low when it only feeds into or is part of another body;
 * - `reporting-cycle` (high): REPORTS_TO lines in a circle through the partnership's bodies, among lines that hold at the same time;
 * - `missing-coordination-link` (medium): no LINKS_WITH/REPORTS_TO/FEEDS_INTO line between the partnership's
 *   bodies and a safeguarding children partnership, safeguarding adults board, drugs partnership or health and
 *   wellbeing board (VRU action 1.1), found by body name or alias; not asked as at a date before the VRU's requirement;
 * - `action-without-lead` (medium): an action with no LEADS line and no `leadAsWritten`;
 * - `overdue-action-without-status` (medium): `due` ended before the date, and no `status`;
 * - `body-without-members` (medium): a board or panel with no MEMBER_OF or CHAIRS line;
 * - `body-without-chair` (low): a board or panel with members but no CHAIRS line;
 * - `body-dropped-from-later-plan` (low): a body named in one of the partnership's plans (Strategy nodes with
 *   `sourceId`) and not in a later one. A plan names a body when the body's or its lines' evidence cites it, or its
 *   quotes and narratives carry the body's name or alias as words; a later body of the same name counts as the same;
 * - `fact-not-stated` (low): a body, or a line of the partnership's bodies and actions, whose every evidence entry is
 *   INFERRED or TEMPLATE (the VRU template's request): no plan states it;
 * - `likely-duplicate` (low): two bodies or two organisations of one plan's scope with a shared abbreviation,
 *   near-identical names or the same three or more members, proposed for a curator to confirm or dismiss.
 */
export * from './vru-alignment.js';
export * from './vru-narrative.js';
export { VruColumnCache } from './vru-column-cache.js';
export * from './governance.js';
export { RULES, SEVERITIES, type Finding, type GovernanceData, type GovernanceRule, type RuleContext, type Severity } from './rules/index.js';
export { COORDINATION_PARTNERS, GOVERNANCE_REQUIREMENT_ID } from './rules/missing-coordination-link.js';
export * from './cascade.js';
export * from './compare-structure.js';
export * from './shared-structures.js';
export { AnalysisInputError } from './shared.js';
