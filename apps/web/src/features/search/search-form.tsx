import { LIMITS } from '@ketenlab/domain';
import { Button, FormLabel, Textbox } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** A search landmark with one field; searching happens on submit, not on every keystroke. */
export function SearchForm({
  initialQuery,
  onSearch,
}: {
  initialQuery: string;
  onSearch: (query: string) => void;
}) {
  const { t } = useTranslation('search');
  const id = useId();
  const [query, setQuery] = useState(initialQuery);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(query.trim());
  };
  return (
    <form role="search" onSubmit={onSubmit} className="kl-search">
      <FormLabel htmlFor={id}>{t('label')}</FormLabel>
      <div className="kl-search__row">
        <Textbox
          id={id}
          type="search"
          name="q"
          value={query}
          maxLength={LIMITS.searchQueryMax}
          onChange={(event) => setQuery(event.target.value)}
        />
        <Button type="submit" appearance="primary-action-button">
          {t('submit')}
        </Button>
      </div>
    </form>
  );
}
