import { useTranslation } from 'react-i18next';
import { useNumberFormat } from '../../../shared/format';
import { nl } from '../locales/nl';
import type { UploadProblem } from './upload-problem';

type ErrorKey = Exclude<keyof typeof nl.upload.errors, 'sheets'>;

function isErrorKey(code: string): code is ErrorKey {
  return code !== 'sheets' && Object.prototype.hasOwnProperty.call(nl.upload.errors, code);
}

/** A refused upload in plain words: what is wrong, where (the line), and what to do. */
export function useUploadProblemText(maxBytes: number) {
  const { t, i18n } = useTranslation('datasets');
  const format = useNumberFormat();
  return (problem: UploadProblem): string => {
    if (problem.code === 'NETWORK') return t('upload.network');
    const parts: string[] = [];
    if (isErrorKey(problem.code)) {
      parts.push(
        t(`upload.errors.${problem.code}`, { limit: format.bytes(problem.limit ?? maxBytes) }),
      );
    } else if (problem.message && i18n.resolvedLanguage === 'en') {
      parts.push(problem.message);
    } else {
      parts.push(t('upload.errors.other'));
    }
    if (problem.line !== undefined) parts.push(t('upload.atLine', { line: problem.line }));
    if (problem.sheets?.length)
      parts.push(t('upload.errors.sheets', { sheets: problem.sheets.join(', ') }));
    return parts.join(' ');
  };
}
