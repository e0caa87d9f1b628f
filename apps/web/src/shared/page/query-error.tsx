import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { problemsOf, useProblemText } from '../errors';

/** Why data could not be shown, in words, with a way to try again. */
export function QueryError({
  error,
  onRetry,
}: {
  error: unknown;
  onRetry?: () => Promise<unknown> | void;
}) {
  const { t } = useTranslation('common');
  const problemText = useProblemText();
  const texts = [...new Set(problemsOf(error).map(problemText))];
  return (
    <Alert type="error">
      {texts.map((text) => (
        <Paragraph key={text}>{text}</Paragraph>
      ))}
      {onRetry ? (
        <Button
          appearance="secondary-action-button"
          // A failed retry shows through the query's own error state, so its promise can be let go.
          onClick={() => void Promise.resolve(onRetry()).catch(() => undefined)}
        >
          {t('queryError.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}
