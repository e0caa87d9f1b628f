/**
 * The Yjs field that holds a question's body. It must equal `BODY_FIELD` in the API's
 * `questions/question-mirror.ts`: the server's text/HTML mirror, named versions and restore all
 * read and write this field, so an editor bound to another one would edit text nobody else sees.
 * (The browser tests type in the editor and read the mirror back, so a mismatch fails them.)
 */
export const BODY_FIELD = 'default';
