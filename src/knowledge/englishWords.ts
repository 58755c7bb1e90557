// A real English word list (the npm package an-array-of-english-words, MIT, ~275,000 words), so that spelling
// correction leaves real words alone ("waking" is not "walking", "dose" is not "does"). Kept as the one sorted
// JSON text it ships as and searched by bisection: ~3 MB in memory, no 275,000 strings, read in milliseconds.
import { readFileSync } from 'node:fs';

let text: string | undefined;

function wordList(): string {
  // require.resolve finds the package from src/ and from dist/src/ alike.
  text ??= readFileSync(require.resolve('an-array-of-english-words/index.json'), 'utf8');
  return text;
}

/** The word whose opening quote is at or after `at`, and where the next one starts. */
function wordFrom(list: string, at: number): { word: string; next: number } | undefined {
  const open = list.indexOf('"', at);
  if (open < 0) return undefined;
  const close = list.indexOf('"', open + 1);
  return { word: list.slice(open + 1, close), next: close + 1 };
}

/** Whether `word` (lower case a-z) is in the list. The file is sorted by code unit, so bisection on offsets works. */
export function isEnglishWord(word: string): boolean {
  const list = wordList();
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    // The first whole word starting after mid: step back to this word's start so none is skipped.
    const found = wordFrom(list, list.lastIndexOf(',', mid) + 1);
    if (!found) {
      high = mid;
      continue;
    }
    if (found.word === word) return true;
    if (found.word < word) low = found.next;
    else high = list.lastIndexOf(',', mid) >= 0 ? list.lastIndexOf(',', mid) : 0;
  }
  return false;
}

/** Reads the list now (at start-up), so the first message does not pay for it. */
export function loadEnglishWords(): void {
  wordList();
}
