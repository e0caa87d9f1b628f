import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { ConfirmDialog } from '../../../shared/dialog';
import { problemsOf, useProblemText } from '../../../shared/errors';
import { FormattedDate } from '../../../shared/format';
import { Loading, QueryError } from '../../../shared/page';
import { SaveVersionForm } from './save-version-form';
import { VersionView } from './version-view';

const QuestionVersionsQuery = graphql(`
  query QuestionVersions($id: ID!) {
    question(id: $id) {
      id
      versions {
        id
        name
        createdAt
        createdBy {
          id
          name
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);

const RestoreQuestionVersionMutation = graphql(`
  mutation RestoreQuestionVersion($id: ID!) {
    restoreQuestionVersion(id: $id)
  }
`);

interface Version {
  id: string;
  name: string;
}

type Outcome = { kind: 'done' | 'refused'; message: string };

interface VersionPanelProps {
  questionId: string;
  /** Saving and restoring change the text: contributors and above. */
  mayEdit: boolean;
}

/**
 * Named versions of the text: save the current state, list them (newest first), read one, and
 * put one back. Restoring is a new change on top, which reaches every open editor live.
 */
export function VersionPanel({ questionId, mayEdit }: VersionPanelProps) {
  const { t } = useTranslation('questions');
  const problemText = useProblemText();
  const headingId = useId();
  const viewId = useId();
  const [viewing, setViewing] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<Version | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { data, loading, error, refetch } = useQuery(QuestionVersionsQuery, {
    variables: { id: questionId },
  });
  const [restore, restoreState] = useMutation(RestoreQuestionVersionMutation);
  const versions = data?.question.versions ?? [];
  const toggleId = (versionId: string) => `${viewId}-${versionId}`;
  // The viewer and its "hide" button go away: back to the button that opened it.
  const closeView = () => {
    const opener = viewing ? document.getElementById(toggleId(viewing)) : null;
    setViewing(null);
    opener?.focus();
  };

  const confirmRestore = async () => {
    if (!restoring) return;
    try {
      await restore({ variables: { id: restoring.id } });
      setOutcome({ kind: 'done', message: t('versions.restored', { name: restoring.name }) });
    } catch (failure) {
      setOutcome({ kind: 'refused', message: problemsOf(failure).map(problemText).join(' ') });
    }
    setRestoring(null);
  };

  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId}>{t('versions.title')}</Heading2>
      <Paragraph>{mayEdit ? t('versions.intro') : t('versions.introReadOnly')}</Paragraph>
      {mayEdit ? <SaveVersionForm questionId={questionId} /> : null}
      {outcome?.kind === 'refused' ? (
        <Alert type="error" role="alert">
          <Paragraph>{outcome.message}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph role="status" className="kl-status">
        {outcome?.kind === 'done' ? outcome.message : ''}
      </Paragraph>
      {error && !data ? <QueryError error={error} onRetry={() => refetch()} /> : null}
      {loading && !data ? <Loading /> : null}
      {data && versions.length === 0 ? <Paragraph>{t('versions.empty')}</Paragraph> : null}
      {versions.length ? (
        <Table className="kl-table">
          <TableCaption className="kl-visually-hidden">{t('versions.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('versions.columnName')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('versions.columnWhen')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('versions.columnBy')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('versions.columnActions')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {versions.map((version) => {
              const open = viewing === version.id;
              const which = (
                <span className="kl-visually-hidden">
                  {' '}
                  {t('versions.versionName', { name: version.name })}
                </span>
              );
              return (
                <TableRow key={version.id}>
                  <TableHeaderCell scope="row" className="kl-break">
                    {version.name}
                  </TableHeaderCell>
                  <TableCell>
                    <FormattedDate value={version.createdAt} withTime />
                  </TableCell>
                  <TableCell className="kl-break">
                    {t('versions.author', {
                      name: version.createdBy.name,
                      organisation: version.createdBy.organisation.name,
                    })}
                  </TableCell>
                  <TableCell>
                    <ButtonGroup className="kl-row-actions">
                      <Button
                        id={toggleId(version.id)}
                        appearance="secondary-action-button"
                        aria-expanded={open}
                        aria-controls={open ? viewId : undefined}
                        onClick={() => setViewing(open ? null : version.id)}
                      >
                        {open ? t('versions.hide') : t('versions.view')}
                        {which}
                      </Button>
                      {mayEdit ? (
                        <Button
                          appearance="secondary-action-button"
                          onClick={() => {
                            setOutcome(null);
                            setRestoring(version);
                          }}
                        >
                          {t('versions.restore')}
                          {which}
                        </Button>
                      ) : null}
                    </ButtonGroup>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      ) : null}
      {viewing ? <VersionView id={viewing} regionId={viewId} onClose={closeView} /> : null}
      {mayEdit ? (
        <ConfirmDialog
          open={restoring !== null}
          title={t('versions.confirmTitle')}
          body={t('versions.confirmBody', { name: restoring?.name ?? '' })}
          confirmLabel={t('versions.confirm')}
          cancelLabel={t('versions.cancel')}
          busy={restoreState.loading}
          onConfirm={() => void confirmRestore()}
          onCancel={() => setRestoring(null)}
        />
      ) : null}
    </section>
  );
}
