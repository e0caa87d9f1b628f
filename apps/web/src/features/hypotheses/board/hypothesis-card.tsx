import { useDraggable } from '@dnd-kit/core';
import { Heading3 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../shared/format';
import { AppLink } from '../../../shared/links';
import { hypothesisPath } from '../hypothesis-paths';
import { evidenceCount, type BoardHypothesis } from './board-card';

interface CardProps {
  hypothesis: BoardHypothesis;
  questionTitle: string;
}

/**
 * A hypothesis on the board. A mouse or finger drags the whole card (a short move first, so
 * a click on its link stays a click); the keyboard uses the Move button, which carries dnd-kit's
 * instructions. Cards the user cannot move have no button and do not drag.
 */
export function HypothesisCard({ hypothesis, questionTitle }: CardProps) {
  const { t } = useTranslation('hypotheses');
  const movable = hypothesis.allowedTransitions.length > 0;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: hypothesis.id,
    data: { hypothesis },
    disabled: !movable,
    attributes: { roleDescription: t('card.roleDescription') },
  });
  // dnd-kit types its listeners loosely; each is the handler for the event it is named after.
  const on = (name: string) => listeners?.[name] as ((event: unknown) => void) | undefined;
  return (
    <article
      ref={setNodeRef}
      data-hypothesis={hypothesis.id}
      className={`kl-hcard${movable ? ' kl-hcard--movable' : ''}${isDragging ? ' kl-hcard--dragging' : ''}`}
      onMouseDown={movable ? on('onMouseDown') : undefined}
      onTouchStart={movable ? on('onTouchStart') : undefined}
    >
      <CardContent hypothesis={hypothesis} questionTitle={questionTitle} />
      {movable ? (
        <button
          type="button"
          ref={setActivatorNodeRef}
          {...attributes}
          onKeyDown={on('onKeyDown')}
          data-move-handle={hypothesis.id}
          aria-label={t('card.moveLabel', { statement: hypothesis.statement })}
          className="utrecht-button utrecht-button--secondary-action kl-hcard__move"
        >
          <span aria-hidden="true" className="kl-hcard__grip">
            ⠿
          </span>{' '}
          {t('card.move')}
        </button>
      ) : null}
    </article>
  );
}

/** What a card says; also drawn under the pointer while dragging, then without links. */
export function CardContent({
  hypothesis,
  questionTitle,
  preview = false,
}: CardProps & { preview?: boolean }) {
  const { t } = useTranslation('hypotheses');
  const format = useFormat();
  const count = evidenceCount(hypothesis);
  return (
    <>
      <Heading3 className="kl-hcard__statement">
        {preview ? (
          hypothesis.statement
        ) : (
          <AppLink to={hypothesisPath(hypothesis.projectId, hypothesis.id)}>
            {hypothesis.statement}
          </AppLink>
        )}
      </Heading3>
      <dl className="kl-hcard__facts">
        <dt>{t('card.question')}</dt>
        <dd>{questionTitle}</dd>
        <dt>{t('card.owner')}</dt>
        <dd>{hypothesis.owner.name}</dd>
        {hypothesis.partners.length ? (
          <>
            <dt>{t('card.partners')}</dt>
            <dd>{format.list(hypothesis.partners.map((partner) => partner.name))}</dd>
          </>
        ) : null}
        {hypothesis.tags.length ? (
          <>
            <dt>{t('card.tags')}</dt>
            <dd>
              <ul className="kl-tags">
                {hypothesis.tags.map((tag) => (
                  <li key={tag} className="kl-tag">
                    {tag}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <p className="kl-hcard__evidence">{t('card.evidence', { count })}</p>
    </>
  );
}
