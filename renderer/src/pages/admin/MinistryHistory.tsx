import { Button, Code, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../electron/core/dates';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';

/** Who exported which quarter when, with the package's SHA-256; any quarter can be made again. */
export function MinistryHistory({ onRemake }: { onRemake: (quarter: string) => void }) {
  const { t } = useTranslation();
  const history = useQuery({ queryKey: ['ministry.history'], queryFn: () => call('ministry.history', {}) });
  if (history.error) return <ErrorAlert error={history.error} />;
  if (!history.data?.length) return <p>{t('ministry.noHistory')}</p>;
  return (
    <Table striped aria-label={t('ministry.history')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('ministry.when')}</Table.Th>
          <Table.Th>{t('ministry.quarter')}</Table.Th>
          <Table.Th>{t('ministry.who')}</Table.Th>
          <Table.Th>{t('ministry.kind')}</Table.Th>
          <Table.Th>SHA-256</Table.Th>
          <Table.Th>{t('ministry.again')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {history.data.map((h) => (
          <Table.Tr key={h.id}>
            <Table.Td>{formatDateTime(h.createdAt)}</Table.Td>
            <Table.Td>{h.quarter}</Table.Td>
            <Table.Td>{h.createdByName}</Table.Td>
            <Table.Td>{t(h.action === 'I' ? 'ministry.actionI' : 'ministry.actionR')}</Table.Td>
            <Table.Td>
              <Code>{h.sha256.slice(0, 16)}…</Code>
            </Table.Td>
            <Table.Td>
              <Button size="xs" variant="default" onClick={() => onRemake(h.quarter)} aria-label={t('ministry.remake', { quarter: h.quarter })}>
                {t('ministry.again')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
