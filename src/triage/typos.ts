// Typo repair for the screener: a misspelt red-flag word ("bladdder", "numbnes", "feaver") becomes the word the
// patterns look for. Only words of 5+ letters are repaired, only towards KEYWORDS, and never a real English word
// (REAL_WORDS lists the dictionary words that sit one typo away from a keyword; a test keeps that list complete).

/** Words the red-flag patterns rely on, spelled the way the patterns expect. */
const KEYWORDS = [
  'accident', 'bladder', 'blades', 'bottom', 'bowel', 'bowels', 'buckle', 'buckled', 'buckling', 'buttock', 'buttocks',
  'cancer', 'chemotherapy', 'chest', 'chills', 'collapsed', 'collapsing', 'control', 'cough', 'coughing', 'erection',
  'erections', 'erectile', 'feeling', 'fever', 'feverish', 'genital', 'genitals', 'giving', 'groin', 'heroin',
  'immune', 'immunity', 'immunocompromised', 'immunosuppressed', 'incontinence', 'incontinent', 'injecting',
  'difference', 'ladder', 'leukaemia', 'lymphoma', 'myself', 'numbness', 'osteopenia', 'osteoporosis', 'paralysed', 'paralyzed',
  'passage', 'peeing', 'perineum', 'prednisolone', 'prednisone', 'privates', 'radiotherapy', 'resting', 'saddle', 'sensation',
  'shivering', 'shivery', 'shoulder', 'shoulders', 'sneeze', 'sneezing', 'spine', 'stairs', 'steroid', 'steroids',
  'stumbling', 'swelling', 'swollen', 'temperature', 'testicles', 'thighs', 'tingle', 'tingles', 'tingling', 'tingly',
  'toilet', 'transplant', 'tripping', 'tumour', 'urinate', 'urinating', 'urine', 'vagina', 'weakened', 'weaker',
  'weakness', 'weight',
] as const;

/** Dictionary words one typo away from a keyword: left alone ("cancel" is not "cancer", "groan" is not "groin"). */
const REAL_WORDS: ReadonlySet<string> = new Set<string>([
  'accidental', 'accidently', 'accidents', 'badder', 'blade', 'blakes', 'blames', 'blander', 'blares', 'bottoms',
  'bowed', 'bowen', 'bower', 'bowers', 'bowes', 'bowles', 'bowls', 'bucked', 'bucking', 'buckles', 'buckley',
  'cancel', 'cancers', 'canker', 'canner', 'canter', 'cheat', 'chess', 'chests', 'childs', 'chill', 'chilly',
  'clough', 'collapse', 'collapses', 'controls', 'couch', 'couching', 'coughs', 'crest', 'crouching', 'ejection',
  'election', 'elections', 'electrons', 'execution', 'executions', 'exertions', 'feeding', 'feelings', 'feler',
  'felling', 'feuer', 'feverishly', 'fevers', 'fewer', 'feyer', 'fueling', 'genial', 'givin', 'grain', 'groan',
  'grown', 'herdin', 'herein', 'heroic', 'heroine', 'heron', 'immensity', 'immunex', 'impunity', 'incepting',
  'infecting', 'infesting', 'inflecting', 'injection', 'injections', 'inserting', 'inspecting', 'inventing',
  'investing', 'lander', 'larder', 'lauder', 'leukemia', 'paralysis', 'paralyze', 'paralyzes', 'passages', 'peeking', 'peeling',
  'peeping', 'peering', 'peking', 'primates', 'private', 'privately', 'saddled', 'saddles', 'schelling', 'selling',
  'sensational', 'sensations', 'septation', 'shambling', 'shelling', 'shimmering', 'shine', 'shiver', 'shivers',
  'shouders', 'shouldered', 'shoveling', 'showering', 'slivery', 'smelling', 'sneering', 'sneezed', 'snelling',
  'sniveling', 'spelling', 'spice', 'spike', 'spins', 'spire', 'spite', 'squeezing', 'stains', 'stair', 'stars',
  'stirs', 'supine', 'swellings', 'swine', 'swiveling', 'tangle', 'temperate', 'temperatures', 'tentacles',
  'testicle', 'testifies', 'thigh', 'tinges', 'tingley', 'tinkling', 'tipping', 'toiled', 'toilets', 'traipsing',
  'translant', 'transplanted', 'transplants', 'trapping', 'trappings', 'triangles', 'tripling', 'trippin', 'tumor',
  'tumours', 'twinkling', 'urien', 'vaginal', 'wakened', 'weaken', 'weaknesses', 'weariness', 'weaver', 'weigh',
  'weighs', 'weights', 'weighty', 'wesker', 'wight', 'wright',
  // near 'resting' and 'difference'
  'deference', 'different', 'differences', 'diffidence', 'diffrunce', 'relisting', 'renting', 'requsting', 'resisting',
  'resorting', 'restaging', 'restating', 'restoring', 'resulting', 'rusting',
]);

const KEYWORD_SET: ReadonlySet<string> = new Set<string>(KEYWORDS);
const BY_FIRST_LETTER = new Map<string, string[]>();
for (const word of KEYWORDS) {
  const list = BY_FIRST_LETTER.get(word[0]) ?? [];
  list.push(word);
  BY_FIRST_LETTER.set(word[0], list);
}

const MAX_LEN = 24;
// Three reusable rows for the optimal-string-alignment distance: no allocation per call.
let rowPrev2 = new Int32Array(MAX_LEN + 1);
let rowPrev = new Int32Array(MAX_LEN + 1);
let rowCur = new Int32Array(MAX_LEN + 1);

/** Edit distance with adjacent transpositions, or limit + 1 as soon as it must exceed limit. */
function boundedDistance(a: string, b: string, limit: number): number {
  const n = b.length;
  for (let j = 0; j <= n; j++) rowPrev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    rowCur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(rowPrev[j] + 1, rowCur[j - 1] + 1, rowPrev[j - 1] + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, rowPrev2[j - 2] + 1);
      rowCur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    const spare = rowPrev2;
    rowPrev2 = rowPrev;
    rowPrev = rowCur;
    rowCur = spare;
  }
  return rowPrev[n];
}

/**
 * The keyword a token is a typo of, or the token itself. One edit allowed for words up to 8 letters, two from 9;
 * the first letter must match (typos there are rare, and it keeps "ladder" from becoming "bladder").
 */
export function repairWord(token: string): string {
  if (token.length < 5 || token.length > MAX_LEN || KEYWORD_SET.has(token) || REAL_WORDS.has(token)) return token;
  const known = repaired.get(token);
  if (known !== undefined) return known;
  const best = closestKeyword(token);
  // Chat vocabulary repeats, so remember answers; the cap bounds memory on a long-running server.
  if (repaired.size >= CACHE_LIMIT) repaired.clear();
  repaired.set(token, best);
  return best;
}

const CACHE_LIMIT = 20_000;
const repaired = new Map<string, string>();

function closestKeyword(token: string): string {
  const candidates = BY_FIRST_LETTER.get(token[0]);
  if (candidates === undefined) return token;
  const limit = token.length >= 9 ? 2 : 1;
  let best = token;
  let bestDistance = limit + 1;
  for (const word of candidates) {
    if (Math.abs(word.length - token.length) > limit) continue;
    const d = boundedDistance(token, word, Math.min(limit, bestDistance - 1));
    if (d < bestDistance) {
      best = word;
      bestDistance = d;
    }
  }
  return best;
}

/** Words of 5+ letters: shorter ones are never repaired. */
const WORD = /[a-z]{5,}/g;

/** Repairs every word of an already lower-cased text. */
export function repairTypos(text: string): string {
  return text.replace(WORD, repairWord);
}
