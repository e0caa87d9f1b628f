/** The id of the one `<main>`: the skip link's target and the fallback for route focus. */
export const MAIN_CONTENT_ID = 'inhoud';
