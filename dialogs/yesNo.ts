// Reads yes / no / not sure, typed or clicked, in the ways people write them.
export type YesNo = 'yes' | 'no' | 'not-sure';

const YES = /^(?:y|yes|yeah|yea|yep|yup|ya|aye|sure|correct|right|i do|i have|it is|true|affirmative|definitely|yes i do|yes it is|i think so)$/;
const NO = /^(?:n|no|nope|nah|no way|none|none of (?:them|those|these)|not really|i dont|i do not|i havent|i have not|negative|nothing like that|no none|no i dont|no i havent|neither|i dont think so|i do not think so|thankfully not|luckily not|fortunately not|none that i know of|not that i know of|not that i can tell)$/;
const NOT_SURE = /^(?:not sure|unsure|maybe|dont know|i dont know|idk|no idea|possibly|perhaps|i m not sure|im not sure|not certain|hard to say|kind of|sort of|a bit|a little)$/;

export function parseYesNo(text: string): YesNo | undefined {
  const folded = text.toLowerCase().replace(/[\u2018\u2019']/g, '').replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim();
  const first = folded.replace(/^(?:um+|uh+|well|hmm+|so)\s+/, '');
  if (NOT_SURE.test(first)) return 'not-sure';
  if (YES.test(first) || /^(?:yes|yeah|yep)\b/.test(first)) return 'yes';
  if (NO.test(first) || /^(?:no|nope|nah)\b/.test(first)) return 'no';
  return undefined;
}
