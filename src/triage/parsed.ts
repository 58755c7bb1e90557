// The result of parsing a free-text answer: a value, or why there is none.

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: 'unclear' | 'out-of-range' };

export const UNCLEAR: Parsed<never> = Object.freeze({ ok: false, reason: 'unclear' });
export const OUT_OF_RANGE: Parsed<never> = Object.freeze({ ok: false, reason: 'out-of-range' });
