import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function EditorFailed() {
  const { t } = useTranslation('questions');
  return (
    <Alert type="error">
      <Paragraph>{t('editor.failedToLoad')}</Paragraph>
      <Button appearance="secondary-action-button" onClick={() => window.location.reload()}>
        {t('editor.reload')}
      </Button>
    </Alert>
  );
}

/**
 * Catches a failed editor chunk (typically gone after a deploy while the page stayed open; the
 * browser remembers a failed import, so only a reload fetches the new one) and says so, instead
 * of leaving the whole page blank.
 */
export class EditorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <EditorFailed /> : this.props.children;
  }
}
