import { Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FormattedDate } from '../../../shared/format';
import type { SignOffRow } from './sign-off-table';

interface RegisteredSummaryProps {
  registration: {
    round: number;
    contentHash: string;
    registeredAt: string | null;
    signOffs: Array<Pick<SignOffRow, 'organisation' | 'by' | 'decidedAt'>>;
  };
}

/** The frozen badge: when the question was registered, its content hash, and who approved. */
export function RegisteredSummary({ registration }: RegisteredSummaryProps) {
  const { t } = useTranslation('questions');
  return (
    <div className="kl-registered">
      <Paragraph>
        <StatusBadge status="registered" className="kl-registration-badge">
          {t('registration.registered.badge')}
        </StatusBadge>
      </Paragraph>
      <dl className="kl-facts">
        <div>
          <dt>{t('registration.registered.on')}</dt>
          <dd>
            {registration.registeredAt ? (
              <FormattedDate value={registration.registeredAt} withTime />
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('registration.registered.round')}</dt>
          <dd>{registration.round}</dd>
        </div>
        <div>
          <dt>{t('registration.registered.hash')}</dt>
          <dd>
            <code className="kl-hash">{registration.contentHash}</code>
          </dd>
        </div>
      </dl>
      <Paragraph>{t('registration.registered.approvers')}</Paragraph>
      <ul>
        {registration.signOffs.map((signOff) => (
          <li key={signOff.organisation.id}>
            {t('registration.registered.approver', {
              name: signOff.by?.name ?? '',
              organisation: signOff.organisation.name,
            })}
            {signOff.decidedAt ? (
              <>
                {' '}
                (<FormattedDate value={signOff.decidedAt} withTime />)
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
