import { BODY_FIELD } from '@ketenlab/domain';
import * as Y from 'yjs';
import { bodyHtml, bodyText } from './question-mirror';

/** Builds a body the way y-prosemirror stores what TipTap's StarterKit produces. */
function body(build: (fragment: Y.XmlFragment) => void): Y.Doc {
  const doc = new Y.Doc();
  build(doc.getXmlFragment(BODY_FIELD));
  return doc;
}

function element(
  name: string,
  children: Array<Y.XmlElement | Y.XmlText>,
  attributes: Record<string, string> = {},
) {
  const node = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.insert(0, children);
  return node;
}

function text(value: string, marks?: Record<string, unknown>) {
  const node = new Y.XmlText();
  node.insert(0, value, marks);
  return node;
}

describe('question body mirror', () => {
  const doc = body((f) =>
    f.insert(0, [
      element('heading', [text('Hoofdvraag')], { level: '2' }),
      element('paragraph', [
        text('Welke wijken lopen het '),
        text('meeste', { bold: true }),
        text(' risico?'),
      ]),
      element('bulletList', [
        element('listItem', [element('paragraph', [text('huurachterstand')])]),
        element('listItem', [element('paragraph', [text('zorgpremie')])]),
      ]),
    ]),
  );

  it('renders headings, paragraphs, marks and lists as HTML', () => {
    expect(bodyHtml(doc)).toBe(
      '<h2>Hoofdvraag</h2><p>Welke wijken lopen het <strong>meeste</strong> risico?</p>' +
        '<ul><li><p>huurachterstand</p></li><li><p>zorgpremie</p></li></ul>',
    );
  });

  it('renders plain text with one line per block and list bullets', () => {
    expect(bodyText(doc)).toBe(
      'Hoofdvraag\nWelke wijken lopen het meeste risico?\n- huurachterstand\n- zorgpremie',
    );
  });

  it('escapes text and drops unknown markup and unsafe links', () => {
    const hostile = body((f) =>
      f.insert(0, [
        element('paragraph', [
          text('<script>alert(1)</script>'),
          text('klik', { link: { href: 'javascript:alert(1)' } }),
        ]),
        element('script', [text('x')]),
        element('paragraph', [text('bron', { link: { href: 'https://www.cbs.nl/' } })]),
      ]),
    );
    const html = bodyHtml(hostile);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('&#60;script&#62;');
    expect(html).toContain('<a href="https://www.cbs.nl/" rel="noopener noreferrer">bron</a>');
  });

  it('is empty for an empty document', () => {
    expect(bodyHtml(new Y.Doc())).toBe('');
    expect(bodyText(new Y.Doc())).toBe('');
  });
});
