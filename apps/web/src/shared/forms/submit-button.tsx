import { Button } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/**
 * A form's main button. It stays enabled while the form is busy, because disabling the focused
 * button would drop keyboard focus to the page; submit handlers ignore repeats instead.
 */
export function SubmitButton({ busy, children }: { busy: boolean; children: ReactNode }) {
  return (
    <Button type="submit" appearance="primary-action-button" busy={busy}>
      {children}
    </Button>
  );
}
