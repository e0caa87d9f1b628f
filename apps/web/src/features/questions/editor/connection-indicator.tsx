import { useTranslation } from 'react-i18next';
import type { ConnectionState } from './collab-session';

/**
 * Connected, synchronising or offline, in words and a coloured mark. A polite live region:
 * screen reader users hear when the connection drops or returns without losing their place.
 */
export function ConnectionIndicator({ connection }: { connection: ConnectionState }) {
  const { t } = useTranslation('questions');
  return (
    <p role="status" aria-live="polite" className={`kl-connection kl-connection--${connection}`}>
      <span className="kl-connection__mark" aria-hidden="true" />
      <span className="kl-visually-hidden">{t('connection.label')}: </span>
      <span className="kl-connection__state">{t(`connection.${connection}`)}</span>
      {connection === 'offline' ? (
        <span className="kl-connection__hint"> {t('connection.offlineHint')}</span>
      ) : null}
    </p>
  );
}
