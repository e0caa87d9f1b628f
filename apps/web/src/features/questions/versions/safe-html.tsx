import { createElement, Fragment, type ReactNode } from 'react';

/** The markup the API's body mirror writes (apps/api/src/questions/question-mirror.ts). */
const ALLOWED = new Set([
  'p',
  'blockquote',
  'ul',
  'ol',
  'li',
  'pre',
  'code',
  'strong',
  'em',
  'u',
  's',
  'br',
  'hr',
]);
const HEADING = /^h([1-6])$/;

function safeHref(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.toString() : null;
  } catch {
    return null;
  }
}

function toReact(node: Node, key: number, headingOffset: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (!(node instanceof Element)) return null;
  const children = Array.from(node.childNodes, (child, i) => toReact(child, i, headingOffset));
  const tag = node.tagName.toLowerCase();
  const heading = HEADING.exec(tag);
  if (heading) {
    const level = Math.min(6, Number(heading[1]) + headingOffset);
    return createElement(`h${level}`, { key }, ...children);
  }
  if (tag === 'a') {
    const href = safeHref(node.getAttribute('href'));
    if (href) {
      return createElement(
        'a',
        { key, href, rel: 'noopener noreferrer', className: 'utrecht-link utrecht-link--html-a' },
        ...children,
      );
    }
  }
  if (tag === 'br' || tag === 'hr') return createElement(tag, { key });
  // Anything else keeps its text but loses its element (and every attribute).
  if (!ALLOWED.has(tag)) return createElement(Fragment, { key }, ...children);
  return createElement(tag, { key }, ...children);
}

interface SafeHtmlProps {
  html: string;
  /** Levels to add to the body's headings, so they sit below the heading of their container. */
  headingOffset: number;
}

/**
 * A stored body (the server's HTML mirror) as React elements, without `dangerouslySetInnerHTML`:
 * the server escapes and allow-lists already, and this does it once more in the browser, so a
 * mistake on one side does not become script on the page. DOMParser runs no scripts.
 */
export function SafeHtml({ html, headingOffset }: SafeHtmlProps) {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return <>{Array.from(body.childNodes, (node, i) => toReact(node, i, headingOffset))}</>;
}
