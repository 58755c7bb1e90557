// The triage domain: red-flag screening of every message, and parsing of the onset and severity answers.
// Pure functions with no botbuilder import; the only I/O is knowledge/red-flags.json, read once at start-up.
export { screenMessage, signsMentioned, type ScreenResult } from './screen';
export { RED_FLAG_SIGNS, SIGN_RECORDS, type RedFlagSign, type SignRecord } from './signs';
export { parseOnset, type OnsetClass } from './onset';
export { parseSeverity } from './severity';
export type { Parsed } from './parsed';
