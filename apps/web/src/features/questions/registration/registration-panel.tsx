import { useQuery } from '@apollo/client/react';
import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { FormattedDate } from '../../../shared/format';
import { Loading, QueryError } from '../../../shared/page';
import { DeviationList } from './deviation-list';
import { RegisteredContent } from './registered-content';
import { RegisteredSummary } from './registered-summary';
import { RequestRegistration } from './request-registration';
import { SignOffForm } from './sign-off-form';
import { SignOffTable } from './sign-off-table';

const QuestionRegistrationQuery = graphql(`
  query QuestionRegistration($id: ID!) {
    question(id: $id) {
      id
      registration {
        id
        round
        contentHash
        registeredAt
        title
        bodyText
        hypotheses {
          id
          statement
          rationale
          expectedDirection
        }
        signOffs {
          organisation {
            id
            name
          }
          decidedAt
          by {
            id
            name
          }
        }
        deviations {
          kind
          hypothesisId
          field
          before
          after
          lines {
            change
            text
          }
        }
      }
      registrations {
        id
        round
        status
        requestedAt
        title
        bodyText
        hypotheses {
          id
          statement
          rationale
          expectedDirection
        }
        requestedBy {
          id
          name
        }
        signOffs {
          organisation {
            id
            name
          }
          decision
          reason
          decidedAt
          by {
            id
            name
          }
          mayDecide
        }
      }
    }
  }
`);

interface RegistrationPanelProps {
  questionId: string;
  /** Leads may ask for (another) registration round. */
  mayRequest: boolean;
}

/**
 * Preregistration on the question page: the registration in force with its deviations, the
 * latest round with each organisation's sign-off, and the actions the reader may take.
 */
export function RegistrationPanel({ questionId, mayRequest }: RegistrationPanelProps) {
  const { t } = useTranslation('questions');
  const headingId = useId();
  const deviationsId = useId();
  const roundId = useId();
  const { data, loading, error, refetch } = useQuery(QuestionRegistrationQuery, {
    variables: { id: questionId },
  });
  const registration = data?.question.registration ?? null;
  const latest = data?.question.registrations[0];
  // The latest round, unless it is the registration in force shown above it.
  const round = latest && latest.id !== registration?.id ? latest : undefined;

  return (
    <section aria-labelledby={headingId} className="kl-section kl-registration">
      <Heading2 id={headingId}>{t('registration.title')}</Heading2>
      <Paragraph>{t('registration.intro')}</Paragraph>
      {error && !data ? <QueryError error={error} onRetry={() => refetch()} /> : null}
      {loading && !data ? <Loading /> : null}
      {data && !registration && !round ? <Paragraph>{t('registration.none')}</Paragraph> : null}
      {registration ? (
        <>
          <RegisteredSummary registration={registration} />
          <RegisteredContent
            content={registration}
            summary={t('registration.content.registered')}
          />
          <section aria-labelledby={deviationsId}>
            <Heading3 id={deviationsId}>{t('registration.deviations.title')}</Heading3>
            <DeviationList
              deviations={registration.deviations}
              hypotheses={registration.hypotheses}
            />
            <Button appearance="secondary-action-button" onClick={() => void refetch()}>
              {t('registration.deviations.refresh')}
            </Button>
          </section>
        </>
      ) : null}
      {round ? (
        <section aria-labelledby={roundId}>
          <Heading3 id={roundId}>
            {t('registration.round', { round: round.round })}:{' '}
            {t(`registration.roundStatus.${round.status}`)}
          </Heading3>
          <Paragraph>
            {t('registration.requestedBy', { name: round.requestedBy.name })}{' '}
            <FormattedDate value={round.requestedAt} withTime />
          </Paragraph>
          <RegisteredContent
            content={round}
            summary={t('registration.content.requested')}
            open={round.signOffs.some((signOff) => signOff.mayDecide)}
          />
          <SignOffTable signOffs={round.signOffs} caption={t('registration.caption')} />
          {round.signOffs
            .filter((signOff) => signOff.mayDecide)
            .map((signOff) => (
              <SignOffForm
                key={signOff.organisation.id}
                registrationId={round.id}
                organisation={signOff.organisation.name}
              />
            ))}
        </section>
      ) : null}
      {mayRequest && data ? (
        <RequestRegistration
          questionId={questionId}
          again={Boolean(latest)}
          roundOpen={latest?.status === 'requested'}
        />
      ) : null}
    </section>
  );
}
