import { Button, ButtonGroup, Heading2 } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../shared/forms';
import { isFiltered, type BoardFilter } from './board-filter';

export interface FilterOption {
  value: string;
  label: string;
}

interface BoardFiltersProps {
  filter: BoardFilter;
  questions: readonly FilterOption[];
  owners: readonly FilterOption[];
  partners: readonly FilterOption[];
  tags: readonly string[];
  onApply: (filter: BoardFilter) => void;
}

/**
 * The board's filters. They apply on the button rather than on every change of a select, so
 * that choosing an option never changes the page under a keyboard or screen-reader user's hands
 * (WCAG 3.2.2).
 */
export function BoardFilters({
  filter,
  questions,
  owners,
  partners,
  tags,
  onApply,
}: BoardFiltersProps) {
  const { t } = useTranslation('hypotheses');
  const base = useId();
  const headingId = `${base}heading`;
  const [draft, setDraft] = useState<BoardFilter>(filter);
  const [applied, setApplied] = useState(filter);
  // The address can change without this form (back button, a link): follow it.
  if (applied !== filter) {
    setApplied(filter);
    setDraft(filter);
  }
  const withAll = (options: readonly FilterOption[]) => [
    { value: '', label: t('filters.all') },
    ...options,
  ];
  const field = (key: keyof BoardFilter, label: string, options: readonly FilterOption[]) => (
    <SelectField
      id={`${base}${key}`}
      label={label}
      value={draft[key] ?? ''}
      options={withAll(options)}
      onChange={(value) => setDraft({ ...draft, [key]: value || undefined })}
    />
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form onSubmit={onSubmit} aria-labelledby={headingId} className="kl-board-filters">
      <Heading2 id={headingId} className="kl-visually-hidden">
        {t('filters.title')}
      </Heading2>
      <div className="kl-board-filters__fields">
        {field('questionId', t('filters.question'), questions)}
        {field('ownerId', t('filters.owner'), owners)}
        {field('partnerOrganisationId', t('filters.partner'), partners)}
        {field(
          'tag',
          t('filters.tag'),
          tags.map((tag) => ({ value: tag, label: tag })),
        )}
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button">
          {t('filters.apply')}
        </Button>
        {isFiltered(filter) ? (
          <Button appearance="subtle-button" onClick={() => onApply({})}>
            {t('filters.clear')}
          </Button>
        ) : null}
      </ButtonGroup>
    </form>
  );
}
