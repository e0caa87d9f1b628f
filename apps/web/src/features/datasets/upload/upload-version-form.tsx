import { DATASET_FILE_EXTENSIONS, DEFAULT_DATASET_MAX_BYTES } from '@ketenlab/domain';
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../shared/format';
import { FieldFrame, SubmitButton, TextField, describedBy } from '../../../shared/forms';
import { uploadProblem } from './upload-problem';
import { UploadProgress } from './upload-progress';
import { useFileUpload } from './use-file-upload';
import { useMilestone } from './use-milestones';
import { useUploadProblemText } from './use-upload-problem-text';
import { versionUploadRequest } from './version-upload-request';

/**
 * The API's default limit, said before anyone tries; an instance configured otherwise names
 * its own limit when it refuses.
 */
const MAX_UPLOAD_BYTES = DEFAULT_DATASET_MAX_BYTES;
const ACCEPT = DATASET_FILE_EXTENSIONS.join(',');

interface UploadVersionFormProps {
  projectId: string;
  datasetId: string;
  /** Called after the server stored the version, with what it answered. */
  onUploaded: (answer: unknown) => void;
}

/**
 * Uploads a file as the next version: a real progress bar while the bytes go up, a way to stop,
 * then the server's verdict. Refusals (too large, unreadable encoding, ragged rows…) are said
 * plainly, with the line where the reader stopped.
 */
export function UploadVersionForm({ projectId, datasetId, onUploaded }: UploadVersionFormProps) {
  const { t } = useTranslation('datasets');
  const format = useNumberFormat();
  const headingId = useId();
  const fileId = useId();
  const sheetId = useId();
  const problemText = useUploadProblemText(MAX_UPLOAD_BYTES);
  const upload = useFileUpload();
  const [file, setFile] = useState<File | null>(null);
  const [sheet, setSheet] = useState('');
  const [fileError, setFileError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const result = useRef<HTMLDivElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const progressBox = useRef<HTMLDivElement>(null);

  const { state } = upload;
  const busy = state.phase === 'sending' || state.phase === 'processing';
  const share =
    state.phase === 'sending' && state.progress.total > 0
      ? state.progress.loaded / state.progress.total
      : null;
  const milestone = useMilestone(busy ? (share ?? 1) : null);
  const isWorkbook = file?.name.toLowerCase().endsWith('.xlsx') ?? false;

  // The buttons under the keyboard user's hands change with the phase; focus follows to what
  // replaced them: the stop button while sending, the bar while the server reads, then the outcome.
  useEffect(() => {
    if (state.phase === 'sending') cancelButton.current?.focus();
    else if (state.phase === 'processing') progressBox.current?.focus();
    else if (state.phase !== 'idle') result.current?.focus();
  }, [state.phase]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!file) {
      setFileError(t('upload.chooseFile'));
      fileInput.current?.focus();
      return;
    }
    setFileError(undefined);
    setOutcome(t('upload.started', { file: file.name }));
    const request = versionUploadRequest(projectId, datasetId, file, isWorkbook ? sheet : '');
    const answer = await upload.start(request.url, request.body, file.size, request.headers);
    if (answer) {
      setFile(null);
      setSheet('');
      if (fileInput.current) fileInput.current.value = '';
      onUploaded(answer.body);
    }
  };

  const doneText = (body: unknown) => {
    const version = body as { number?: unknown; rowCount?: unknown; columns?: unknown } | null;
    return typeof version?.number === 'number' && typeof version.rowCount === 'number'
      ? t('upload.done', {
          number: version.number,
          rows: format.integer(version.rowCount),
          columns: typeof version.columns === 'number' ? version.columns : '?',
        })
      : t('upload.doneUnknown');
  };

  const announcement = busy
    ? milestone !== null && share !== null
      ? t('upload.milestone', { percent: format.percent(milestone) })
      : state.phase === 'processing'
        ? t('upload.processing')
        : outcome
    : '';

  return (
    <section aria-labelledby={headingId} className="kl-section">
      <Heading2 id={headingId}>{t('upload.title')}</Heading2>
      <Paragraph>{t('upload.intro', { limit: format.bytes(MAX_UPLOAD_BYTES) })}</Paragraph>
      {/* Always in the page, so screen readers hear what changes in it. */}
      <p role="status" className="kl-visually-hidden">
        {announcement}
      </p>
      <div ref={result} tabIndex={-1} className="kl-upload-result">
        {state.phase === 'failed' ? (
          <Alert type="error">
            <Paragraph>
              <strong>{t('upload.failedTitle')}.</strong> {problemText(uploadProblem(state.answer))}
            </Paragraph>
          </Alert>
        ) : null}
        {state.phase === 'cancelled' ? (
          <Alert type="info">
            <Paragraph>{t('upload.cancelled')}</Paragraph>
          </Alert>
        ) : null}
        {state.phase === 'done' ? (
          <Alert type="ok">
            <Paragraph>{doneText(state.answer.body)}</Paragraph>
          </Alert>
        ) : null}
      </div>
      <form onSubmit={onSubmit} noValidate className="kl-form">
        <FieldFrame
          id={fileId}
          label={t('upload.file')}
          description={t('upload.fileHint')}
          error={fileError}
        >
          <input
            ref={fileInput}
            id={fileId}
            name="file"
            type="file"
            className="kl-file-input"
            accept={ACCEPT}
            disabled={busy}
            required
            aria-invalid={fileError ? true : undefined}
            aria-describedby={describedBy(fileId, { description: true, error: fileError })}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setFileError(undefined);
            }}
          />
        </FieldFrame>
        {isWorkbook ? (
          <TextField
            id={sheetId}
            label={t('upload.sheet')}
            description={t('upload.sheetHint')}
            optional
            maxLength={31}
            value={sheet}
            onChange={setSheet}
          />
        ) : null}
        {busy ? (
          <div ref={progressBox} tabIndex={-1} className="kl-upload-busy">
            <UploadProgress progress={state.progress} processing={state.phase === 'processing'} />
            {state.phase === 'sending' ? (
              <Button
                ref={cancelButton}
                type="button"
                appearance="secondary-action-button"
                onClick={upload.cancel}
              >
                {t('upload.cancel')}
              </Button>
            ) : null}
          </div>
        ) : (
          <ButtonGroup>
            <SubmitButton busy={false}>{t('upload.submit')}</SubmitButton>
          </ButtonGroup>
        )}
      </form>
    </section>
  );
}
