import {
  Button,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { OrganisationsQuery } from '../../gql/graphql';
import { FormattedDate } from '../../shared/format';

export type OrganisationRow = OrganisationsQuery['organisations'][number];

export function OrganisationsTable({
  organisations,
  onEdit,
}: {
  organisations: readonly OrganisationRow[];
  onEdit: (organisation: OrganisationRow) => void;
}) {
  const { t } = useTranslation('organisations');
  return (
    <Table className="kl-table">
      <TableCaption className="kl-visually-hidden">{t('list.caption')}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('fields.name')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('fields.kind')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('fields.colour')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('list.created')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('list.actions')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {organisations.map((organisation) => (
          <TableRow key={organisation.id}>
            <TableHeaderCell scope="row">{organisation.name}</TableHeaderCell>
            <TableCell>{t(`kind.${organisation.kind}`)}</TableCell>
            <TableCell>
              <span
                className="kl-swatch"
                style={{ backgroundColor: organisation.colour }}
                aria-hidden="true"
              />
              <code className="kl-code">{organisation.colour}</code>
            </TableCell>
            <TableCell>
              <FormattedDate value={organisation.createdAt} />
            </TableCell>
            <TableCell>
              <Button
                id={`edit-${organisation.id}`}
                appearance="secondary-action-button"
                onClick={() => onEdit(organisation)}
              >
                {t('list.edit')}
                <span className="kl-visually-hidden"> {organisation.name}</span>
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
