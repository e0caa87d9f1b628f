import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { PersonalAccessTokensQuery } from '../../gql/graphql';
import { problemsOf, useProblemText } from '../../shared/errors';
import { FormattedDate } from '../../shared/format';

const RevokePersonalAccessTokenMutation = graphql(`
  mutation RevokePersonalAccessToken($id: ID!) {
    revokePersonalAccessToken(id: $id)
  }
`);

type Token = PersonalAccessTokensQuery['personalAccessTokens'][number];

export function TokensTable({ tokens }: { tokens: readonly Token[] }) {
  const { t } = useTranslation('personalTokens');
  const problemText = useProblemText();
  const [status, setStatus] = useState('');
  const [refusal, setRefusal] = useState('');
  const [revoke, { loading }] = useMutation(RevokePersonalAccessTokenMutation, {
    refetchQueries: ['PersonalAccessTokens'],
    awaitRefetchQueries: true,
  });

  const onRevoke = async (token: Token) => {
    setRefusal('');
    try {
      await revoke({ variables: { id: token.id } });
      setStatus(t('list.revoked', { name: token.name }));
    } catch (error) {
      setRefusal(problemsOf(error).map(problemText).join(' '));
    }
  };

  return (
    <>
      {refusal ? (
        <Alert type="error">
          <Paragraph>{refusal}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph role="status" className="kl-status">
        {status}
      </Paragraph>
      {tokens.length === 0 ? (
        <Paragraph>{t('list.empty')}</Paragraph>
      ) : (
        <Table className="kl-table">
          <TableCaption className="kl-visually-hidden">{t('list.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('list.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('list.created')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('list.lastUsed')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('list.expires')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('list.actions')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {tokens.map((token) => (
              <TableRow key={token.id}>
                <TableHeaderCell scope="row">{token.name}</TableHeaderCell>
                <TableCell>
                  <FormattedDate value={token.createdAt} />
                </TableCell>
                <TableCell>
                  {token.lastUsedAt ? (
                    <FormattedDate value={token.lastUsedAt} withTime />
                  ) : (
                    t('list.neverUsed')
                  )}
                </TableCell>
                <TableCell>
                  {token.expiresAt ? <FormattedDate value={token.expiresAt} /> : t('list.noExpiry')}
                </TableCell>
                <TableCell>
                  <Button
                    appearance="subtle-button"
                    hint="danger"
                    busy={loading}
                    onClick={() => void onRevoke(token)}
                  >
                    {t('list.revoke')}
                    <span className="kl-visually-hidden"> {token.name}</span>
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
