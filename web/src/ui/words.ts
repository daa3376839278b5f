// Counted nouns in the app's sentences ("1 body", "3 bodies"): one rule, so no view says "1 bodies".

/** `n` and the noun in its number: `many` for irregular plurals ("bodies"), else the noun and an s. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
