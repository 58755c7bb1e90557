// A question that names what a warning sign is about, without reporting the sign, gets its answer and then one line
// saying what that sign needs (src/text.ts SAFETY_NOTE); other questions get the answer alone. Through the real dialogs.
import { describe, expect, it } from 'vitest';
import { EMERGENCY_NUMBERS, OFF_TOPIC } from '../../src/text';
import { answerOf, testBot, texts } from '../support/dialogs';

describe('a safety note after the answer', () => {
  it('legs that ache: the heat answer, then what pain or weakness in both legs needs', async () => {
    const replies = texts(await testBot().say('would a heat pad help, my legs get tired and stiff after work'));
    expect(replies).toHaveLength(2);
    expect(replies[0]).toContain(answerOf('heat-and-ice'));
    expect(replies[1]).toContain('One more thing, to be safe');
    expect(replies[1]).toContain('pain, numbness, tingling or weakness in both legs needs a doctor straight away');
    expect(replies[1]).toContain(EMERGENCY_NUMBERS);
  });

  it('a same-day sign says to call a doctor today, not an emergency number', async () => {
    const replies = texts(await testBot().say('pain up by my shoulder blade as well, is a heat pad ok for the spasm'));
    expect(replies.at(-1)).toContain('pain between your shoulder blades should be checked by a doctor the same day');
    expect(replies.at(-1)).not.toContain(EMERGENCY_NUMBERS);
  });

  it('a question about lifting with the legs gets its answer alone', async () => {
    const replies = texts(await testBot().say('when lifting a box should I bend at the knees and use my legs'));
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain(answerOf('lifting'));
  });

  it('small talk gets no note', async () => {
    expect(texts(await testBot().say('thanks, my legs feel better too'))).toHaveLength(1);
  });
});

describe('no note where the message is not about the back', () => {
  it('a cramp in the foot gets the off-topic reply alone', async () => {
    expect(texts(await testBot().say('bad cramp in my foot every night, my toes curl'))).toEqual([OFF_TOPIC]);
  });
});
