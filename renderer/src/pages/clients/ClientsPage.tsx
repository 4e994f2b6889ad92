import { Anchor, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Pager } from '../../components/Pager';
import { hasRole, useCurrentUser } from '../../session/useCurrentUser';

const PAGE = 50;

/** Find a client by name or personal code as you type; the list is paged so 100k clients stay quick. */
export function ClientsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const [page, setPage] = useState(1);
  const search = useQuery({
    queryKey: ['clients.search', debounced, page],
    queryFn: () => call('clients.search', { query: debounced, limit: PAGE, offset: (page - 1) * PAGE }),
    placeholderData: keepPreviousData,
  });
  const canRegister = hasRole(user, 'case_manager') || hasRole(user, 'supervisor');
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('clients.title')}</Title>
        {canRegister && (
          <Button component={Link} to="/clients/new">
            {t('clients.register.open')}
          </Button>
        )}
      </Group>
      <TextInput
        label={t('clients.search.label')}
        description={t('clients.search.hint')}
        type="search"
        value={query}
        onChange={(ev) => {
          setQuery(ev.currentTarget.value);
          setPage(1);
        }}
        data-autofocus
        maw={480}
      />
      <ErrorAlert error={search.error} />
      <Text role="status">
        {!search.data
          ? ''
          : search.data.tooShort
            ? t('clients.search.tooShort')
            : search.data.capped
              ? t('clients.search.capped', { limit: search.data.total })
              : t('clients.search.count', { count: search.data.total })}
      </Text>
      <Table striped highlightOnHover aria-label={t('clients.search.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('clients.field.name')}</Table.Th>
            <Table.Th>{t('clients.field.birthDate')}</Table.Th>
            <Table.Th>{t('clients.field.personalCode')}</Table.Th>
            <Table.Th>{t('clients.search.latestCase')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {search.data?.items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Anchor component={Link} to={`/clients/${c.id}`}>
                  {c.lastName} {c.firstName}
                </Anchor>
              </Table.Td>
              <Table.Td>{c.birthDate ?? '—'}</Table.Td>
              <Table.Td>{c.personalCodeMasked ?? '—'}</Table.Td>
              <Table.Td>
                {c.latestCase ? (
                  <Anchor component={Link} to={`/cases/${c.latestCase.id}`}>
                    {c.latestCase.caseNumber} · {t(`cases.group.${c.latestCase.targetGroup}`)} · {t(`cases.phase.${c.latestCase.phase}`)}
                  </Anchor>
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {search.data && search.data.total === 0 && !search.data.tooShort && <Text>{t('common.nothingFound')}</Text>}
      <Pager total={search.data?.total ?? 0} pageSize={PAGE} page={page} onChange={setPage} />
    </Stack>
  );
}
