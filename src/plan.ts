// Builds the personal plan from the assessment's answers: which advice lines, in which order, each with its passage.
import type { OnsetClass } from './triage';

export interface PlanItem {
  /** Key of the line in PLAN_LINES (src/text.ts). */
  line: string;
  /** The passage the line comes from, cited beside it. */
  passageId: string;
}

/** From this severity up, the plan adds "speak to a doctor soon" (the threshold: 7 out of 10). */
export const SEVERE_FROM = 7;

const QUICK_RELIEF: PlanItem[] = [
  { line: 'pressure-and-massage', passageId: 'pressure-and-massage' },
  { line: 'heat-and-ice', passageId: 'heat-and-ice' },
  { line: 'nsaids', passageId: 'nsaids' },
  { line: 'movement-and-walking', passageId: 'movement-and-walking' },
  { line: 'hydration', passageId: 'hydration' },
];
const SEE_DOCTOR_IF_WORSE: PlanItem = { line: 'when-to-see-doctor', passageId: 'when-to-see-doctor' };
const SEVERE: PlanItem = { line: 'muscle-relaxants', passageId: 'muscle-relaxants' };

export function buildPlan(onset: OnsetClass, severity: number): PlanItem[] {
  switch (onset) {
    case 'recent':
    case 'days':
      return severity >= SEVERE_FROM ? [...QUICK_RELIEF, SEVERE, SEE_DOCTOR_IF_WORSE] : [...QUICK_RELIEF, SEE_DOCTOR_IF_WORSE];
    case 'week-plus':
      return [{ line: 'see-doctor-now', passageId: 'when-to-see-doctor' }, ...QUICK_RELIEF];
    case 'recurring':
      return [
        { line: 'long-term-treatment', passageId: 'long-term-treatment' },
        { line: 'avoid-opioids', passageId: 'avoid-opioids' },
        { line: 'prevention', passageId: 'prevention' },
        { line: 'underlying-condition', passageId: 'underlying-condition' },
      ];
  }
}
