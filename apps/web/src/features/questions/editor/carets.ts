import type { DecorationAttrs } from '@tiptap/pm/view';
import { userOf } from './presence-store';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Black or white, whichever reads better on the given background. Organisations choose their
 * colour freely (CBS's light blue holds white text at only 3:1), so the label text adapts.
 */
export function textColourOn(background: string): '#000000' | '#ffffff' {
  const l = luminance(background);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

/**
 * Another person's caret: a line in their organisation's colour with their name above it. The
 * awareness `user` field carries `colour` (as the server stamps it), not TipTap's `color`.
 * Hidden from screen readers, which would otherwise read names in the middle of the text; the
 * "who is here" list says the same in words.
 */
export function renderCaret(state: Record<string, unknown>): HTMLElement {
  const user = userOf({ user: state });
  const colour = user?.colour ?? '#555555';
  const caret = document.createElement('span');
  caret.className = 'collaboration-carets__caret';
  caret.style.borderColor = colour;
  caret.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.className = 'collaboration-carets__label';
  label.style.backgroundColor = colour;
  label.style.color = textColourOn(colour);
  label.textContent = user?.name ?? '';
  caret.append(label);
  return caret;
}

/** Another person's selection: their colour, light enough to read the text through it. */
export function renderSelection(state: Record<string, unknown>): DecorationAttrs {
  const colour = userOf({ user: state })?.colour ?? '#555555';
  return { style: `background-color: ${colour}33`, class: 'ProseMirror-yjs-selection' };
}
