// The one registry of governance rules: governanceFindings runs every rule listed here.
// Each rule lives in its own file; see ../index.ts for what each one looks for.
import { actionWithoutLead } from './action-without-lead.js';
import { bodyDroppedFromLaterPlan } from './body-dropped-from-later-plan.js';
import { bodyWithoutChair } from './body-without-chair.js';
import { bodyWithoutMembers } from './body-without-members.js';
import { factNotStated } from './fact-not-stated.js';
import { likelyDuplicate } from './likely-duplicate.js';
import { missingCoordinationLink } from './missing-coordination-link.js';
import { noReportingLine } from './no-reporting-line.js';
import { overdueActionWithoutStatus } from './overdue-action-without-status.js';
import { reportingCycle } from './reporting-cycle.js';
import type { GovernanceRule } from './types.js';

export const RULES: readonly GovernanceRule[] = [
  noReportingLine,
  reportingCycle,
  missingCoordinationLink,
  actionWithoutLead,
  overdueActionWithoutStatus,
  bodyWithoutMembers,
  bodyWithoutChair,
  bodyDroppedFromLaterPlan,
  factNotStated,
  likelyDuplicate,
];

export { ruleContext, type GovernanceData } from './context.js';
export * from './types.js';
