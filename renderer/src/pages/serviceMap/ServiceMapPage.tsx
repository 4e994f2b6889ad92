import { Anchor, Badge, Button, Checkbox, Group, Pagination, Select, SimpleGrid, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTORS, SERVICE_TARGET_GROUPS } from '../../../../electron/core/service-map';
import { MUNICIPALITIES } from '../../../../electron/core/municipalities';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { hasRole, useCurrentUser } from '../../session/useCurrentUser';
import { ExchangePanel } from './ExchangePanel';
import { ProviderDialog } from './ProviderDialog';
import { mapKeys, municipalityName, StaleBadge } from './shared';

const PAGE = 25;

type Filters = { q: string; sector: string | null; municipality: string | null; targetGroup: string | null; includeArchived: boolean };

function FilterFields({ value, onChange, withGroup }: { value: Filters; onChange: (f: Filters) => void; withGroup: boolean }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: withGroup ? 4 : 3 }}>
      <TextInput label={t('serviceMap.searchLabel')} description={t('serviceMap.searchHint')} value={value.q} onChange={(e) => onChange({ ...value, q: e.currentTarget.value })} type="search" />
      <Select
        label={t('serviceMap.sector')}
        clearable
        placeholder={t('serviceMap.any')}
        data={SECTORS.map((s) => ({ value: s, label: t(`serviceMap.sectors.${s}`) }))}
        value={value.sector}
        onChange={(v) => onChange({ ...value, sector: v })}
      />
      {withGroup && (
        <Select
          label={t('serviceMap.targetGroup')}
          clearable
          placeholder={t('serviceMap.any')}
          data={SERVICE_TARGET_GROUPS.map((g) => ({ value: g, label: t(`serviceMap.groups.${g}`) }))}
          value={value.targetGroup}
          onChange={(v) => onChange({ ...value, targetGroup: v })}
        />
      )}
      <Select
        label={t('serviceMap.municipality')}
        clearable
        searchable
        placeholder={t('serviceMap.any')}
        data={MUNICIPALITIES.map((m) => ({ value: m.iso, label: m.nameLt }))}
        value={value.municipality}
        onChange={(v) => onChange({ ...value, municipality: v })}
      />
    </SimpleGrid>
  );
}

function FindService({ onOpen }: { onOpen: (providerId: number) => void }) {
  const { t } = useTranslation();
  const [f, setF] = useState<Filters>({ q: '', sector: null, municipality: null, targetGroup: null, includeArchived: false });
  const [page, setPage] = useState(1);
  const input = { q: f.q, sector: f.sector as never, municipality: f.municipality, targetGroup: f.targetGroup as never, includeArchived: f.includeArchived, limit: PAGE, offset: (page - 1) * PAGE };
  const found = useQuery({ queryKey: mapKeys.search(input), queryFn: () => call('serviceMap.search', input), placeholderData: keepPreviousData });
  const change = (next: Filters) => {
    setF(next);
    setPage(1);
  };
  return (
    <Stack>
      <form role="search" aria-label={t('serviceMap.findTitle')} onSubmit={(e) => e.preventDefault()}>
        <Stack gap="xs">
          <FilterFields value={f} onChange={change} withGroup />
          <Checkbox label={t('serviceMap.includeArchived')} checked={f.includeArchived} onChange={(e) => change({ ...f, includeArchived: e.currentTarget.checked })} />
        </Stack>
      </form>
      <ErrorAlert error={found.error} />
      {found.data && (
        <>
          <Text aria-live="polite">{t('serviceMap.servicesFound', { count: found.data.total })}</Text>
          {found.data.total > 0 && (
            <Table striped aria-label={t('serviceMap.resultsLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('serviceMap.service')}</Table.Th>
                  <Table.Th>{t('serviceMap.provider')}</Table.Th>
                  <Table.Th>{t('serviceMap.sector')}</Table.Th>
                  <Table.Th>{t('serviceMap.municipality')}</Table.Th>
                  <Table.Th>{t('serviceMap.targetGroups')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {found.data.rows.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      <Text fw={600}>{s.name}</Text>
                      {s.description && (
                        <Text size="sm" lineClamp={2}>
                          {s.description}
                        </Text>
                      )}
                      {!s.active && <Badge variant="outline" c="dark">{t('serviceMap.archived')}</Badge>}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        <Anchor component="button" type="button" onClick={() => onOpen(s.provider.id)}>
                          {s.provider.name}
                        </Anchor>
                        <StaleBadge provider={{ stale: s.provider.stale, lastCheckedOn: null }} />
                        {!s.provider.active && <Badge variant="outline" c="dark">{t('serviceMap.archived')}</Badge>}
                      </Group>
                    </Table.Td>
                    <Table.Td>{t(`serviceMap.sectors.${s.provider.sector}`)}</Table.Td>
                    <Table.Td>{municipalityName(s.provider.municipality)}</Table.Td>
                    <Table.Td>{s.targetGroups.length ? s.targetGroups.map((g) => t(`serviceMap.groups.${g}`)).join(', ') : t('serviceMap.allGroups')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {found.data.total > PAGE && (
            <Pagination
              total={Math.ceil(found.data.total / PAGE)}
              value={page}
              onChange={setPage}
              getControlProps={(c) => ({ 'aria-label': t(`common.page.${c}`) })}
              getItemProps={(p) => ({ 'aria-label': t('common.page.number', { page: p }) })}
            />
          )}
        </>
      )}
    </Stack>
  );
}

function ProviderList({ onOpen, isAdmin, onAdd }: { onOpen: (id: number) => void; isAdmin: boolean; onAdd: () => void }) {
  const { t } = useTranslation();
  const [f, setF] = useState<Filters>({ q: '', sector: null, municipality: null, targetGroup: null, includeArchived: false });
  const [staleOnly, setStaleOnly] = useState(false);
  const [page, setPage] = useState(1);
  const input = { q: f.q, sector: f.sector as never, municipality: f.municipality, includeArchived: f.includeArchived, staleOnly, limit: PAGE, offset: (page - 1) * PAGE };
  const list = useQuery({ queryKey: mapKeys.providers(input), queryFn: () => call('serviceMap.listProviders', input), placeholderData: keepPreviousData });
  const change = (next: Filters) => {
    setF(next);
    setPage(1);
  };
  return (
    <Stack>
      {isAdmin && (
        <Group>
          <Button onClick={onAdd}>{t('serviceMap.addProvider')}</Button>
        </Group>
      )}
      <form role="search" aria-label={t('serviceMap.providersTitle')} onSubmit={(e) => e.preventDefault()}>
        <Stack gap="xs">
          <FilterFields value={f} onChange={change} withGroup={false} />
          <Group>
            <Checkbox label={t('serviceMap.staleOnly')} checked={staleOnly} onChange={(e) => (setStaleOnly(e.currentTarget.checked), setPage(1))} />
            <Checkbox label={t('serviceMap.includeArchived')} checked={f.includeArchived} onChange={(e) => change({ ...f, includeArchived: e.currentTarget.checked })} />
          </Group>
        </Stack>
      </form>
      <ErrorAlert error={list.error} />
      {list.data && (
        <>
          <Text aria-live="polite">{t('serviceMap.providersFound', { count: list.data.total })}</Text>
          {list.data.total > 0 && (
            <Table striped aria-label={t('serviceMap.providersTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('serviceMap.provider')}</Table.Th>
                  <Table.Th>{t('serviceMap.sector')}</Table.Th>
                  <Table.Th>{t('serviceMap.municipality')}</Table.Th>
                  <Table.Th>{t('serviceMap.servicesCount')}</Table.Th>
                  <Table.Th>{t('serviceMap.lastCheckedOn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.rows.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Group gap="xs">
                        <Anchor component="button" type="button" onClick={() => onOpen(p.id)}>
                          {p.name}
                        </Anchor>
                        {!p.active && <Badge variant="outline" c="dark">{t('serviceMap.archived')}</Badge>}
                      </Group>
                    </Table.Td>
                    <Table.Td>{t(`serviceMap.sectors.${p.sector}`)}</Table.Td>
                    <Table.Td>{municipalityName(p.municipality)}</Table.Td>
                    <Table.Td>{p.serviceCount}</Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        <span>{p.lastCheckedOn ?? t('serviceMap.never')}</span>
                        <StaleBadge provider={p} />
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {list.data.total > PAGE && (
            <Pagination
              total={Math.ceil(list.data.total / PAGE)}
              value={page}
              onChange={setPage}
              getControlProps={(c) => ({ 'aria-label': t(`common.page.${c}`) })}
              getItemProps={(p) => ({ 'aria-label': t('common.page.number', { page: p }) })}
            />
          )}
        </>
      )}
    </Stack>
  );
}

/** R16: the service map — find a service by need, browse providers, keep the map (administrators), share it. */
export function ServiceMapPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const isAdmin = hasRole(user, 'admin');
  const [open, setOpen] = useState<number | 'new' | null>(null);
  const [tab, setTab] = useState<string | null>('find');
  return (
    <Stack>
      <Title order={1}>{t('serviceMap.title')}</Title>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="find">{t('serviceMap.findTitle')}</Tabs.Tab>
          <Tabs.Tab value="providers">{t('serviceMap.providersTitle')}</Tabs.Tab>
          <Tabs.Tab value="exchange">{t('serviceMap.exchangeTitle')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="find" pt="md">
          <FindService onOpen={setOpen} />
        </Tabs.Panel>
        <Tabs.Panel value="providers" pt="md">
          <ProviderList onOpen={setOpen} isAdmin={isAdmin} onAdd={() => setOpen('new')} />
        </Tabs.Panel>
        <Tabs.Panel value="exchange" pt="md">
          <ExchangePanel isAdmin={isAdmin} />
        </Tabs.Panel>
      </Tabs>
      {open !== null && <ProviderDialog providerId={open === 'new' ? null : open} canEdit={isAdmin} onClose={() => setOpen(null)} onCreated={(id) => setOpen(id)} />}
    </Stack>
  );
}
