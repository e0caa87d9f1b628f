import type { SignOffDecision } from '@ketenlab/domain';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FormattedDate } from '../../../shared/format';

export interface SignOffRow {
  organisation: { id: string; name: string };
  decision: SignOffDecision | null;
  reason: string;
  decidedAt: string | null;
  by: { id: string; name: string } | null;
}

/** Where each organisation stands in a round: undecided, approved, or asking for changes. */
export function SignOffTable({ signOffs, caption }: { signOffs: SignOffRow[]; caption: string }) {
  const { t } = useTranslation('questions');
  return (
    <Table className="kl-table">
      <TableCaption>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('registration.columnOrganisation')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('registration.columnDecision')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('registration.columnBy')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('registration.columnReason')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {signOffs.map((signOff) => (
          <TableRow key={signOff.organisation.id}>
            <TableHeaderCell scope="row">{signOff.organisation.name}</TableHeaderCell>
            <TableCell>{t(`registration.decision.${signOff.decision ?? 'pending'}`)}</TableCell>
            <TableCell>
              {signOff.by && signOff.decidedAt ? (
                <>
                  {signOff.by.name}, <FormattedDate value={signOff.decidedAt} withTime />
                </>
              ) : (
                '—'
              )}
            </TableCell>
            <TableCell className="kl-break">{signOff.reason || '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
