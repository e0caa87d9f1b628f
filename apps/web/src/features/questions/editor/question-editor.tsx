import { BODY_FIELD } from '@ketenlab/domain';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect } from 'react';
import { renderCaret, renderSelection } from './carets';
import type { CollabSession } from './collab-session';
import { FormatToolbar } from './format-toolbar';

/** What this browser announces about its user; the server stamps the same identity anyway. */
export interface EditorUser {
  userId: string;
  name: string;
  organisation: string;
  colour: string;
}

interface QuestionEditorProps {
  session: CollabSession;
  user: EditorUser;
  /** Typing is possible: not an observer, and the text has arrived (or is on this device). */
  editable: boolean;
  /** Observers never write; said to assistive technology as well as by the note. */
  readOnly: boolean;
  label: string;
  describedBy: string;
}

/**
 * The rich-text body, bound to the live document through TipTap's Collaboration extension
 * (y-prosemirror). Undo/redo come from Yjs there, so StarterKit's own history is off; the
 * trailing-node helper is off too, because it writes an empty paragraph on load, which every
 * client would do at once and observers could not even send.
 */
export function QuestionEditor({
  session,
  user,
  editable,
  readOnly,
  label,
  describedBy,
}: QuestionEditorProps) {
  const editor = useEditor(
    {
      extensions: [
        StarterKit.configure({ undoRedo: false, trailingNode: false }),
        Collaboration.configure({ document: session.doc, field: BODY_FIELD }),
        CollaborationCaret.configure({
          provider: session.provider,
          user,
          render: renderCaret,
          selectionRender: renderSelection,
        }),
      ],
      editable,
      editorProps: {
        attributes: {
          class: 'kl-editor__content',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
          'aria-describedby': describedBy,
          'aria-readonly': String(readOnly),
        },
      },
    },
    [session],
  );
  useEffect(() => {
    if (editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);
  return (
    <>
      {readOnly ? null : <FormatToolbar editor={editor} disabled={!editable} />}
      <EditorContent editor={editor} className="kl-editor" />
    </>
  );
}
