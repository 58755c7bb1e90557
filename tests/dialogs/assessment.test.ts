// The guided assessment through DialogTestClient: the three questions, every plan branch, re-prompts, interruptions.
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from 'botbuilder';
import {
  ASSESSMENT_CANCELLED, ASSESSMENT_LAST_TIME, ASSESSMENT_ONSET, ASSESSMENT_ONSET_HELP, ASSESSMENT_ONSET_RETRY, ASSESSMENT_SEVERITY,
  ASSESSMENT_SEVERITY_RETRY, ASSESSMENT_WARNING_RETRY, ASSESSMENT_WARNING_YES, BUTTONS, ONSET_BUTTONS, PLAN_LINES, planButtons, RED_FLAG_NOT_CONFIRMED_RESUME,
} from '../../src/text';
import { RED_FLAG_SIGNS } from '../../src/triage';
import { buttons, last, search, testBot, texts } from '../support/dialogs';

/** Runs the assessment with the given answers; returns the replies to the last answer. */
async function assess(onset: string, severity: string, warning = 'No', bot = testBot()) {
  await bot.say(BUTTONS.checkSymptoms);
  await bot.say(onset);
  await bot.say(severity);
  return bot.say(warning);
}

describe('the assessment asks exactly three questions, in order', () => {
  it('onset (with buttons), then severity, then the warning signs (yes / no / not sure)', async () => {
    const bot = testBot();
    const first = await bot.say(BUTTONS.checkSymptoms);
    expect(last(first).text).toContain(ASSESSMENT_ONSET);
    expect(buttons(last(first))).toEqual([...ONSET_BUTTONS]);
    const second = await bot.say(ONSET_BUTTONS[0]);
    expect(last(second).text).toBe(ASSESSMENT_SEVERITY);
    const third = await bot.say('5');
    const warning = last(third).text ?? '';
    for (const sign of RED_FLAG_SIGNS) expect(warning).toContain(sign.label);
    expect(buttons(last(third))).toEqual([BUTTONS.yes, BUTTONS.no, BUTTONS.notSure]);
  });

  it.each([['check my symptoms'], ['assess my back'], ['help me figure out what to do'], [BUTTONS.checkSymptoms]])('starts on "%s"', async (text) => {
    const replies = await testBot().say(text);
    expect(last(replies).text).toContain(ASSESSMENT_ONSET);
  });
});

const line = (key: string) => PLAN_LINES[key];

describe('the plan fits onset and severity, each line citing its passage', () => {
  it.each([
    // onset answer, severity answer, lines that must be there, lines that must not
    ['Just now / today', '4', ['pressure-and-massage', 'heat-and-ice', 'nsaids', 'movement-and-walking', 'hydration', 'when-to-see-doctor'], ['muscle-relaxants', 'see-doctor-now']],
    ['this morning', 'about 6', ['heat-and-ice', 'when-to-see-doctor'], ['muscle-relaxants']],
    ['yesterday', '7/10', ['pressure-and-massage', 'muscle-relaxants', 'when-to-see-doctor'], ['see-doctor-now']],
    ['In the last few days', 'seven', ['muscle-relaxants'], ['long-term-treatment']],
    ['3 days ago', 'severe', ['muscle-relaxants'], []],
    ['Over a week ago', '5', ['see-doctor-now', 'heat-and-ice'], ['long-term-treatment']],
    ['two weeks', 'mild', ['see-doctor-now'], ['muscle-relaxants']],
    ['It keeps coming back', '6', ['long-term-treatment', 'avoid-opioids', 'prevention', 'underlying-condition'], ['pressure-and-massage']],
    ['on and off for months', 'pretty bad', ['long-term-treatment', 'underlying-condition'], ['see-doctor-now']],
  ])('onset "%s", severity "%s"', async (onset, severity, present, absent) => {
    const plan = last(await assess(onset, severity));
    for (const key of present) expect(plan.text).toContain(line(key));
    for (const key of absent) expect(plan.text).not.toContain(line(key));
    expect(buttons(plan)).toEqual(planButtons(plan.text?.includes(line('heat-and-ice')) ?? false));
    const cited = (plan.entities?.[0] as unknown as { citation: { appearance: { name: string } }[] }).citation.map((c) => c.appearance.name);
    expect(cited.length).toBeGreaterThan(0);
    for (const name of cited) expect(search.passages.map((p) => p.title)).toContain(name);
    expect(plan.text).toMatch(/\[1\]/);
  });

  it.each([['Yes'], ['Not sure'], ['yeah'], ['i dont know']])('answers "%s" to the warning signs with urgent advice and no plan', async (answer) => {
    const replies = await assess('today', '5', answer);
    expect(texts(replies)).toEqual([ASSESSMENT_WARNING_YES]);
  });
});

describe('re-prompts', () => {
  it('asks the onset again, with the buttons, when the answer is unclear', async () => {
    const bot = testBot();
    await bot.say(BUTTONS.checkSymptoms);
    const replies = await bot.say('banana');
    expect(last(replies).text).toBe(ASSESSMENT_ONSET_RETRY);
    expect(buttons(last(replies))).toEqual([...ONSET_BUTTONS]);
  });

  it.each([['11'], ['-3'], ['lots'], ['asdf']])('asks for a number from 0 to 10 after "%s"', async (answer) => {
    const bot = testBot();
    await bot.say(BUTTONS.checkSymptoms);
    await bot.say('today');
    expect(last(await bot.say(answer)).text).toBe(ASSESSMENT_SEVERITY_RETRY);
  });

  it('asks for yes, no or not sure after an unclear answer to the warning signs', async () => {
    const bot = testBot();
    await bot.say(BUTTONS.checkSymptoms);
    await bot.say('today');
    await bot.say('4');
    expect(last(await bot.say('purple')).text).toBe(ASSESSMENT_WARNING_RETRY);
  });
});

describe('interruptions at any prompt', () => {
  it('answers a knowledge question and asks the pending question again in the same turn', async () => {
    const bot = testBot();
    await bot.say(BUTTONS.checkSymptoms);
    await bot.say('today');
    const replies = await bot.say('is heat or ice better?');
    expect(texts(replies)[0]).toContain(search.passage('heat-and-ice')?.answer);
    expect(last(replies).text).toBe(ASSESSMENT_SEVERITY);
    expect(last(await bot.say('6')).text).toContain(RED_FLAG_SIGNS[0].label);
  });

  it('answers a question that contains a number instead of reading it as the pain score', async () => {
    const bot = testBot();
    await bot.say(BUTTONS.checkSymptoms);
    await bot.say('today');
    const replies = await bot.say('can I take 2 ibuprofen?');
    expect(texts(replies)[0]).toContain(search.passage('nsaids')?.answer);
    expect(last(replies).text).toBe(ASSESSMENT_SEVERITY);
  });

  it('gives urgent advice at once for a red flag typed mid-assessment, and ends the assessment', async () => {
    const bot = testBot();
    await bot.say(BUTTONS.checkSymptoms);
    const replies = await bot.say('I just wet myself and my legs feel weak');
    expect(texts(replies)).toHaveLength(1);
    expect(texts(replies)[0]).toMatch(/emergency help now/i);
    // The assessment is over: "7" is now a free message, not a severity.
    expect(texts(await bot.say('hello'))[0]).not.toContain(ASSESSMENT_SEVERITY);
  });

  it('asks a yes/no question about a possible warning sign mid-way; "no" goes back to the pending question', async () => {
    const bot = testBot();
    await bot.say(BUTTONS.checkSymptoms);
    await bot.say('today');
    const asked = last(await bot.say('I had a fall'));
    expect(buttons(asked)).toEqual([BUTTONS.yes, BUTTONS.no, BUTTONS.notSure]);
    const resumed = await bot.say('no');
    expect(texts(resumed)).toEqual([RED_FLAG_NOT_CONFIRMED_RESUME, ASSESSMENT_SEVERITY]);
    expect(last(await bot.say('6')).text).toContain(RED_FLAG_SIGNS[0].label);
  });

  it('gives urgent advice and ends the assessment when the possible warning sign is confirmed', async () => {
    const bot = testBot();
    await bot.say(BUTTONS.checkSymptoms);
    await bot.say('today');
    await bot.say('I had a fall');
    const replies = await bot.say('yes');
    expect(texts(replies)).toHaveLength(1);
    expect(texts(replies)[0]).toMatch(/emergency help now/i);
    expect(texts(await bot.say('6')).join('\n')).not.toContain(RED_FLAG_SIGNS[0].label);
  });

  it('explains the prompt on "help" and asks it again', async () => {
    const bot = testBot();
    await bot.say(BUTTONS.checkSymptoms);
    const replies = await bot.say('help');
    expect(texts(replies)[0]).toBe(ASSESSMENT_ONSET_HELP);
    expect(last(replies).text).toContain(ASSESSMENT_ONSET);
  });

  it('stops on "cancel"', async () => {
    const bot = testBot();
    await bot.say(BUTTONS.checkSymptoms);
    await bot.say('today');
    const replies = await bot.say('cancel');
    expect(last(replies).text).toBe(ASSESSMENT_CANCELLED);
    expect(last(await bot.say('7')).text).not.toBe(ASSESSMENT_SEVERITY_RETRY);
  });

  it('restarts on "start over"', async () => {
    const bot = testBot();
    await bot.say(BUTTONS.checkSymptoms);
    await bot.say('today');
    expect(last(await bot.say('start over')).text).toContain(ASSESSMENT_ONSET);
  });
});

describe('memory of the last assessment', () => {
  it('refers back to the last rating in a later conversation', async () => {
    const storage = new MemoryStorage();
    await assess('today', '7', 'No', testBot('test', storage));
    const later = testBot('test', storage);
    const replies = await later.say(BUTTONS.checkSymptoms);
    expect(last(replies).text).toContain(ASSESSMENT_LAST_TIME(7, '').split('(')[0]);
    expect(last(replies).text).toContain('7/10');
  });
});
