import { LIMITS } from '@ketenlab/domain';

/** Tags as typed, "huur, Vroegsignalering ,," → ["huur", "Vroegsignalering"]; the API normalises case. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim().replace(/\s+/g, ' ')))].filter(
    (tag) => tag.length > 0,
  );
}

/** Whether the tags fit the API's limits: how many, and how long each. */
export function tagsFit(tags: readonly string[]): boolean {
  return (
    tags.length <= LIMITS.hypothesisTagsMax &&
    tags.every((tag) => tag.length <= LIMITS.hypothesisTagMax)
  );
}
