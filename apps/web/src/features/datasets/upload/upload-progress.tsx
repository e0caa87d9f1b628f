import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../shared/format';
import type { UploadProgress as Progress } from './send-file';

/**
 * The bar and the numbers under it. A native `<progress>` with a label: screen readers know
 * it as a progress bar and read its value; the text repeats it for those who do not see it.
 */
export function UploadProgress({
  progress,
  processing,
}: {
  progress: Progress;
  processing: boolean;
}) {
  const { t } = useTranslation('datasets');
  const format = useNumberFormat();
  const id = useId();
  const share = progress.total > 0 ? progress.loaded / progress.total : 0;
  return (
    <div className="kl-upload-progress">
      <label htmlFor={id}>{t('upload.progressLabel')}</label>
      {processing ? (
        // Bytes are all out; the server's reading has no measurable end: an indeterminate bar.
        <progress id={id} />
      ) : (
        <progress id={id} max={progress.total || 1} value={progress.loaded} />
      )}
      <span className="kl-muted">
        {processing
          ? t('upload.processing')
          : t('upload.progress', {
              percent: format.percent(share),
              loaded: format.bytes(progress.loaded),
              total: format.bytes(progress.total),
            })}
      </span>
    </div>
  );
}
