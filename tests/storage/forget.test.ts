// "Forget me" over HTTP, on memory and on Blob: asks first, then deletes the user's and the conversation's stored state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { ASSESSMENT_INTRO, ASSESSMENT_SEVERITY, BUTTONS, FORGET_CONFIRM, FORGET_DONE, FORGET_HELP, FORGET_KEPT, FORGET_RETRY, MENU_BUTTONS } from '../../src/text';
import { Azurite, startAzurite } from '../support/azurite';
import { buttonsOf, Conversation, startTestApp, textOf } from '../support/server';
import { ASSESSMENT, isSevereRecentPlan, sayAll, stateKeys } from './helpers';

const LAST_TIME = 'you rated the pain 7/10';
let azurite: Azurite;

beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => azurite?.close());

describe.each(['memory', 'blob'])('forget me, with %s state', (kind) => {
  let app: App;
  let base: string;

  beforeAll(async () => {
    app = await startTestApp(kind === 'blob' ? azurite.env('forget') : {});
    base = `http://127.0.0.1:${app.port}`;
  });
  afterAll(async () => app?.close());

  async function assessed(): Promise<Conversation> {
    const conversation = new Conversation(base);
    expect(isSevereRecentPlan(await sayAll(ASSESSMENT, () => conversation))).toBe(true);
    return conversation;
  }

  async function stored(conversation: Conversation): Promise<string[]> {
    const keys = stateKeys(conversation);
    return Object.keys(await app.storage.read([keys.conversation, keys.user]));
  }

  it('asks for confirmation with two buttons, then deletes everything: the next assessment does not know the last', async () => {
    const conversation = await assessed();
    expect(await stored(conversation)).toHaveLength(2);
    const [question] = await conversation.say('forget me');
    expect(question.text).toBe(FORGET_CONFIRM);
    expect(buttonsOf(question)).toEqual([BUTTONS.forgetConfirm, BUTTONS.forgetCancel]);
    const [done] = await conversation.say(BUTTONS.forgetConfirm);
    expect(done.text).toBe(FORGET_DONE);
    expect(buttonsOf(done)).toEqual(MENU_BUTTONS);
    // Nothing of that turn was saved again afterwards.
    expect(await stored(conversation)).toEqual([]);
    const next = textOf(await conversation.say('check my symptoms'));
    expect(next).toContain(ASSESSMENT_INTRO);
    expect(next).not.toContain(LAST_TIME);
  });

  it('keeps everything on "No, keep it", on "cancel" and on "not sure"', async () => {
    const conversation = await assessed();
    for (const answer of [BUTTONS.forgetCancel, 'cancel', 'not sure']) {
      expect(textOf(await conversation.say('delete my data'))).toBe(FORGET_CONFIRM);
      expect(textOf(await conversation.say(answer))).toBe(FORGET_KEPT);
    }
    expect(await stored(conversation)).toHaveLength(2);
    expect(textOf(await conversation.say('check my symptoms'))).toContain(LAST_TIME);
  });

  it('explains itself on "help" and asks again on an unclear answer, then takes a typed yes', async () => {
    const conversation = await assessed();
    await conversation.say('forget me');
    expect(textOf(await conversation.say('help'))).toBe(`${FORGET_HELP}\n${FORGET_CONFIRM}`);
    expect(textOf(await conversation.say('purple'))).toBe(FORGET_RETRY);
    expect(textOf(await conversation.say('yes'))).toBe(FORGET_DONE);
    expect(await stored(conversation)).toEqual([]);
  });

  it('works mid-assessment: "keep it" goes back to the pending question, "yes" deletes', async () => {
    const conversation = new Conversation(base);
    await conversation.say('check my symptoms');
    await conversation.say('today');
    expect(textOf(await conversation.say('forget me'))).toBe(FORGET_CONFIRM);
    const kept = await conversation.say(BUTTONS.forgetCancel);
    expect(kept[0].text).toBe(FORGET_KEPT);
    expect(kept[kept.length - 1].text).toBe(ASSESSMENT_SEVERITY);
    expect(textOf(await conversation.say('delete my data'))).toBe(FORGET_CONFIRM);
    expect(textOf(await conversation.say('yes'))).toBe(FORGET_DONE);
    expect(await stored(conversation)).toEqual([]);
  });

  it('leaves a group chat\'s state alone (it is shared with other people)', async () => {
    const personal = new Conversation(base, { channelId: 'msteams' });
    const group = new Conversation(base, { userId: personal.userId, channelId: 'msteams' });
    const mention = { type: 'mention', mentioned: { id: 'bot', name: 'Back Spasm Helper' }, text: '<at>Back Spasm Helper</at>' };
    const { status } = await group.post(
      group.activity({ text: '<at>Back Spasm Helper</at> heat or ice?', entities: [mention], conversation: { id: group.id, conversationType: 'groupChat', isGroup: true } }),
    );
    expect(status).toBe(200);
    const keys = [stateKeys(personal, 'msteams').conversation, stateKeys(group, 'msteams').conversation];
    await personal.say('heat or ice?');
    expect(Object.keys(await app.storage.read(keys)).sort()).toEqual([...keys].sort());
    await personal.say('forget me');
    await personal.say(BUTTONS.forgetConfirm);
    expect(Object.keys(await app.storage.read(keys))).toEqual([keys[1]]);
  });

  it('forgets the user in their other conversations too', async () => {
    const conversation = await assessed();
    const other = new Conversation(base, { userId: conversation.userId });
    await other.say('forget me');
    await other.say(BUTTONS.forgetConfirm);
    // The first conversation's stored state is gone too, not only the user's.
    expect(await stored(conversation)).toEqual([]);
    expect(textOf(await conversation.say('check my symptoms'))).not.toContain(LAST_TIME);
  });
});
