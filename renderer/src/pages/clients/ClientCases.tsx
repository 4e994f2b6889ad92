import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClientCase } from '../../../../electron/contract/methods/clients';

/** The client's episodes of case management, newest first; a reopened one is marked as a return (R15). */
export function ClientCases({ cases }: { cases: ClientCase[] }) {
  const { t } = useTranslation();
  if (cases.length === 0) return <Text>{t('clients.cases.none')}</Text>;
  return (
    <Table striped aria-label={t('clients.cases.tableLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('cases.field.caseNumber')}</Table.Th>
          <Table.Th>{t('cases.field.targetGroup')}</Table.Th>
          <Table.Th>{t('cases.field.phase')}</Table.Th>
          <Table.Th>{t('cases.field.intakeDate')}</Table.Th>
          <Table.Th>{t('cases.field.closedOn')}</Table.Th>
          <Table.Th>{t('cases.field.caseManager')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {cases.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>
              <Anchor component={Link} to={`/cases/${c.id}`}>
                {c.caseNumber}
              </Anchor>
              {c.isReturn && (
                <Badge ml="xs" variant="light" c="dark">
                  {t('cases.file.return')}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>{t(`cases.group.${c.targetGroup}`)}</Table.Td>
            <Table.Td>{t(`cases.phase.${c.phase}`)}</Table.Td>
            <Table.Td>{c.intakeDate}</Table.Td>
            <Table.Td>{c.closedOn ?? '—'}</Table.Td>
            <Table.Td>{c.caseManagerName ?? t('cases.file.notAssigned')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
