// Reminders through the Emulator's protocol with a hand-moved clock: the heat and ice timer, the check-in, stop, forget me, limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App, startApp } from '../../src/app';
import {
  BUTTONS, CHECK_IN_BETTER, CHECK_IN_BUTTONS, CHECK_IN_QUESTION, CHECK_IN_SEE_DOCTOR, CHECK_IN_SET, FORGET_CONFIRM, FORGET_DONE, NOTHING_RUNNING, PLAN_BUTTONS,
  REMINDER_DUE, REMINDER_LIMIT, REMINDER_SET, REMINDERS_FULL, TIME_LEFT_LINE, TIMER_ALREADY_RUNNING, TIMER_BREAK_OVER, TIMER_BUTTONS, TIMER_DONE,
  TIMER_PACK_OFF, TIMER_STARTED, TIMER_STOPPED,
} from '../../src/text';
import { RED_FLAG_SIGNS } from '../../src/triage';
import { ManualClock } from '../support/clock';
import { Channel, EmulatorConversation } from '../support/emulator';
import { buttonsOf, Conversation, startChannel, textOf } from '../support/server';
import { ASSESSMENT } from '../storage/helpers';

let app: App;
let base: string;
let channel: Channel;
const clock = new ManualClock();

beforeAll(async () => {
  channel = await startChannel();
  app = await startApp({ env: { LOG_LEVEL: 'silent' }, port: 0, clock });
  base = `http://127.0.0.1:${app.port}`;
});
afterAll(async () => {
  await app?.close();
  await channel?.close();
});

const CYCLE = [TIMER_PACK_OFF('heat', 20), TIMER_BREAK_OVER('heat', 20), TIMER_DONE('heat')];

describe('the heat and ice timer', () => {
  it('confirms, then sends each step of the article’s schedule once, in order, at 20, 40 and 60 minutes', async () => {
    const conversation = new EmulatorConversation(base, channel);
    const [started] = await conversation.say('start the timer');
    expect(started.text).toBe(TIMER_STARTED('heat', 20));
    expect(buttonsOf(started)).toEqual([...TIMER_BUTTONS]);
    expect(textOf(await conversation.say(BUTTONS.timeLeft))).toBe(TIME_LEFT_LINE['pack-off']('heat', 20));

    clock.advanceMinutes(19);
    expect(textOf(await conversation.say('how long left?'))).toBe(TIME_LEFT_LINE['pack-off']('heat', 1));
    const sofar = conversation.messages().length;
    clock.advanceMinutes(1);
    const [packOff] = (await conversation.waitForMessages(sofar + 1)).slice(sofar);
    expect(packOff.text).toBe(CYCLE[0]);
    expect(buttonsOf(packOff)).toEqual([...TIMER_BUTTONS]);
    // Posted to the stored conversation, answering no message of the user's (botbuilder's continuation id at most).
    const [path, ...more] = channel.received.filter((r) => r.body.text === CYCLE[0]).map((r) => r.path);
    expect(more).toEqual([]);
    expect(path).toMatch(new RegExp(`^/v3/conversations/${encodeURIComponent(conversation.id)}/activities(?:/[0-9a-f-]{36})?$`));

    clock.advanceMinutes(5);
    expect(textOf(await conversation.say('how long left'))).toBe(TIME_LEFT_LINE['break-over']('heat', 15));
    clock.advanceMinutes(15);
    await conversation.waitForMessages(conversation.messages().length + 1);
    expect(textOf(await conversation.say('how much time is left?'))).toBe(TIME_LEFT_LINE['cycle-done']('heat', 20));
    clock.advanceMinutes(20);
    await conversation.waitForMessages(conversation.messages().length + 1);
    clock.advanceMinutes(120);
    expect(textOf(await conversation.say('how long left?'))).toBe(NOTHING_RUNNING);

    const reminders = conversation.messages().filter((m) => m.text?.startsWith('⏰') || m.text?.startsWith('✅')).map((m) => m.text);
    expect(reminders).toEqual(CYCLE);
  });

  it('starts with the cold pack for “time my ice pack”, and says so when a timer already runs', async () => {
    const conversation = new EmulatorConversation(base, channel);
    expect(textOf(await conversation.say('time my ice pack'))).toBe(TIMER_STARTED('ice', 20));
    expect(textOf(await conversation.say(BUTTONS.heatIceTimer))).toBe(`${TIMER_ALREADY_RUNNING}\n\n${TIME_LEFT_LINE['pack-off']('ice', 20)}`);
    clock.advanceMinutes(40);
    const texts = (await conversation.waitForMessages(4)).map((m) => m.text);
    expect(texts.slice(2)).toEqual([TIMER_PACK_OFF('ice', 20), TIMER_BREAK_OVER('ice', 20)]);
    expect(TIMER_BREAK_OVER('ice', 20)).toMatch(/warm pack on/);
    await conversation.say('stop');
  });

  it('“remind me in 20 minutes” starts the same timer; “stop” cancels everything, and nothing more arrives', async () => {
    const conversation = new EmulatorConversation(base, channel);
    expect(textOf(await conversation.say('remind me in 20 minutes'))).toBe(TIMER_STARTED('heat', 20));
    expect(textOf(await conversation.say('check on me in 2 days'))).toBe(CHECK_IN_SET);
    clock.advanceMinutes(20);
    await conversation.waitForMessages(3);
    const [stopped] = await conversation.say('stop');
    expect(stopped.text).toBe(TIMER_STOPPED);
    clock.advanceMinutes(3 * 24 * 60);
    expect(textOf(await conversation.say('how long left?'))).toBe(NOTHING_RUNNING);
    expect(conversation.messages().map((m) => m.text)).toEqual([TIMER_STARTED('heat', 20), CHECK_IN_SET, CYCLE[0], TIMER_STOPPED, NOTHING_RUNNING]);
  });

  it('sends nothing more after “forget me”', async () => {
    const conversation = new EmulatorConversation(base, channel);
    await conversation.say(BUTTONS.heatIceTimer);
    expect(textOf(await conversation.say('forget me'))).toBe(FORGET_CONFIRM);
    expect(textOf(await conversation.say(BUTTONS.forgetConfirm))).toBe(FORGET_DONE);
    clock.advanceMinutes(90);
    expect(textOf(await conversation.say('how long left?'))).toBe(NOTHING_RUNNING);
    expect(conversation.messages().some((m) => CYCLE.includes(m.text ?? ''))).toBe(false);
  });
});

describe('delivery', () => {
  it('sets one timer when the same message arrives twice (a channel’s retry, or a turn run again after a conflict)', async () => {
    const conversation = new EmulatorConversation(base, channel);
    const request = conversation.message(BUTTONS.heatIceTimer);
    expect(textOf(await conversation.send(request))).toBe(TIMER_STARTED('heat', 20));
    // The repeat is known by its id and not run again; its reply is in the chat already, so nothing more is posted.
    expect(await conversation.send(request)).toEqual([]);
    expect(textOf(await conversation.say('how long left?'))).toBe(TIME_LEFT_LINE['pack-off']('heat', 20));
    clock.advanceMinutes(60);
    await conversation.waitForMessages(5);
    expect(textOf(await conversation.say('how long left?'))).toBe(NOTHING_RUNNING);
    expect(conversation.messages().filter((m) => CYCLE.includes(m.text ?? '')).map((m) => m.text)).toEqual(CYCLE);
  });

  it('sends Teams its buttons on a hero card', async () => {
    const conversation = new EmulatorConversation(base, channel, { channelId: 'msteams' });
    const [started] = await conversation.say('time my ice pack');
    expect(started.suggestedActions).toBeUndefined();
    expect(buttonsOf(started)).toEqual([...TIMER_BUTTONS]);
    clock.advanceMinutes(20);
    const [packOff] = (await conversation.waitForMessages(2)).slice(1);
    expect(packOff.text).toBe(TIMER_PACK_OFF('ice', 20));
    expect(packOff.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.hero');
    expect(buttonsOf(packOff)).toEqual([...TIMER_BUTTONS]);
    await conversation.say('stop the timer');
  });
});

describe('the check-in', () => {
  it('is offered after a plan; two days later it asks, and “worse” gets “see a doctor” with the warning signs', async () => {
    const conversation = new EmulatorConversation(base, channel);
    let plan = conversation.messages();
    for (const message of ASSESSMENT) plan = await conversation.say(message);
    expect(buttonsOf(plan.at(-1))).toEqual([...PLAN_BUTTONS]);
    expect(textOf(await conversation.say(BUTTONS.checkIn))).toBe(CHECK_IN_SET);
    expect(textOf(await conversation.say('how long left?'))).toBe(TIME_LEFT_LINE['check-in']('heat', 2 * 24 * 60));
    clock.advanceMinutes(2 * 24 * 60);
    const count = conversation.messages().length;
    const [question] = (await conversation.waitForMessages(count + 1)).slice(count);
    expect(question.text).toBe(CHECK_IN_QUESTION);
    expect(buttonsOf(question)).toEqual([...CHECK_IN_BUTTONS]);
    const [advice] = await conversation.say(BUTTONS.worse);
    const emergency = RED_FLAG_SIGNS.filter((s) => s.tier === 1).map((s) => s.label);
    const urgent = RED_FLAG_SIGNS.filter((s) => s.tier === 2).map((s) => s.label);
    expect(advice.text).toBe(CHECK_IN_SEE_DOCTOR(emergency, urgent, true));
    expect(advice.text).toMatch(/time to see a doctor/i);
    for (const label of [...emergency, ...urgent]) expect(advice.text).toContain(label);
  });

  it('“about the same” also says it is time to see a doctor; “better” does not', async () => {
    const conversation = new Conversation(base);
    expect(textOf(await conversation.say(BUTTONS.same))).toMatch(/time to see a doctor.*hasn’t got better/is);
    expect(textOf(await conversation.say('it’s better'))).toBe(CHECK_IN_BETTER);
  });
});

describe('limits', () => {
  it.each(['remind me in 900 hours', 'remind me in -5 minutes', 'remind me in 0 minutes', 'set a timer for 3 weeks'])('answers “%s” with the limit, kindly', async (text) => {
    const [reply] = await new Conversation(base).say(text);
    expect(reply.text).toBe(REMINDER_LIMIT);
    expect(buttonsOf(reply)).toEqual([BUTTONS.heatIceTimer]);
  });

  it('keeps at most three schedules per user, and a plain reminder arrives after its minutes', async () => {
    const conversation = new EmulatorConversation(base, channel);
    expect(textOf(await conversation.say('remind me in 5 minutes'))).toBe(REMINDER_SET(5));
    expect(textOf(await conversation.say('remind me in 2 hours'))).toBe(REMINDER_SET(120));
    expect(textOf(await conversation.say(BUTTONS.heatIceTimer))).toBe(TIMER_STARTED('heat', 20));
    expect(textOf(await conversation.say(BUTTONS.checkIn))).toBe(REMINDERS_FULL(3));
    clock.advanceMinutes(5);
    expect((await conversation.waitForMessages(5)).at(-1)?.text).toBe(REMINDER_DUE(5));
    await conversation.say('stop the timer');
  });

  it('offers the timer after the heat or ice answer', async () => {
    const [reply] = await new Conversation(base).say('should I use heat or ice?');
    expect(buttonsOf(reply)[0]).toBe(BUTTONS.heatIceTimer);
    expect(buttonsOf(reply).length).toBeLessThanOrEqual(3);
  });

  it('a bare “stop” with nothing running still means “nothing to cancel”', async () => {
    expect(textOf(await new Conversation(base).say('stop'))).not.toBe(TIMER_STOPPED);
  });
});
