import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { HypothesisDataChangesQuery } from '../../gql/graphql';
import { problemsOf, useProblemText } from '../../shared/errors';
import { useFormat } from '../../shared/format';
import './quality-reports.css';

const HypothesisDataChangesQuery = graphql(`
  query HypothesisDataChanges($id: ID!) {
    hypothesis(id: $id) {
      id
      dataChanges {
        id
        reason
        raisedAt
        dataset {
          id
          title
        }
      }
    }
  }
`);

const AcknowledgeDataChangeMutation = graphql(`
  mutation AcknowledgeDataChange($id: ID!) {
    acknowledgeDataChange(id: $id) {
      id
      acknowledgedAt
    }
  }
`);

type Flag = NonNullable<HypothesisDataChangesQuery['hypothesis']>['dataChanges'][number];

/**
 * "Data changed since" on a hypothesis: each change to data it cites, until someone who works on
 * it says they have seen it. Renders nothing when nothing changed. `mayAcknowledge` comes from
 * the page, which knows the caller's role (observers read only).
 */
export function DataChangeFlags({
  hypothesisId,
  mayAcknowledge,
}: {
  hypothesisId: string;
  mayAcknowledge: boolean;
}) {
  const { t } = useTranslation('qualityReports');
  const format = useFormat();
  const headingId = useId();
  const problemText = useProblemText();
  const [status, setStatus] = useState('');
  const [refusal, setRefusal] = useState('');
  const { data } = useQuery(HypothesisDataChangesQuery, { variables: { id: hypothesisId } });
  const [acknowledge, { loading }] = useMutation(AcknowledgeDataChangeMutation, {
    refetchQueries: ['HypothesisDataChanges'],
    awaitRefetchQueries: true,
  });
  const flags = data?.hypothesis.dataChanges ?? [];

  const describe = (flag: Flag) =>
    flag.reason === 'new_version'
      ? t('flags.newVersion', { dataset: flag.dataset.title })
      : t('flags.reportConfirmed', { dataset: flag.dataset.title });

  const onAcknowledge = async (flag: Flag) => {
    setRefusal('');
    try {
      await acknowledge({ variables: { id: flag.id } });
      setStatus(t('flags.acknowledged'));
    } catch (error) {
      setRefusal(problemsOf(error).map(problemText).join(' '));
    }
  };

  return (
    <>
      {flags.length ? (
        <section aria-labelledby={headingId} className="kl-data-changes">
          <Alert type="warning">
            <Heading3 id={headingId}>{t('flags.title')}</Heading3>
            <Paragraph>{t('flags.intro')}</Paragraph>
            <ul role="list" className="kl-data-changes__list">
              {flags.map((flag) => (
                <li key={flag.id} className="kl-data-changes__item">
                  <Paragraph>
                    {describe(flag)}{' '}
                    <span className="kl-muted">
                      {t('flags.raised', { date: format.dateTime(flag.raisedAt) })}
                    </span>
                  </Paragraph>
                  {mayAcknowledge ? (
                    <Button
                      appearance="secondary-action-button"
                      busy={loading}
                      aria-label={t('flags.acknowledgeLabel', { what: describe(flag) })}
                      onClick={() => void onAcknowledge(flag)}
                    >
                      {t('flags.acknowledge')}
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          </Alert>
        </section>
      ) : null}
      {refusal ? (
        <Alert type="error">
          <Paragraph>{refusal}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph role="status" className="kl-status">
        {status}
      </Paragraph>
    </>
  );
}
