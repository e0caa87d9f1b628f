import {
  AlertDialog,
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** The confirming action destroys or replaces something. */
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  /** Cancel, Escape, or closing the dialog any other way. */
  onCancel: () => void;
}

/**
 * Asks before something that cannot be taken back. A native modal `<dialog>`: the browser keeps
 * focus inside, Escape cancels, and focus returns to the control that opened it on close. Focus
 * starts on "cancel", so an accidental Enter does nothing harmful.
 */
export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  cancelLabel,
  danger,
  busy,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <AlertDialog
      ref={ref}
      type={danger ? 'warning' : 'info'}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        // Escape: let React's state close the dialog, so both agree on whether it is open.
        event.preventDefault();
        onCancel();
      }}
    >
      <Heading2 id={titleId} className="kl-dialog__title">
        {title}
      </Heading2>
      <Paragraph id={bodyId}>{body}</Paragraph>
      <ButtonGroup>
        <Button appearance="secondary-action-button" onClick={onCancel}>
          {cancelLabel}
        </Button>
        <Button
          appearance="primary-action-button"
          hint={danger ? 'danger' : undefined}
          busy={busy}
          onClick={() => {
            if (!busy) onConfirm();
          }}
        >
          {confirmLabel}
        </Button>
      </ButtonGroup>
    </AlertDialog>
  );
}
