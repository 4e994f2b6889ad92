import { Anchor, Badge, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CASE_SORTS, type CaseSummary } from '../../../../electron/contract/methods/cases';
import { PHASES } from '../../../../electron/core/case-phases';
import { TARGET_GROUPS } from '../../../../electron/core/entry-points';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Pager } from '../../components/Pager';
import { hasRole, useCurrentUser } from '../../session/useCurrentUser';
import { useCaseManagers } from './useCaseManagers';

const PAGE = 50;
type Filters = { phase: CaseSummary['phase'] | null; targetGroup: CaseSummary['targetGroup'] | null; caseManagerId: string | null; sort: (typeof CASE_SORTS)[number] };

/** The cases the signed-in person may see: their own, or all for supervisors and administrators. Paged. */
export function CasesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const managers = useCaseManagers(user);
  const seesAll = hasRole(user, 'supervisor') || hasRole(user, 'admin');
  const [filters, setFilters] = useState<Filters>({ phase: null, targetGroup: null, caseManagerId: null, sort: 'intakeDateDesc' });
  const [page, setPage] = useState(1);
  const set = (f: Partial<Filters>) => {
    setFilters((old) => ({ ...old, ...f }));
    setPage(1);
  };
  const list = useQuery({
    queryKey: ['cases.list', filters, page],
    queryFn: () =>
      call('cases.list', {
        phase: filters.phase ?? undefined,
        targetGroup: filters.targetGroup ?? undefined,
        caseManagerId: filters.caseManagerId ? Number(filters.caseManagerId) : undefined,
        sort: filters.sort,
        limit: PAGE,
        offset: (page - 1) * PAGE,
      }),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <Title order={1}>{t('cases.title')}</Title>
      <Group align="flex-end">
        <Select
          label={t('cases.field.phase')}
          placeholder={t('cases.list.any')}
          clearable
          data={PHASES.map((p) => ({ value: p, label: t(`cases.phase.${p}`) }))}
          value={filters.phase}
          onChange={(v) => set({ phase: v as Filters['phase'] })}
        />
        <Select
          label={t('cases.field.targetGroup')}
          placeholder={t('cases.list.any')}
          clearable
          data={TARGET_GROUPS.map((g) => ({ value: g, label: t(`cases.group.${g}`) }))}
          value={filters.targetGroup}
          onChange={(v) => set({ targetGroup: v as Filters['targetGroup'] })}
        />
        {seesAll && managers.length > 0 && (
          <Select
            label={t('cases.field.caseManager')}
            placeholder={t('cases.list.any')}
            clearable
            data={managers.map((m) => ({ value: String(m.id), label: m.name }))}
            value={filters.caseManagerId}
            onChange={(v) => set({ caseManagerId: v })}
          />
        )}
        <Select
          label={t('cases.list.sort')}
          allowDeselect={false}
          data={CASE_SORTS.map((s) => ({ value: s, label: t(`cases.list.sorts.${s}`) }))}
          value={filters.sort}
          onChange={(v) => v && set({ sort: v as Filters['sort'] })}
        />
      </Group>
      <ErrorAlert error={list.error} />
      <Text role="status">{list.data ? t('cases.list.count', { count: list.data.total }) : ''}</Text>
      <Table striped highlightOnHover aria-label={t('cases.list.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cases.field.caseNumber')}</Table.Th>
            <Table.Th>{t('cases.field.client')}</Table.Th>
            <Table.Th>{t('cases.field.targetGroup')}</Table.Th>
            <Table.Th>{t('cases.field.phase')}</Table.Th>
            <Table.Th>{t('cases.field.intakeDate')}</Table.Th>
            <Table.Th>{t('cases.field.caseManager')}</Table.Th>
            <Table.Th>{t('cases.field.intensity')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data?.items.map((c) => (
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
              <Table.Td>{c.clientName}</Table.Td>
              <Table.Td>{t(`cases.group.${c.targetGroup}`)}</Table.Td>
              <Table.Td>{t(`cases.phase.${c.phase}`)}</Table.Td>
              <Table.Td>{c.intakeDate}</Table.Td>
              <Table.Td>{c.caseManagerName ?? t('cases.file.notAssigned')}</Table.Td>
              <Table.Td>{t(`cases.intensity.${c.intensity}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.data && list.data.total === 0 && <Text>{t('common.nothingFound')}</Text>}
      <Pager total={list.data?.total ?? 0} pageSize={PAGE} page={page} onChange={setPage} />
    </Stack>
  );
}
