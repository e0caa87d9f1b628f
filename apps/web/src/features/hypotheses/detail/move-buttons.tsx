import type { HypothesisStatus } from '@ketenlab/domain';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MovableHypothesis } from '../transition/move-request';
import { useHypothesisTerms } from '../use-hypothesis-terms';

interface MoveButtonsProps {
  hypothesis: MovableHypothesis;
  busy: boolean;
  onMove: (to: HypothesisStatus) => void;
}

/** The moves this user may make now, as plain buttons: the way without dragging. */
export function MoveButtons({ hypothesis, busy, onMove }: MoveButtonsProps) {
  const { t } = useTranslation('hypotheses');
  const terms = useHypothesisTerms();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId}>{t('detail.moves')}</Heading2>
      {hypothesis.allowedTransitions.length ? (
        <>
          <Paragraph>{t('detail.movesIntro')}</Paragraph>
          <ButtonGroup>
            {hypothesis.allowedTransitions.map((to) => (
              <Button
                key={to}
                appearance="secondary-action-button"
                busy={busy}
                onClick={() => onMove(to)}
              >
                {t('detail.moveTo', { to: terms.status(to) })}
              </Button>
            ))}
          </ButtonGroup>
        </>
      ) : (
        <Paragraph>{t('detail.noMoves')}</Paragraph>
      )}
    </section>
  );
}
