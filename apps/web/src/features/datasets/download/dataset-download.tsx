import { useLazyQuery } from '@apollo/client/react';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { problemsOf, useProblemText } from '../../../shared/errors';

const DatasetDownloadUrlQuery = graphql(`
  query DatasetDownloadUrl($id: ID!) {
    dataset(id: $id) {
      id
      latestVersion {
        id
        downloadUrl
      }
    }
  }
`);

interface DatasetDownloadProps {
  datasetId: string;
  version: { number: number; fileName: string };
}

/**
 * The latest file as uploaded. The link is signed for this user and lives five minutes, so it
 * is asked for at the moment of the click, never kept in the page or the cache.
 */
export function DatasetDownload({ datasetId, version }: DatasetDownloadProps) {
  const { t } = useTranslation('datasets');
  const problemText = useProblemText();
  const headingId = useId();
  const [problem, setProblem] = useState('');
  const [fetchUrl, { loading }] = useLazyQuery(DatasetDownloadUrlQuery, {
    fetchPolicy: 'network-only',
  });

  const download = async () => {
    if (loading) return;
    setProblem('');
    try {
      const { data, error } = await fetchUrl({ variables: { id: datasetId } });
      const url = data?.dataset.latestVersion?.downloadUrl;
      if (!url) {
        setProblem(problemsOf(error).map(problemText).join(' '));
        return;
      }
      // The file comes as an attachment: the browser saves it and this page stays.
      window.location.assign(url);
    } catch (error) {
      setProblem(problemsOf(error).map(problemText).join(' '));
    }
  };

  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId}>{t('download.title')}</Heading2>
      <Paragraph>
        {t('download.intro', { number: version.number })} {t('download.hint')}
      </Paragraph>
      {problem ? (
        <Alert type="error">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      ) : null}
      <Button appearance="secondary-action-button" busy={loading} onClick={() => void download()}>
        {t('download.button', { file: version.fileName })}
      </Button>
    </section>
  );
}
