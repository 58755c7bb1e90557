// Over HTTP: a red flag written with invisible or look-alike characters still gets the emergency advice.
import { describe, expect, it } from 'vitest';
import { RED_FLAG_SIGNS } from '../../src/triage';
import { EMERGENCY_ADVICE } from '../../src/text';
import { Conversation, textOf } from '../support/server';
import { useTestApp } from '../support/useTestApp';

const server = useTestApp();
const BLADDER = RED_FLAG_SIGNS.find((s) => s.id === 'bladder-bowel')?.label ?? '';

describe('a red flag hidden by characters a reader does not see', () => {
  it.each([
    ['a zero-width space', 'I w\u200bet myself'],
    ['a soft hyphen', 'I can\u2019t control my blad\u00adder'],
    ['a NUL', 'I w\u0000et myself'],
    ['fullwidth letters', '\uff49 \uff57\uff45\uff54 \uff4d\uff59\uff53\uff45\uff4c\uff46'],
    ['Cyrillic е', 'I w\u0435t mys\u0435lf'],
    ['an emoji', 'I wet \u{1F62D} myself'],
  ])('gets the emergency advice with %s', async (_what, text) => {
    expect(textOf(await new Conversation(server.base).say(text))).toBe(EMERGENCY_ADVICE([BLADDER]));
  });
});
