// Imported first by app.ts, before any pattern runs. V8 runs a regular expression in its bytecode interpreter and
// compiles it to machine code once it is hot; for this bot's hundreds of large patterns (boundaries, situations,
// red-flag vocabulary) the first message after a start paid for both, about a second on Node 20, 24 and 26, against
// about a quarter of that when each pattern is compiled once, at first use (README "Performance"). Set here rather
// than as `node --no-regexp-tier-up`: a Node whose V8 no longer knows the flag prints one line and runs on as before,
// where an unknown command-line flag stops node from starting.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
