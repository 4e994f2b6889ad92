import { Alert, Button, Code, Group, Pagination, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../electron/core/dates';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';

const PAGE = 50;

export function AuditTab() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const audit = useQuery({
    queryKey: ['audit', page],
    queryFn: () => call('audit.list', { limit: PAGE, offset: (page - 1) * PAGE }),
    placeholderData: keepPreviousData,
  });
  const qc = useQueryClient();
  // Issue 6: walk the hash chain (and the tail mark kept at the last backup) and show the first broken link.
  const verify = useMutation({ mutationFn: () => call('audit.verify', {}), onSettled: () => qc.invalidateQueries({ queryKey: ['audit'] }) });
  const v = verify.data;
  // Entries written by an older version may name actions or records this one has no words for: shown as stored.
  const label = (action: string) => (i18n.exists(`audit.actions.${action}`) ? t(`audit.actions.${action}`) : action);
  const record = (type: string) => (i18n.exists(`audit.entities.${type}`) ? t(`audit.entities.${type}`) : type);
  return (
    <Stack>
      <Group>
        <Button variant="default" onClick={() => verify.mutate()} loading={verify.isPending}>
          {t('backup.verifyButton')}
        </Button>
      </Group>
      {v && (
        <Alert color={v.ok ? 'green' : 'red'} role="status" title={t('backup.verifyTitle')} data-testid="audit-verify-result">
          {v.ok ? t('backup.verifyOk', { count: v.checked }) : v.firstBrokenId !== null ? t('backup.verifyBroken', { id: v.firstBrokenId }) : t('backup.verifyTruncated')}
          {!v.ok && v.firstBrokenId !== null && v.truncated ? ` ${t('backup.verifyTruncated')}` : ''}
        </Alert>
      )}
      <ErrorAlert error={verify.error} />
      <ErrorAlert error={audit.error} />
      <Text>{t('audit.count', { count: audit.data?.total ?? 0 })}</Text>
      <Table striped aria-label={t('audit.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.when')}</Table.Th>
            <Table.Th>{t('audit.who')}</Table.Th>
            <Table.Th>{t('audit.what')}</Table.Th>
            <Table.Th>{t('audit.record')}</Table.Th>
            <Table.Th>{t('audit.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {audit.data?.entries.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>{formatDateTime(e.at)}</Table.Td>
              <Table.Td>{e.username ?? '—'}</Table.Td>
              <Table.Td>{label(e.action)}</Table.Td>
              <Table.Td>{e.entityType ? `${record(e.entityType)} ${e.entityId ?? ''}`.trim() : '—'}</Table.Td>
              <Table.Td>{Object.keys(e.details).length ? <Code>{JSON.stringify(e.details)}</Code> : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="center">
        <Pagination total={Math.max(1, Math.ceil((audit.data?.total ?? 0) / PAGE))} value={page} onChange={setPage} getControlProps={(c) => ({ 'aria-label': t(`common.page.${c}`) })} getItemProps={(p) => ({ 'aria-label': t('common.page.number', { page: p }) })} />
      </Group>
    </Stack>
  );
}
