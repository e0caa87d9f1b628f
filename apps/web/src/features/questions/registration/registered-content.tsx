import type { ExpectedDirection } from '@ketenlab/domain';
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

export interface RoundContent {
  title: string;
  bodyText: string;
  hypotheses: Array<{
    id: string;
    statement: string;
    rationale: string;
    expectedDirection: ExpectedDirection | null;
  }>;
}

interface RegisteredContentProps {
  content: RoundContent;
  summary: string;
  /** Open at once for someone who is about to sign it. */
  open?: boolean;
}

/** What a round froze: the title, the text and the hypotheses, as the organisations saw them. */
export function RegisteredContent({ content, summary, open = false }: RegisteredContentProps) {
  const { t } = useTranslation('questions');
  return (
    <details className="kl-registered-content" open={open}>
      <summary>{summary}</summary>
      <dl>
        <dt>{t('registration.content.title')}</dt>
        <dd className="kl-break">{content.title}</dd>
        <dt>{t('registration.content.text')}</dt>
        <dd className="kl-break kl-pre-line">
          {content.bodyText || t('registration.content.emptyText')}
        </dd>
        <dt>{t('registration.content.hypotheses')}</dt>
        <dd>
          <ol>
            {content.hypotheses.map((h) => (
              <li key={h.id} className="kl-break">
                {h.statement}
                {h.expectedDirection ? (
                  <> ({t(`registration.direction.${h.expectedDirection}`)})</>
                ) : null}
                {h.rationale ? <Paragraph>{h.rationale}</Paragraph> : null}
              </li>
            ))}
          </ol>
        </dd>
      </dl>
    </details>
  );
}
