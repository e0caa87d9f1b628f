import './live-editor.css';
import { useQuery } from '@apollo/client/react';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useId, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { Loading, QueryError } from '../../../shared/page';
import type { CollabSession } from './collab-session';
import { ConnectionIndicator } from './connection-indicator';
import { PresenceList } from './presence-list';
import { QuestionEditor, type EditorUser } from './question-editor';
import { useCollabSession } from './use-collab-session';

const EditorUserQuery = graphql(`
  query EditorUser {
    me {
      id
      name
      organisation {
        id
        name
        colour
      }
    }
  }
`);

export interface LiveEditorProps {
  documentName: string;
  /** An observer: reads along, never writes. */
  readOnly: boolean;
}

/**
 * The live body of a question with everything around it: connection, who is here, the
 * observer's note. Loaded lazily (the route imports it with React.lazy), so TipTap and Yjs
 * arrive only when someone opens a question.
 */
export default function LiveEditor({ documentName, readOnly }: LiveEditorProps) {
  const session = useCollabSession(documentName);
  const { data, error, refetch } = useQuery(EditorUserQuery);
  if (error && !data) return <QueryError error={error} onRetry={() => refetch()} />;
  if (!session || !data) return <Loading />;
  const { me } = data;
  const user: EditorUser = {
    userId: me.id,
    name: me.name,
    organisation: me.organisation.name,
    colour: me.organisation.colour,
  };
  return <LiveDocument session={session} user={user} readOnly={readOnly} />;
}

function LiveDocument({
  session,
  user,
  readOnly,
}: {
  session: CollabSession;
  user: EditorUser;
  readOnly: boolean;
}) {
  const { t } = useTranslation('questions');
  const noteId = useId();
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const people = useSyncExternalStore(session.presence.subscribe, session.presence.getSnapshot);
  // Typing into a document that has not arrived yet would put the new text beside the stored
  // text instead of inside it; a copy on this device is good enough to continue from.
  const ready = state.everSynced || state.cached;
  return (
    <div className="kl-live-editor">
      <div className="kl-live-editor__bar">
        <ConnectionIndicator connection={state.connection} />
        <PresenceList people={people} />
      </div>
      {state.refusal ? (
        <Alert type="error">
          <Paragraph>{t(`editor.refused.${state.refusal}`)}</Paragraph>
        </Alert>
      ) : null}
      {readOnly ? (
        <Alert type="info" id={noteId}>
          <Paragraph>{t('editor.readOnly')}</Paragraph>
        </Alert>
      ) : (
        <Paragraph id={noteId} className="kl-muted">
          {t('editor.hint')}
        </Paragraph>
      )}
      {!ready && !state.refusal ? (
        <Paragraph role="status" className="kl-loading">
          {t('editor.loading')}
        </Paragraph>
      ) : null}
      <QuestionEditor
        session={session}
        user={user}
        editable={!readOnly && ready && !state.refusal}
        readOnly={readOnly}
        label={t('editor.label')}
        describedBy={noteId}
      />
    </div>
  );
}
