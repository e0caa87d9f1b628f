/**
 * The shape every translation must have: the Dutch resource with each text widened to `string`.
 * Typing the English resource with it makes a missing or extra key a compile error.
 */
export type LocaleShape<T> = { [K in keyof T]: T[K] extends string ? string : LocaleShape<T[K]> };
