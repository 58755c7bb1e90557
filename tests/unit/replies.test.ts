// Replies per channel: citations (Web Chat's link definitions, Teams' entity within its limits, the Emulator's source
// line), the urgent-help card, and the stretch card's drawing, numbered steps and hold timer.
import { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge';
import { KNOWLEDGE_DIR } from '../../src/paths';
import { answerActivity, CITATION_LIMITS, citationEntity, citedListActivity } from '../../src/replies';
import { HOLD_SECONDS, numberedSteps, stretchActivity } from '../../src/stretchCard';
import { EMERGENCY_ADVICE, HOLD_TIMER, SOURCE_LINE, STRETCH_PICTURES, URGENT_CARD } from '../../src/text';
import { FIND_URGENT_CARE_URL, urgentActivity } from '../../src/urgentCard';

const { passages } = loadKnowledge(KNOWLEDGE_DIR);
const passage = (id: string) => {
  const found = passages.find((p) => p.id === id);
  if (!found) throw new Error(`no passage ${id}`);
  return found;
};

interface Claim {
  position: number;
  appearance: { name: string; abstract: string; keywords: string[]; text?: string };
}
const claims = (activity: Partial<Activity>): Claim[] => (activity.entities?.[0] as unknown as { citation: Claim[] }).citation;

describe('citations', () => {
  it('stay within Teams’ limits for every passage, and for a list citing more than 20', () => {
    for (const p of passages) {
      for (const claim of claims({ entities: [citationEntity([p], 'msteams')] })) {
        expect(claim.appearance.name.length).toBeLessThanOrEqual(CITATION_LIMITS.name);
        expect(claim.appearance.abstract.length).toBeLessThanOrEqual(CITATION_LIMITS.abstract);
        expect(claim.appearance.keywords.length).toBeLessThanOrEqual(CITATION_LIMITS.keywords);
        for (const keyword of claim.appearance.keywords) expect(keyword.length).toBeLessThanOrEqual(CITATION_LIMITS.keywordLength);
      }
    }
    const long = { ...passages[0], title: 'A title far longer than Teams allows, '.repeat(4) };
    const cut = claims({ entities: [citationEntity([long], 'msteams')] })[0].appearance;
    expect(cut.name).toHaveLength(CITATION_LIMITS.name);
    expect(cut.name.endsWith('…')).toBe(true);
    expect(cut.abstract.length).toBeLessThanOrEqual(CITATION_LIMITS.abstract);
    const many = citedListActivity('Plan', passages.slice(0, 25).map((p) => ({ text: p.title, passage: p })), 'Footer', [], 'msteams');
    expect(claims(many)).toHaveLength(CITATION_LIMITS.citations);
  });

  it('in Web Chat: [1] with a `cite:1` link definition, and the whole passage for the pop-up', () => {
    const heat = passage('heat-and-ice');
    const reply = answerActivity(heat, [], 'webchat');
    expect(reply.text).toBe(`${heat.answer} [1]\n\n[1]: cite:1 "${heat.title}"`);
    expect(claims(reply)[0]).toMatchObject({ position: 1, appearance: { name: heat.title, text: heat.answer } });
  });

  it('in Teams: the [1] marker and the entity only (no link definitions, no pop-up text Teams would misread)', () => {
    const heat = passage('heat-and-ice');
    const reply = answerActivity(heat, [], 'msteams');
    expect(reply.text).toBe(`${heat.answer} [1]`);
    expect(claims(reply)[0].appearance.text).toBeUndefined();
  });

  it('in the Emulator: one visible source line', () => {
    const heat = passage('heat-and-ice');
    expect(answerActivity(heat, [], 'emulator').text).toBe(`${heat.answer} [1]\n\n${SOURCE_LINE(heat.title)}`);
  });
});

describe('urgent help', () => {
  it('keeps the whole advice in the text, and adds an alert card with tap-to-call buttons and a map search', () => {
    const reply = urgentActivity(EMERGENCY_ADVICE(['numbness around your groin']), 'emergency');
    expect(reply.text).toBe(EMERGENCY_ADVICE(['numbness around your groin']));
    for (const n of ['999', '911', '112']) expect(reply.text).toContain(n);
    const card = reply.attachments?.[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const content = card?.content as { body: { type: string; style?: string; actions?: { title: string; url: string }[] }[] };
    expect(content.body[0].style).toBe('attention');
    const actions = content.body.flatMap((item) => item.actions ?? []).map((a) => [a.title, a.url]);
    expect(actions).toEqual([
      [URGENT_CARD.call('999', 'UK'), 'tel:999'],
      [URGENT_CARD.call('911', 'US'), 'tel:911'],
      [URGENT_CARD.call('112', 'EU'), 'tel:112'],
      [URGENT_CARD.findCare, FIND_URGENT_CARE_URL],
    ]);
  });

  it('leads with finding care when the advice is to see a doctor today', () => {
    const content = urgentActivity('See a doctor today.', 'same-day').attachments?.[0].content as { body: { type: string; text?: string; items?: { text: string }[]; actions?: { title: string }[] }[] };
    expect(content.body[0].items?.[0].text).toBe(URGENT_CARD.sameDayTitle);
    expect(content.body[1].actions?.map((a) => a.title)).toEqual([URGENT_CARD.findCare, URGENT_CARD.call('999', 'UK'), URGENT_CARD.call('911', 'US'), URGENT_CARD.call('112', 'EU')]);
  });
});

describe('a stretch', () => {
  it('shows its steps as a numbered list after a blank line', () => {
    expect(numberedSteps('Intro:\n- one\n- two')).toBe('Intro:\n\n1. one\n2. two');
  });

  it('holds each pose only as long as its passage says', () => {
    for (const [id, seconds] of Object.entries(HOLD_SECONDS)) expect(passage(id).answer).toContain(`${seconds} seconds`);
  });

  it('comes with our drawing (alt text from src/text.ts) and, on the web page only, a hold timer button', () => {
    const childsPose = passage('stretch-childs-pose');
    const web = stretchActivity(0, 3, childsPose, 'webchat');
    const card = web.attachments?.[0].content as { images: { url: string; alt: string }[]; buttons: { title: string; type: string }[] };
    expect(card.images[0].url).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(card.images[0].url.split(',')[1], 'base64').toString('utf8')).toContain('<svg');
    expect(card.images[0].alt).toBe(STRETCH_PICTURES[childsPose.id]);
    expect(card.buttons.map((b) => [b.type, b.title])).toEqual([['postBack', HOLD_TIMER.button(30)]]);

    const emulator = stretchActivity(0, 3, childsPose, 'emulator').attachments?.[0].content as { buttons: unknown[] };
    expect(emulator.buttons).toEqual([]);
    expect(stretchActivity(0, 3, childsPose, 'msteams').attachments).toBeUndefined();
  });
});
