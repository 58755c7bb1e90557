// Whole conversations through the real server (expectReplies): every plan branch, re-prompts, interruptions,
// the stretch guide end to end, and two conversations that must not see each other's state.
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/plan';
import {
  ASSESSMENT_CANCELLED, ASSESSMENT_ONSET, ASSESSMENT_ONSET_RETRY, ASSESSMENT_SEVERITY, ASSESSMENT_SEVERITY_RETRY, ASSESSMENT_WARNING_RETRY,
  ASSESSMENT_WARNING_YES, BUTTONS, MENU_BUTTONS, ONSET_BUTTONS, PLAN_LINES, planButtons, STRETCH_DONE, STRETCH_INTRO,
} from '../../src/text';
import { buttonsOf, Conversation, Reply, textOf } from '../support/server';
import { numberedSteps } from '../../src/stretchCard';
import { useTestApp } from '../support/useTestApp';

const server = useTestApp();

const lastOf = (replies: Reply[]) => replies[replies.length - 1];

describe('the assessment over HTTP, every plan branch', () => {
  it.each([
    ['Just now / today', '3', 'recent'],
    ['yesterday', '8', 'days'],
    ['Over a week ago', '4', 'week-plus'],
    ['It keeps coming back', '7', 'recurring'],
  ] as const)('onset "%s", severity %s -> the %s plan', async (onset, severity, onsetClass) => {
    const c = new Conversation(server.base);
    expect(textOf(await c.say(BUTTONS.checkSymptoms))).toContain(ASSESSMENT_ONSET);
    expect(lastOf(await c.say(onset)).text).toBe(ASSESSMENT_SEVERITY);
    expect(buttonsOf(lastOf(await c.say(severity)))).toEqual([BUTTONS.yes, BUTTONS.no, BUTTONS.notSure]);
    const plan = lastOf(await c.say(BUTTONS.no));
    for (const item of buildPlan(onsetClass, Number(severity))) expect(plan.text).toContain(PLAN_LINES[item.line]);
    expect(buttonsOf(plan)).toEqual(planButtons(buildPlan(onsetClass, Number(severity)).some((item) => item.line === 'heat-and-ice')));
  });

  it('re-prompts each question on an unclear answer, then goes on', async () => {
    const c = new Conversation(server.base);
    await c.say(BUTTONS.checkSymptoms);
    const onsetRetry = lastOf(await c.say('purple'));
    expect(onsetRetry.text).toBe(ASSESSMENT_ONSET_RETRY);
    expect(buttonsOf(onsetRetry)).toEqual([...ONSET_BUTTONS]);
    await c.say('this morning');
    expect(lastOf(await c.say('15')).text).toBe(ASSESSMENT_SEVERITY_RETRY);
    await c.say('6');
    expect(lastOf(await c.say('dunno, maybe tomorrow')).text).toBe(ASSESSMENT_WARNING_RETRY);
    expect(lastOf(await c.say('no')).text).toContain(PLAN_LINES['heat-and-ice']);
  });

  it('answers a question typed at a prompt, asks the prompt again in the same turn', async () => {
    const c = new Conversation(server.base);
    await c.say(BUTTONS.checkSymptoms);
    const replies = await c.say('can I take ibuprofen?');
    expect(replies[0].text).toContain(server.app.search.passage('nsaids')?.answer);
    expect(lastOf(replies).text).toContain(ASSESSMENT_ONSET);
  });

  it('gives urgent advice for a red flag typed mid-way, and no plan follows', async () => {
    const c = new Conversation(server.base);
    await c.say(BUTTONS.checkSymptoms);
    await c.say('today');
    const replies = await c.say("I've got numbness in my groin");
    expect(replies).toHaveLength(1);
    expect(replies[0].text).toMatch(/emergency help now/i);
    expect(textOf(await c.say('no'))).not.toContain(PLAN_LINES['heat-and-ice']);
  });

  it('answers "yes" to the warning signs with urgent advice', async () => {
    const c = new Conversation(server.base);
    await c.say(BUTTONS.checkSymptoms);
    await c.say('today');
    await c.say('5');
    expect(textOf(await c.say(BUTTONS.yes))).toBe(ASSESSMENT_WARNING_YES);
  });

  it('cancels, and starts over', async () => {
    const c = new Conversation(server.base);
    await c.say(BUTTONS.checkSymptoms);
    await c.say('today');
    const cancelled = lastOf(await c.say('cancel'));
    expect(cancelled.text).toBe(ASSESSMENT_CANCELLED);
    expect(buttonsOf(cancelled)).toEqual(MENU_BUTTONS);
    await c.say(BUTTONS.checkSymptoms);
    await c.say('today');
    expect(lastOf(await c.say('start over')).text).toContain(ASSESSMENT_ONSET);
  });
});

describe('the stretch guide over HTTP', () => {
  it('goes through all three stretches and finishes', async () => {
    const c = new Conversation(server.base);
    const first = await c.say(BUTTONS.stretches);
    expect(first[0].text).toBe(STRETCH_INTRO);
    expect(first[1].text).toContain(numberedSteps(server.app.search.passage('stretch-childs-pose')?.answer ?? ''));
    expect(textOf(await c.say(BUTTONS.next))).toContain(numberedSteps(server.app.search.passage('stretch-glute-bridge')?.answer ?? ''));
    expect(textOf(await c.say(BUTTONS.repeat))).toContain(numberedSteps(server.app.search.passage('stretch-glute-bridge')?.answer ?? ''));
    expect(textOf(await c.say(BUTTONS.next))).toContain(numberedSteps(server.app.search.passage('stretch-cat-cow')?.answer ?? ''));
    expect(lastOf(await c.say(BUTTONS.next)).text).toBe(STRETCH_DONE);
  });
});

describe('isolation', () => {
  it('keeps two conversations’ states apart, even when they interleave', async () => {
    const a = new Conversation(server.base);
    const b = new Conversation(server.base);
    await a.say(BUTTONS.checkSymptoms);
    await b.say(BUTTONS.checkSymptoms);
    await a.say('today');
    // b is still at the onset question: "8" is not an onset.
    expect(lastOf(await b.say('8')).text).toBe(ASSESSMENT_ONSET_RETRY);
    expect(lastOf(await a.say('8')).text).toContain('Do you have **any** of these?');
    await b.say('It keeps coming back');
    await b.say('2');
    expect(lastOf(await b.say('no')).text).toContain(PLAN_LINES['long-term-treatment']);
    expect(lastOf(await a.say('no')).text).toContain(PLAN_LINES['muscle-relaxants']);
  });
});
