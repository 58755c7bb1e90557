// Readings learned from the mix-fresh4 tuning messages, through the real dialogs: what the user sees. The wordings
// here are new ones of the same kinds, so these check the rule, not the tuning message.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEARCH_SETTINGS, loadKnowledge, SearchIndex, understand } from '../../src/knowledge';
import { KNOWLEDGE_DIR } from '../../src/paths';
import { OFF_TOPIC, STRETCH_INTRO } from '../../src/text';
import { answerOf, introOf, last, testBot, texts } from '../support/dialogs';

const knowledge = loadKnowledge(KNOWLEDGE_DIR);

describe('mix-fresh4 readings', () => {
  it.each([
    // Body parts named as part of a stretch or a lifting instruction, not a knee or a hand that hurts.
    ['for the cat cow, do my hands go under my shoulders', 'stretch-cat-cow'],
    ['lifting a heavy bag, do i squat with knees bent', 'lifting'],
    // Reaching into the back seat is how a back goes, not a car question; "is that a spasm" asks for the signs.
    ['twisted round to grab a bag from the back seat and now its tight, is that a spasm', 'symptoms'],
    // An age or a grandparent mentioned, but the question is what causes a spasm or whether heat helps.
    ['im 72, what causes back spasms', 'causes-and-risks'],
    ['my grandpa says heat is best for a spasm, is he right', 'heat-and-ice'],
    // The article does answer these, though they sound like a dose, a product or a diagnosis.
    ['how many days can i stay on diazepam', 'muscle-relaxants'],
    ['ibuprofen cream or tablets', 'nsaids'],
    ['how will the gp work out whats causing it', 'what-doctor-does'],
    // A real question beside the situation wins over fast relief.
    ['my back has gone into spasm, what is a spasm exactly', 'what-is-a-spasm'],
    // Lasting pain, with no body part named, is still about the back.
    ['is it normal that it still aches after 6 days', 'when-to-see-doctor'],
    ['stretching?', 'stretching-overview'],
  ])('"%s" gets %s', async (q, id) => {
    expect(last(await testBot().say(q)).text).toContain(answerOf(id));
  });

  it('an older person asking what they can take still gets the older-people answer', async () => {
    expect(last(await testBot().say('my dad is 81, what can he take for his back spasm')).text).toContain(introOf('older'));
  });

  it.each([['my knee aches when i kneel on the floor'], ['my shoulder clicks when i reach up high'], ['best way to lower my electricity bill']])('"%s" is outside what the assistant helps with', async (q) => {
    expect(last(await testBot().say(q)).text).toBe(OFF_TOPIC);
  });

  it('a back that has just gone, with only a call for help beside it, still gets fast relief', async () => {
    expect(last(await testBot().say('my back just went, what do i do')).text).toContain(answerOf('quick-relief'));
  });

  it('preventing a spasm is not having one: no fast-relief reply', async () => {
    expect(texts(await testBot().say('tips to stop my back locking up again')).join('\n')).not.toContain(answerOf('quick-relief'));
  });

  it('"guided stretches please" still starts the guide', async () => {
    expect(texts(await testBot().say('guided stretches please'))[0]).toBe(STRETCH_INTRO);
  });

  it('reads what counts as a distinctive word from the settings, so calibrate can sweep it', () => {
    const echo = (distinctiveInAtMost: number) => understand(new SearchIndex(knowledge, { ...DEFAULT_SEARCH_SETTINGS, distinctiveInAtMost }), 'where do my elbows go', 'stretch-childs-pose').kind;
    expect(echo(DEFAULT_SEARCH_SETTINGS.distinctiveInAtMost)).toBe('answer');
    expect(echo(0)).toBe('none');
  });
});
