// Assertions on the red-flag screen as the user meets it: the urgent advice of the right urgency naming the sign, or
// no escalation (a yes/no question allowed where said). Shared by the triage unit tests.
import { expect } from 'vitest';
import { screenMessage, type ScreenResult } from '../../src/triage';

export const describeResult = (r: ScreenResult): string =>
  r.outcome === 'red-flag' ? `${r.urgency} [${r.signs.map((s) => s.id).join(', ')}]` : r.outcome === 'ask' ? `ask ${r.sign.id}` : 'clear';

/** The message gets urgent advice of this urgency, naming this sign. */
export function flags(q: string, urgency: 'emergency' | 'urgent', sign: string): void {
  const r = screenMessage(q);
  expect(r.outcome === 'red-flag' && r.urgency === urgency && r.signs.some((s) => s.id === sign), `${q} => ${describeResult(r)}`).toBe(true);
}

/** The message is not escalated (a yes/no question is allowed when `ask` is true). */
export function staysCalm(q: string, ask = false): void {
  const r = screenMessage(q);
  expect(r.outcome === 'clear' || (ask && r.outcome === 'ask'), `${q} => ${describeResult(r)}`).toBe(true);
}
