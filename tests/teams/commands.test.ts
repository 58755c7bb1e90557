// Every command the Teams manifest offers is understood by the bot (none falls through to "I can't help with that").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths';
import { ASSESSMENT_ONSET, FORGET_CONFIRM, HELP, OFF_TOPIC, STRETCH_INTRO } from '../../src/text';
import { Conversation, textOf } from '../support/server';
import { useTestApp } from '../support/useTestApp';

const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'appPackage/manifest.json'), 'utf8')) as {
  bots: { commandLists: { commands: { title: string }[] }[] }[];
};
const titles = [...new Set(manifest.bots[0].commandLists.flatMap((list) => list.commands.map((c) => c.title)))];

describe('the Teams command list', () => {
  const server = useTestApp();

  it('has the main commands', () => {
    expect(titles.length).toBeGreaterThanOrEqual(5);
  });

  it.each(titles)('understands "%s"', async (title) => {
    const text = textOf(await new Conversation(server.base, { channelId: 'msteams' }).say(title));
    expect(text).not.toContain(OFF_TOPIC);
    const expected: Record<string, string> = {
      'check my symptoms': ASSESSMENT_ONSET,
      stretches: STRETCH_INTRO,
      help: HELP,
      'forget me': FORGET_CONFIRM,
      'heat or ice': server.app.search.passage('heat-and-ice')?.answer ?? '',
      'when to see a doctor': server.app.search.passage('when-to-see-doctor')?.answer ?? '',
    };
    expect(expected[title], 'a command without an expected reply in this test').toBeTruthy();
    expect(text).toContain(expected[title]);
  });
});
