import { BODY_FIELD } from '@ketenlab/domain';
import * as Y from 'yjs';

/**
 * The plain-text and HTML mirror of a question body. The editor (TipTap through y-prosemirror)
 * stores ProseMirror nodes as Y.XmlElements named after the node type, and marks as formatting
 * attributes on Y.XmlText. The HTML is built from an allow-list and escaped, so whatever a
 * client writes into the document cannot become markup in the register or an export.
 */
const BLOCKS: Record<string, string> = {
  paragraph: 'p',
  blockquote: 'blockquote',
  bulletList: 'ul',
  orderedList: 'ol',
  listItem: 'li',
};
const MARKS: Array<[mark: string, tag: string]> = [
  ['bold', 'strong'],
  ['italic', 'em'],
  ['underline', 'u'],
  ['strike', 's'],
  ['code', 'code'],
];

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function safeHref(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.toString() : null;
  } catch {
    return null;
  }
}

function textToHtml(text: Y.XmlText): string {
  return (text.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>)
    .map(({ insert, attributes = {} }) => {
      if (typeof insert !== 'string') return '';
      let html = escape(insert);
      for (const [mark, tag] of MARKS) if (attributes[mark]) html = `<${tag}>${html}</${tag}>`;
      const href = safeHref((attributes['link'] as { href?: unknown } | undefined)?.href);
      if (href) html = `<a href="${escape(href)}" rel="noopener noreferrer">${html}</a>`;
      return html;
    })
    .join('');
}

function nodeToHtml(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) return textToHtml(node);
  if (!(node instanceof Y.XmlElement)) return '';
  const children = node.toArray().map(nodeToHtml).join('');
  switch (node.nodeName) {
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(node.getAttribute('level')) || 2));
      return `<h${level}>${children}</h${level}>`;
    }
    case 'codeBlock':
      return `<pre><code>${children}</code></pre>`;
    case 'horizontalRule':
      return '<hr>';
    case 'hardBreak':
      return '<br>';
    default: {
      const tag = BLOCKS[node.nodeName] ?? 'div';
      return `<${tag}>${children}</${tag}>`;
    }
  }
}

/** The characters of a text node without its formatting (XmlText.toString() would add tags). */
function plain(text: Y.XmlText): string {
  return (text.toDelta() as Array<{ insert: unknown }>)
    .map((d) => (typeof d.insert === 'string' ? d.insert : ''))
    .join('');
}

function nodeToText(
  node: Y.XmlElement | Y.XmlText | Y.XmlHook,
  lines: string[],
  prefix = '',
): void {
  if (node instanceof Y.XmlText) {
    lines.push(prefix + plain(node));
    return;
  }
  if (!(node instanceof Y.XmlElement)) return;
  const children = node.toArray();
  if (children.every((child) => child instanceof Y.XmlText)) {
    lines.push(prefix + children.map((child) => plain(child as Y.XmlText)).join(''));
    return;
  }
  children.forEach((child, i) =>
    nodeToText(child, lines, node.nodeName === 'listItem' && i === 0 ? `${prefix}- ` : prefix),
  );
}

export function bodyHtml(doc: Y.Doc): string {
  return doc.getXmlFragment(BODY_FIELD).toArray().map(nodeToHtml).join('');
}

export function bodyText(doc: Y.Doc): string {
  const lines: string[] = [];
  for (const node of doc.getXmlFragment(BODY_FIELD).toArray()) nodeToText(node, lines);
  return lines.join('\n').trim();
}
