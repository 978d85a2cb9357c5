// Every cross-reference rule, in the order they run. A new rule is one file and one line here.
import type { Rule } from '../rule.js';
import duplicateId from './duplicate-id.js';
import unknownStrategy from './unknown-strategy.js';
import unknownGoal from './unknown-goal.js';
import unknownTeam from './unknown-team.js';
import unknownIndicator from './unknown-indicator.js';
import unknownDepartment from './unknown-department.js';
import unknownBody from './unknown-body.js';
import unknownTask from './unknown-task.js';
import periodOutsidePlan from './period-outside-plan.js';
import targetOutsidePeriod from './target-outside-period.js';
import targetAgainstDirection from './target-against-direction.js';
import targetMissingFinal from './target-missing-final.js';
import targetNumberAsText from './target-number-as-text.js';
import baselineAfterTarget from './baseline-after-target.js';
import taskNoIndicator from './task-no-indicator.js';
import invalidWeight from './invalid-weight.js';
import sdgUnknownTarget from './sdg-unknown-target.js';
import sdgUnknownIndicator from './sdg-unknown-indicator.js';
import missingTranslation from './missing-translation.js';
import unknownLanguage from './unknown-language.js';
import goalNoTask from './goal-no-task.js';
import strategyNoTask from './strategy-no-task.js';
import teamNoTask from './team-no-task.js';
import genderShare from './gender-share.js';
import externalShare from './external-share.js';
import actualsUnknownIndicator from './actuals-unknown-indicator.js';
import actualsYearOutsidePlan from './actuals-year-outside-plan.js';
import actualsConflict from './actuals-conflict.js';
import actualsMerge from './actuals-merge.js';
import interactionsUnknownId from './interactions-unknown-id.js';
import interactionsDirection from './interactions-direction.js';
import interactionsDuplicate from './interactions-duplicate.js';
import interactionsUnknownBody from './interactions-unknown-body.js';
import interactionsContradictsEffects from './interactions-contradicts-effects.js';
import actualsUnknownColumn from './actuals-unknown-column.js';
import actualsUnknownBreakdown from './actuals-unknown-breakdown.js';
import actualsMissingTotal from './actuals-missing-total.js';
import unknownRule from './unknown-rule.js';
import unitMissing from './unit-missing.js';
import unknownDimension from './unknown-dimension.js';
import weightsNoBudget from './weights-no-budget.js';
import evaluationNotThisPlan from './evaluation-not-this-plan.js';
import evaluationRecomputedDiffers from './evaluation-recomputed-differs.js';
import actualsImplausible from './actuals-implausible.js';

export const RULE_LIST: readonly Rule[] = [
  duplicateId,
  unknownStrategy,
  unknownGoal,
  unknownTeam,
  unknownIndicator,
  unknownDepartment,
  unknownBody,
  unknownTask,
  periodOutsidePlan,
  targetOutsidePeriod,
  targetAgainstDirection,
  targetMissingFinal,
  targetNumberAsText,
  baselineAfterTarget,
  taskNoIndicator,
  invalidWeight,
  sdgUnknownTarget,
  sdgUnknownIndicator,
  missingTranslation,
  unknownLanguage,
  goalNoTask,
  strategyNoTask,
  teamNoTask,
  genderShare,
  externalShare,
  actualsUnknownIndicator,
  actualsYearOutsidePlan,
  actualsConflict,
  actualsMerge,
  interactionsUnknownId,
  interactionsDirection,
  interactionsDuplicate,
  interactionsUnknownBody,
  interactionsContradictsEffects,
  actualsUnknownColumn,
  actualsUnknownBreakdown,
  actualsMissingTotal,
  actualsImplausible,
  unitMissing,
  unknownDimension,
  weightsNoBudget,
  evaluationNotThisPlan,
  evaluationRecomputedDiffers,
  unknownRule,
];
