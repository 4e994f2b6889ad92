import { Alert, Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuplicateCandidate } from '../../../../electron/contract/methods/clients';

/** R1: who this might already be. Open the existing record, or say it is someone else (never for the same code). */
export function DuplicateCandidates(props: { candidates: DuplicateCandidate[]; onBack: () => void; onConfirm: () => void; confirming: boolean }) {
  const { t } = useTranslation();
  const sameCode = props.candidates.some((c) => c.reason === 'sameCode');
  return (
    <Stack>
      <Alert color="yellow" role="alert" title={t('clients.duplicates.title')} c="dark">
        {t('clients.duplicates.explain', { count: props.candidates.length })}
      </Alert>
      <Table aria-label={t('clients.duplicates.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('clients.field.name')}</Table.Th>
            <Table.Th>{t('clients.field.birthDate')}</Table.Th>
            <Table.Th>{t('clients.field.personalCode')}</Table.Th>
            <Table.Th>{t('clients.duplicates.why')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.candidates.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                {c.firstName} {c.lastName}
              </Table.Td>
              <Table.Td>{c.birthDate ?? '—'}</Table.Td>
              <Table.Td>{c.personalCodeMasked ?? '—'}</Table.Td>
              <Table.Td>{t(`clients.duplicates.reason.${c.reason}`)}</Table.Td>
              <Table.Td>
                {c.canOpen ? (
                  <Anchor component={Link} to={`/clients/${c.id}`}>
                    {t('clients.duplicates.open', { name: `${c.firstName} ${c.lastName}` })}
                  </Anchor>
                ) : (
                  <Text size="sm">{t('clients.duplicates.anotherManager')}</Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {sameCode && <Text>{t('clients.duplicates.sameCodeBlocks')}</Text>}
      <Group>
        <Button variant="default" onClick={props.onBack}>
          {t('clients.duplicates.back')}
        </Button>
        {!sameCode && (
          <Button onClick={props.onConfirm} loading={props.confirming}>
            {t('clients.duplicates.confirm')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
