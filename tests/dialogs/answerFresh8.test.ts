// Readings learned from the ans-fresh8 tuning messages (message shapes: a story around the question, a second language,
// "is that why" about a named habit), through the real dialogs: what the user sees. The wordings here are new ones of the
// same shapes, so these check the rule, not the tuning message.
import { describe, expect, it } from 'vitest';
import { answerOf, introOf, lastReplyTo } from '../support/dialogs';

/** Messages sent in one conversation, and the passage the last one should get. */
const CASES: [messages: string[], passage: string][] = [
  // A story in sentences of its own, then the question: the asking sentence decides, not the story's words.
  [['My neighbour spent a week flat out on the couch with her back. She walks with a stick now. How common are back spasms?'], 'what-is-a-spasm'],
  [['Mum swears by her hot water bottle and a walk round the garden. I have a desk job. Why do back spasms happen?'], 'causes-and-risks'],
  [['Our sofa is really low and soft and I sit on it all evening. Then I get up and it grabs. What is a back spasm exactly?'], 'what-is-a-spasm'],
  // The asking sentence may come first, with the story after it.
  [['Which signs would tell me it is a spasm? I sit at my desk with a hot water bottle all day.'], 'symptoms'],
  // A second language: "what mean X" asks what X is; "so it not come again" asks how to prevent it.
  [['what mean lower back spasm, physio write it on the paper'], 'what-is-a-spasm'],
  [['how I can live so the back spasm not happen again'], 'prevention'],
  // "So it doesn't keep ..." asks how to prevent it, as "so it doesn't ... again" does.
  [['what could I do differently so my back doesnt keep doing that'], 'prevention'],
  [['what to do so it not keep coming'], 'prevention'],
  // "Is that why" about a habit named asks about that habit, not about causes in general.
  [['i hardly drink anything at work, is that why my back cramps'], 'hydration'],
  [['i always stand slumped with my shoulders rounded, could this be why my back spasms'], 'posture'],
  // The people around the asker say who helps, not what is asked.
  [['should my wife massage it or leave it'], 'pressure-and-massage'],
  // "What is it called" asks for a name: the thing described decides.
  [['whats the kneeling one called'], 'stretch-childs-pose'],
  // Something other than a spasm is a condition behind it, not what a spasm is.
  [['maybe it is something other than a spasm?'], 'underlying-condition'],
  // Making the pain go away is relief, not a spasm that is not going away.
  [['tips to make the pain go away from my back'], 'quick-relief'],
];

describe('ans-fresh8 readings', () => {
  it.each(CASES)('%j gets %s', async (messages, id) => {
    expect(await lastReplyTo(...messages)).toContain(answerOf(id));
  });
});

describe('a boundary told only as the setting of a question', () => {
  // Time off work told in a story sentence is the setting; the question is how to prevent it.
  it('answers the question when the activity is only told', async () => {
    expect(await lastReplyTo('I had to phone in sick from work today. How can I stop it happening again?')).toContain(answerOf('prevention'));
  });

  // An activity asked about is still the activity boundary, and who is asking always decides.
  it.each([
    ['I run marathons. Can I still run with a spasm?', 'activity'],
    ["I'm pregnant. What stretches help a back spasm?", 'pregnancy'],
  ])('%s is the %s boundary', async (message, topic) => {
    expect(await lastReplyTo(message)).toContain(introOf(topic));
  });
});
