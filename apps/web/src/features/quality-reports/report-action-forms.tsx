import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@ketenlab/domain';
import { Button, ButtonGroup, Heading4 } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import {
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextareaField,
  useFieldIds,
  useFormProblems,
} from '../../shared/forms';

const ReplyMutation = graphql(`
  mutation ReplyToQualityReport($input: ReplyToQualityReportInput!) {
    replyToQualityReport(input: $input) {
      id
      state
    }
  }
`);

const ConfirmMutation = graphql(`
  mutation ConfirmQualityReport($input: ConfirmQualityReportInput!) {
    confirmQualityReport(input: $input) {
      id
      state
    }
  }
`);

const RejectMutation = graphql(`
  mutation RejectQualityReport($input: RejectQualityReportInput!) {
    rejectQualityReport(input: $input) {
      id
      state
    }
  }
`);

export interface DatasetVersionChoice {
  id: string;
  number: number;
}

interface ActionFormProps {
  reportId: string;
  /** Called after the change is saved, with the sentence to announce. */
  onDone: (status: string) => void;
  onCancel: () => void;
}

const refetch = { refetchQueries: ['DatasetQualityReports'], awaitRefetchQueries: true };

/** Moves focus into a form as it opens, so keyboard users land where they asked to go. */
function useFocusOnOpen() {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('select, textarea')?.focus();
  }, []);
  return ref;
}

function Actions({
  busy,
  submit,
  onCancel,
}: {
  busy: boolean;
  submit: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation('qualityReports');
  return (
    <ButtonGroup>
      <SubmitButton busy={busy}>{submit}</SubmitButton>
      <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
        {t('actions.cancel')}
      </Button>
    </ButtonGroup>
  );
}

const MESSAGE = ['message'] as const;

/** An answer from the owner side, or a reply from anyone else (`title` says which). */
export function ReplyForm({
  reportId,
  title,
  onDone,
  onCancel,
}: ActionFormProps & { title: string }) {
  const { t } = useTranslation('qualityReports');
  const headingId = useId();
  const ids = useFieldIds(MESSAGE);
  const problems = useFormProblems(MESSAGE);
  const [message, setMessage] = useState('');
  const [reply, { loading }] = useMutation(ReplyMutation, refetch);
  const ref = useFocusOnOpen();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    if (!problems.check(message.trim() ? {} : { message: t('actions.messageMissing') })) return;
    try {
      await reply({ variables: { input: { reportId, message: message.trim() } } });
      onDone(t('actions.replied'));
    } catch (error) {
      problems.showError(error);
    }
  };

  return (
    <form ref={ref} onSubmit={onSubmit} noValidate className="kl-form" aria-labelledby={headingId}>
      <Heading4 id={headingId}>{title}</Heading4>
      <ErrorSummary problems={problems} ids={ids} order={MESSAGE} />
      <TextareaField
        id={ids.message}
        label={t('actions.message')}
        maxLength={LIMITS.qualityReportMessageMax}
        value={message}
        onChange={setMessage}
        error={problems.fields.message}
        rows={3}
      />
      <Actions busy={loading} submit={t('actions.send')} onCancel={onCancel} />
    </form>
  );
}

const CONFIRM_FIELDS = ['fixedInVersionId', 'note'] as const;
const NO_VERSION = '';

export function ConfirmForm({
  reportId,
  versions,
  onDone,
  onCancel,
}: ActionFormProps & { versions: readonly DatasetVersionChoice[] }) {
  const { t } = useTranslation('qualityReports');
  const headingId = useId();
  const ids = useFieldIds(CONFIRM_FIELDS);
  const problems = useFormProblems(CONFIRM_FIELDS);
  const [versionId, setVersionId] = useState<string>(NO_VERSION);
  const [note, setNote] = useState('');
  const [confirm, { loading }] = useMutation(ConfirmMutation, refetch);
  const ref = useFocusOnOpen();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const empty = versionId === NO_VERSION && !note.trim();
    if (!problems.check(empty ? { note: t('actions.needsNoteOrVersion') } : {})) return;
    try {
      await confirm({
        variables: {
          input: {
            reportId,
            note: note.trim(),
            fixedInVersionId: versionId === NO_VERSION ? null : versionId,
          },
        },
      });
      onDone(t('actions.confirmed'));
    } catch (error) {
      problems.showError(error);
    }
  };

  return (
    <form ref={ref} onSubmit={onSubmit} noValidate className="kl-form" aria-labelledby={headingId}>
      <Heading4 id={headingId}>{t('actions.confirmTitle')}</Heading4>
      <ErrorSummary problems={problems} ids={ids} order={CONFIRM_FIELDS} />
      {versions.length ? (
        <SelectField
          id={ids.fixedInVersionId}
          label={t('actions.confirmVersion')}
          options={[
            { value: NO_VERSION, label: t('actions.confirmNoVersion') },
            ...versions.map((v) => ({ value: v.id, label: String(v.number) })),
          ]}
          value={versionId}
          onChange={setVersionId}
          error={problems.fields.fixedInVersionId}
        />
      ) : null}
      <TextareaField
        id={ids.note}
        label={t('actions.confirmNote')}
        description={t('actions.confirmNoteDescription')}
        maxLength={LIMITS.qualityReportMessageMax}
        value={note}
        onChange={setNote}
        error={problems.fields.note}
        optional
        rows={3}
      />
      <Actions busy={loading} submit={t('actions.confirm')} onCancel={onCancel} />
    </form>
  );
}

const REASON = ['reason'] as const;

export function RejectForm({ reportId, onDone, onCancel }: ActionFormProps) {
  const { t } = useTranslation('qualityReports');
  const headingId = useId();
  const ids = useFieldIds(REASON);
  const problems = useFormProblems(REASON);
  const [reason, setReason] = useState('');
  const [reject, { loading }] = useMutation(RejectMutation, refetch);
  const ref = useFocusOnOpen();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    if (!problems.check(reason.trim() ? {} : { reason: t('actions.reasonMissing') })) return;
    try {
      await reject({ variables: { input: { reportId, reason: reason.trim() } } });
      onDone(t('actions.rejected'));
    } catch (error) {
      problems.showError(error);
    }
  };

  return (
    <form ref={ref} onSubmit={onSubmit} noValidate className="kl-form" aria-labelledby={headingId}>
      <Heading4 id={headingId}>{t('actions.rejectTitle')}</Heading4>
      <ErrorSummary problems={problems} ids={ids} order={REASON} />
      <TextareaField
        id={ids.reason}
        label={t('actions.rejectReason')}
        maxLength={LIMITS.qualityReportMessageMax}
        value={reason}
        onChange={setReason}
        error={problems.fields.reason}
        rows={3}
      />
      <Actions busy={loading} submit={t('actions.reject')} onCancel={onCancel} />
    </form>
  );
}
