// A bare "how long?" is about the timer only while one runs; otherwise it is a question (issue 9, the reminders clash).
import { describe, expect, it } from 'vitest';
import { Reminders } from '../../dialogs/reminders';
import { MemoryScheduler } from '../../src/reminders/memoryScheduler';
import { HEAT_ICE_MINUTES } from '../../src/reminders/schedule';
import { TIME_LEFT_LINE, TIMER_STARTED } from '../../src/text';
import { ManualClock } from '../support/clock';
import { last, search, testBot } from '../support/dialogs';

/** The bot as src/app.ts builds it: the reminders before the router, on a clock that only the test moves. */
function botWithReminders() {
  const clock = new ManualClock();
  const reminders = new Reminders(new MemoryScheduler(clock, (error) => { throw error; }), { clock, timeScale: 1, maxPerUser: 5, canReach: () => true });
  return testBot('test', undefined, search, reminders);
}

const heatAndIce = search.passage('heat-and-ice');
const duration = search.boundaries.find((b) => b.id === 'duration');

describe('"how long?" and the heat-and-ice timer', () => {
  it('with a timer running, "how long?" says the time left', async () => {
    const bot = botWithReminders();
    expect(last(await bot.say('start the heat and ice timer')).text).toBe(TIMER_STARTED('heat', HEAT_ICE_MINUTES));
    expect(last(await bot.say('how long?')).text).toBe(TIME_LEFT_LINE['pack-off']('heat', HEAT_ICE_MINUTES));
  });

  it('with no timer, "how long?" after the heat-and-ice answer gets that passage (its timing)', async () => {
    const bot = botWithReminders();
    expect(last(await bot.say('is heat or ice better?')).text).toContain(heatAndIce?.answer);
    expect(last(await bot.say('how long?')).text).toContain(heatAndIce?.answer);
  });

  it.each(['how long?', 'how much time'])('with no timer and nothing said before, "%s" gets the duration boundary answer', async (q) => {
    const reply = last(await botWithReminders().say(q));
    expect(reply.text).toContain(duration?.intro);
    expect(reply.text).toContain(duration?.ask);
  });
});
