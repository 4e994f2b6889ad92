import { Checkbox, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientHistoryEntry } from '../../../../electron/contract/methods/clients';
import { formatDateTime } from '../../../../electron/core/dates';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));

function Changes({ entry }: { entry: ClientHistoryEntry }) {
  const { t, i18n } = useTranslation();
  if (entry.changedFields.length === 0) return <>—</>;
  const name = (f: string) => (i18n.exists(`clients.field.${f}`) ? t(`clients.field.${f}`) : f);
  return (
    <Stack gap={2}>
      {entry.changedFields.map((f) => (
        <Text key={f} size="sm">
          {name(f)}: {show(entry.before[f])} → {show(entry.after[f])}
        </Text>
      ))}
    </Stack>
  );
}

/** Who registered, changed and opened the client's record, newest first. */
export function ClientHistory({ clientId }: { clientId: number }) {
  const { t, i18n } = useTranslation();
  const [withViews, setWithViews] = useState(false);
  const history = useQuery({ queryKey: ['clients.history', clientId], queryFn: () => call('clients.history', { id: clientId }) });
  const entries = (history.data ?? []).filter((e) => withViews || e.action !== 'client.view');
  const label = (a: string) => (i18n.exists(`audit.actions.${a}`) ? t(`audit.actions.${a}`) : a);
  return (
    <Stack>
      <Title order={2}>{t('clients.history.title')}</Title>
      <Checkbox label={t('clients.history.withViews')} checked={withViews} onChange={(ev) => setWithViews(ev.currentTarget.checked)} />
      <ErrorAlert error={history.error} />
      <Table striped aria-label={t('clients.history.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('clients.history.when')}</Table.Th>
            <Table.Th>{t('clients.history.who')}</Table.Th>
            <Table.Th>{t('clients.history.what')}</Table.Th>
            <Table.Th>{t('clients.history.changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>{formatDateTime(e.at)}</Table.Td>
              <Table.Td>{e.username ?? '—'}</Table.Td>
              <Table.Td>{label(e.action)}</Table.Td>
              <Table.Td>
                <Changes entry={e} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
