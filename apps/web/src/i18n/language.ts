/** Languages the interface speaks. Dutch comes first: it is the default and the fallback. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const FALLBACK_LANGUAGE: Language = 'nl';

/** BCP 47 tags for Intl: British English writes dates the way Dutch readers expect (day first). */
export const INTL_LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

const STORAGE_KEY = 'ketenlab.language';

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** The language chosen earlier on this device, else Dutch (not the browser's language). */
export function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : FALLBACK_LANGUAGE;
  } catch {
    // Storage can be blocked (privacy settings); the default still works.
    return FALLBACK_LANGUAGE;
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembering the choice is acceptable; the switch still works for this visit.
  }
}
