// Unicode clean-up before red-flag screening (and search): invisible, decorated and look-alike characters hide no word.

/**
 * Latin letters that Cyrillic and Greek letters are drawn like (Unicode's confusables for these scripts, the letters a
 * person could slip into an English word unseen). Upper case too: lower-casing comes later, in basicClean.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic (letters with marks, such as ё and й, lose them before this map is read)
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', і: 'i', ј: 'j',
  ԁ: 'd', һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w', ү: 'y',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', Ѕ: 'S', І: 'I', Ј: 'J',
  Ԁ: 'D', Һ: 'H', Ӏ: 'I', Ԛ: 'Q', Ԝ: 'W', Ү: 'Y',
  // Greek
  α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  // Latin letters outside ASCII that NFKD leaves as they are
  ı: 'i', ȷ: 'j', ɡ: 'g', ʟ: 'l', ɪ: 'i', ʀ: 'r', ꜱ: 's',
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'gu');

/** Accent marks (also those stacked on letters to disguise them) and variation selectors, once letters are decomposed. */
const MARKS = /\p{M}/gu;
/** Format and control characters (zero-width space and joiners, soft hyphen, byte-order mark, NUL), but not line breaks or tabs. */
const INVISIBLE = /(?![\t\n\r])[\p{Cf}\p{Cc}]/gu;
/** Emoji and other symbols stand between words, never inside one ("I wet 😭 myself"); ´ and ` are apostrophes to basicClean. */
const SYMBOLS = /\p{Extended_Pictographic}|(?![´`])\p{S}/gu;

/**
 * Emoji that stand for a body part or function are that word ("my 🍑 is numb", "🦵🦵 both gone numb"), not a space:
 * people text them in place of a word they find awkward to type. Two legs in a row are both legs.
 */
const SKIN_TONE = String.raw`[\u{1F3FB}-\u{1F3FF}]?`;
const BODY_EMOJI: readonly (readonly [RegExp, string])[] = [
  [new RegExp(`(?:\u{1F9B5}${SKIN_TONE}\\s*){2,}`, 'gu'), ' legs '],
  [new RegExp(`\u{1F9B5}${SKIN_TONE}`, 'gu'), ' leg '],
  [new RegExp(`(?:\u{1F9B6}${SKIN_TONE}\\s*){2,}`, 'gu'), ' feet '],
  [new RegExp(`\u{1F9B6}${SKIN_TONE}`, 'gu'), ' foot '],
  [/\u{1F351}/gu, ' bum '],
  [/\u{1F4A9}/gu, ' poo '],
];
const bodyWords = (text: string): string => BODY_EMOJI.reduce((t, [emoji, word]) => t.replace(emoji, word), text);

/**
 * "I w\u200bet myself", "blad\u00adder", "ｉ ｗｅｔ ｍｙｓｅｌｆ", "I wеt myself" (Cyrillic е), "I wet 😭 myself" -> plain
 * Latin text that reads as the person meant it: compatibility forms unfolded (NFKD: fullwidth letters, ligatures),
 * marks and invisible characters dropped, symbols turned into spaces, look-alike letters read as the Latin ones.
 */
export function foldUnicode(text: string): string {
  return (
    bodyWords(text)
      // NFKD splits the acute accent used as an apostrophe ("can´t") into a space and a mark: keep it one character.
      .replace(/´/g, '\u2019')
      .normalize('NFKD')
      .replace(MARKS, '')
      .replace(INVISIBLE, '')
      .replace(SYMBOLS, ' ')
      .replace(LOOK_ALIKE, (letter) => LOOK_ALIKES[letter])
  );
}
