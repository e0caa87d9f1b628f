import type { QualityReportMove } from '@ketenlab/domain';
import {
  Button,
  ButtonGroup,
  Heading3,
  Heading4,
  Paragraph,
  StatusBadge,
} from '@utrecht/component-library-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetQualityReportsQuery } from '../../gql/graphql';
import { FormattedDate } from '../../shared/format';
import {
  ConfirmForm,
  RejectForm,
  ReplyForm,
  type DatasetVersionChoice,
} from './report-action-forms';
import { useQualityTerms } from './use-quality-terms';

export type QualityReportItemData = NonNullable<
  DatasetQualityReportsQuery['dataset']
>['qualityReports'][number];

/** One report: what was doubted, by whom, the conversation, and what you may do with it. */
export function QualityReportItem({
  report,
  versions,
}: {
  report: QualityReportItemData;
  versions: readonly DatasetVersionChoice[];
}) {
  const { t } = useTranslation('qualityReports');
  const terms = useQualityTerms();
  const headingId = useId();
  const [open, setOpen] = useState<QualityReportMove | null>(null);
  const [status, setStatus] = useState('');
  const toggles = useRef(new Map<QualityReportMove, HTMLButtonElement | null>());
  const dimension = terms.dimension(report.dimension);
  const fixedIn = versions.find((v) => v.id === report.fixedInVersionId);
  const ownerSide = report.allowedMoves.includes('confirm');
  const replyLabel = ownerSide ? t('actions.answer') : t('actions.reply');
  const labels: Record<QualityReportMove, string> = {
    reply: replyLabel,
    confirm: t('actions.confirm'),
    reject: t('actions.reject'),
  };

  const close = (move: QualityReportMove) => {
    setOpen(null);
    toggles.current.get(move)?.focus();
  };
  const done = (sentence: string) => {
    setOpen(null);
    setStatus(sentence);
  };

  return (
    <article aria-labelledby={headingId} className="kl-quality-report">
      <div className="kl-title-row">
        <Heading3 id={headingId}>
          {report.column
            ? t('report.aboutColumn', { dimension, column: report.column })
            : t('report.about', { dimension })}
        </Heading3>
        <StatusBadge
          status={report.state}
          className={`kl-quality-state kl-quality-state--${report.state}`}
        >
          {terms.state(report.state)}
        </StatusBadge>
      </div>
      <Paragraph className="kl-muted">
        {t('report.reportedBy', {
          name: report.reporter.name,
          organisation: report.reporterOrganisation.name,
        })}
        {', '}
        <FormattedDate value={report.createdAt} withTime />
      </Paragraph>
      <Paragraph className="kl-quality-report__description">{report.description}</Paragraph>

      {report.messages.length ? (
        <>
          <Heading4 className="kl-visually-hidden">{t('report.thread')}</Heading4>
          <ol className="kl-quality-thread" role="list">
            {report.messages.map((message) => (
              <li
                key={message.id}
                className={`kl-quality-thread__message${message.ownerSide ? ' kl-quality-thread__message--owner' : ''}`}
              >
                <Paragraph className="kl-muted">
                  {message.author.name}
                  {message.ownerSide ? ` (${t('report.ownerSide')})` : ''}
                  {', '}
                  <FormattedDate value={message.createdAt} withTime />
                </Paragraph>
                <Paragraph>{message.body}</Paragraph>
              </li>
            ))}
          </ol>
        </>
      ) : null}

      {report.state === 'confirmed' || report.state === 'rejected' ? (
        <div className="kl-quality-resolution">
          {fixedIn ? (
            <Paragraph>{t('report.confirmedWithVersion', { number: fixedIn.number })}</Paragraph>
          ) : null}
          {report.resolutionNote ? (
            <Paragraph>
              {report.state === 'rejected' ? t('report.rejectedReason') : t('report.confirmedNote')}{' '}
              {report.resolutionNote}
            </Paragraph>
          ) : null}
          {report.resolvedBy ? (
            <Paragraph className="kl-muted">
              {t('report.resolvedBy', { name: report.resolvedBy.name })}
              {report.resolvedAt ? (
                <>
                  {', '}
                  <FormattedDate value={report.resolvedAt} withTime />
                </>
              ) : null}
            </Paragraph>
          ) : null}
        </div>
      ) : null}

      {report.allowedMoves.length ? (
        <ButtonGroup>
          {report.allowedMoves.map((move) => (
            <Button
              key={move}
              ref={(element) => {
                toggles.current.set(move, element);
              }}
              appearance={move === 'reply' ? 'secondary-action-button' : 'subtle-button'}
              aria-expanded={open === move}
              onClick={() => {
                setStatus('');
                setOpen(open === move ? null : move);
              }}
            >
              {labels[move]}
            </Button>
          ))}
        </ButtonGroup>
      ) : null}
      {open === 'reply' ? (
        <ReplyForm
          reportId={report.id}
          title={replyLabel}
          onDone={done}
          onCancel={() => close('reply')}
        />
      ) : null}
      {open === 'confirm' ? (
        <ConfirmForm
          reportId={report.id}
          versions={versions}
          onDone={done}
          onCancel={() => close('confirm')}
        />
      ) : null}
      {open === 'reject' ? (
        <RejectForm reportId={report.id} onDone={done} onCancel={() => close('reject')} />
      ) : null}
      <Paragraph role="status" className="kl-status">
        {status}
      </Paragraph>
    </article>
  );
}
