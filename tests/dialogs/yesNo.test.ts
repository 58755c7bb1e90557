// Reading yes / no / not sure the way people type them (the warning-sign and confirmation questions).
import { describe, expect, it } from 'vitest';
import { parseYesNo } from '../../dialogs/yesNo';

describe('parseYesNo', () => {
  it.each([
    ['Yes', 'yes'], ['yeah', 'yes'], ['yep', 'yes'], ['yes I do', 'yes'], ['I think so', 'yes'],
    ['No', 'no'], ['nope', 'no'], ['none of those', 'no'], ['no, none', 'no'], ['nothing like that', 'no'], ["I don't think so", 'no'],
    ['thankfully not', 'no'], ['not that I know of', 'no'],
    ['Not sure', 'not-sure'], ['maybe', 'not-sure'], ["I don't know", 'not-sure'], ['idk', 'not-sure'],
  ])('reads "%s" as %s', (text, expected) => expect(parseYesNo(text)).toBe(expected));

  it.each([['purple'], ['7'], ['what do you mean?']])('does not guess for "%s"', (text) => expect(parseYesNo(text)).toBeUndefined());
});
