import { Heading3 } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Present } from './presence-store';

/** Who has the text open now, with their organisation and its colour (as on their caret). */
export function PresenceList({ people }: { people: readonly Present[] }) {
  const { t } = useTranslation('questions');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="kl-presence">
      <Heading3 id={headingId} className="kl-presence__title">
        {t('presence.title')}
      </Heading3>
      <p className="kl-visually-hidden">{t('presence.count', { count: people.length })}</p>
      <ul className="kl-presence__list" role="list">
        {people.map((person) => (
          <li key={person.userId} className="kl-presence__person">
            <span
              className="kl-presence__colour"
              style={{ backgroundColor: person.colour }}
              aria-hidden="true"
            />
            <span className="kl-presence__name">
              {person.name}
              {person.self ? ` ${t('presence.you')}` : ''}
            </span>
            {person.organisation ? (
              <span className="kl-presence__organisation">{person.organisation}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
