// Readings learned from the ans-fresh7 tuning messages (remedies, prevention, stretches), through the real dialogs:
// what the user sees. The wordings here are new ones of the same kinds, so these check the rule, not the tuning message.
import { describe, expect, it } from 'vitest';
import { answerOf, lastReplyTo } from '../support/dialogs';

/** Messages sent in one conversation, and the passage the last one should get. */
const CASES: [messages: string[], passage: string][] = [
  // A next time after a word that asks to keep it from happening asks how to prevent it, not whether it will recur.
  [['what should i do to never have my back lock like that again'], 'prevention'],
  // "Going forward" means from now on, not the child's pose fold.
  [['looking after my lower back going forward'], 'prevention'],
  // "Stuff that helps" asks for relief like "what helps" does.
  [['stuff that helps a cramping lower back?'], 'quick-relief'],
  // Dozing off with a pack on asks whether it is safe.
  [['is it ok to doze off with a wheat bag on'], 'heat-ice-safety'],
  // Fear of moving, in any of its words, is the moving-and-walking question.
  [['frightened to move in case it gets worse, should i'], 'movement-and-walking'],
  // Knuckles pushed into a sore spot are firm pressure; a sore patch is a spot, not a product patch.
  [['should I get someone to push their knuckles into it'], 'pressure-and-massage'],
  [['press on the tender patch?'], 'pressure-and-massage'],
  // A gel pack is a cold pack, not a gel to rub on.
  [['can a gel pack go straight on skin'], 'heat-ice-safety'],
  // A bed's age is not the asker's.
  [['the bed is about 9 years old and saggy, is that bad for my back'], 'mattress'],
  // A sports drink is something to drink, not a sport.
  [['do sport drinks help with cramp in the back'], 'hydration'],
  // Lying on the back while raising the hips is the bridge, not a sleeping position.
  [['lying on your back with knees bent, raising your hips, how many?'], 'stretch-glute-bridge'],
  // How to carry something is lifting technique, even a child.
  [['how should i carry my toddler up the stairs without hurting my back'], 'lifting'],
  // A desk job described is the desk-sitting question, not whether to go to work.
  [['my work has me on a laptop all day, is that why my back spasms'], 'desk-sitting'],
  // "On my feet for hours" is standing, not a foot problem.
  [['im on my feet for hours at work, does how i stand matter'], 'posture'],
  // Preventing is the frame; the habit named (posture, mattress) is the topic.
  [['what posture should i keep to prevent another spasm'], 'posture'],
  [['which mattress prevents back spasms'], 'mattress'],
  // Whether stretching helps or harms is the stretching answer, not when to see a doctor.
  [['will doing stretches make the spasm worse or better'], 'stretching-overview'],
  // Child's pose told by its moves, and a question about the hands in it.
  [['on my knees with my forehead on the floor and arms out, how long do i hold'], 'stretch-childs-pose'],
  [['knees apart, forehead to the floor, arms reaching forward, how many seconds'], 'stretch-childs-pose'],
  [['how do I do child\'s pose', 'and my hands?'], 'stretch-childs-pose'],
  [['palms down, arms out in front, chest on my legs, is that right'], 'stretch-childs-pose'],
  // Which type of stretch is the stretching answer, not the two types of spasm.
  [['what type of stretches work for a spasm'], 'stretching-overview'],
  // A pack straight from the freezer is a question of safety for the skin.
  [['should I use heat or ice', 'and if it comes straight out of the freezer?'], 'heat-ice-safety'],
];

describe('ans-fresh7 readings', () => {
  it.each(CASES)('%j gets %s', async (messages, id) => {
    expect(await lastReplyTo(...messages)).toContain(answerOf(id));
  });
});
