import { lazy } from 'react';

const loadEditor = () => import('./editor/live-editor');

/** TipTap, ProseMirror and Yjs in chunks of their own, fetched when a question opens. */
export const LazyLiveEditor = lazy(loadEditor);

/** Starts fetching the editor early, e.g. while the pointer rests on a link to a question. */
export function preloadEditor(): void {
  loadEditor().catch(() => undefined);
}
