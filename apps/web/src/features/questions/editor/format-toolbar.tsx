import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

type Format = 'heading' | 'bold' | 'italic' | 'bulletList' | 'orderedList';

const FORMATS: Array<{ format: Format; toggle: (editor: Editor) => void }> = [
  { format: 'heading', toggle: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
  { format: 'bold', toggle: (e) => e.chain().focus().toggleBold().run() },
  { format: 'italic', toggle: (e) => e.chain().focus().toggleItalic().run() },
  { format: 'bulletList', toggle: (e) => e.chain().focus().toggleBulletList().run() },
  { format: 'orderedList', toggle: (e) => e.chain().focus().toggleOrderedList().run() },
];

/**
 * The few formats a research question needs (a heading per sub-question, emphasis, lists), as
 * buttons that say whether they are on (`aria-pressed`). Each is an ordinary Tab stop and hands
 * focus back to the text; the usual keyboard shortcuts (Ctrl+B, Ctrl+I…) work as well.
 */
export function FormatToolbar({ editor, disabled }: { editor: Editor; disabled: boolean }) {
  const { t } = useTranslation('questions');
  const active = useEditorState({
    editor,
    selector: ({ editor: e }): Record<Format, boolean> => ({
      heading: e.isActive('heading', { level: 2 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
    }),
  });
  return (
    <div role="group" aria-label={t('format.label')} className="kl-format-toolbar">
      {FORMATS.map(({ format, toggle }) => (
        <Button
          key={format}
          appearance="secondary-action-button"
          pressed={active[format]}
          disabled={disabled}
          onClick={() => toggle(editor)}
        >
          {t(`format.${format}`)}
        </Button>
      ))}
    </div>
  );
}
