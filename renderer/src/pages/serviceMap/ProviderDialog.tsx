import { ActionIcon, Badge, Button, Checkbox, Divider, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Switch, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactPerson, MapProviderDetail, MapService, SaveProviderInput, SaveServiceInput } from '../../../../electron/contract/methods/service-map';
import { MUNICIPALITIES } from '../../../../electron/core/municipalities';
import { CATALOGUE_TYPES, NEED_DOMAINS, SECTORS, SERVICE_TARGET_GROUPS, type Sector } from '../../../../electron/core/service-map';
import { call } from '../../api/client';
import { AppModal } from '../../components/AppModal';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { issueFor, mapKeys, municipalityName, StaleBadge } from './shared';
import { FormActions } from '../../components/FormActions';

type Props = { providerId: number | null; canEdit: boolean; onClose: () => void; onCreated: (id: number) => void };
type Mode = { kind: 'view' } | { kind: 'editProvider' } | { kind: 'editService'; service: MapService | null };

/** A provider with its services; administrators edit them here. */
export function ProviderDialog({ providerId, canEdit, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [mode, setMode] = useState<Mode>(providerId === null ? { kind: 'editProvider' } : { kind: 'view' });
  const detail = useQuery({
    queryKey: mapKeys.provider(providerId ?? 0),
    queryFn: () => call('serviceMap.getProvider', { id: providerId! }),
    enabled: providerId !== null,
  });
  const saved = async (p: MapProviderDetail) => {
    qc.setQueryData(mapKeys.provider(p.id), p);
    await qc.invalidateQueries({ queryKey: mapKeys.all });
    if (providerId === null) onCreated(p.id);
    setMode({ kind: 'view' });
  };
  const checked = useMutation({ mutationFn: (id: number) => call('serviceMap.markChecked', { id }), onSuccess: saved });
  const p = detail.data;
  const title = providerId === null ? t('serviceMap.addProvider') : (p?.name ?? t('serviceMap.provider'));
  return (
    <AppModal opened onClose={onClose} title={title} size="xl">
      <ErrorAlert error={detail.error} />
      {mode.kind === 'editProvider' && (providerId === null || p) && (
        <ProviderForm initial={p ?? null} onSaved={saved} onCancel={() => (providerId === null ? onClose() : setMode({ kind: 'view' }))} />
      )}
      {mode.kind === 'editService' && p && <ServiceForm provider={p} initial={mode.service} onSaved={saved} onCancel={() => setMode({ kind: 'view' })} />}
      {mode.kind === 'view' && p && (
        <Stack>
          <Group gap="xs">
            <Badge variant="light" c="dark">
              {t(`serviceMap.sectors.${p.sector}`)}
            </Badge>
            <Text>{municipalityName(p.municipality)}</Text>
            {!p.active && <Badge variant="outline" c="dark">{t('serviceMap.archived')}</Badge>}
            <StaleBadge provider={p} />
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <Field label={t('serviceMap.address')} value={p.address} />
            <Field label={t('serviceMap.phones')} value={p.phones.join(', ')} />
            <Field label={t('serviceMap.email')} value={p.email} />
            <Field label={t('serviceMap.website')} value={p.website} />
            <Field label={t('serviceMap.lastCheckedOn')} value={p.lastCheckedOn ?? t('serviceMap.never')} />
          </SimpleGrid>
          {p.contactPersons.length > 0 && (
            <Stack gap={2}>
              <Text fw={600}>{t('serviceMap.contactPersons')}</Text>
              {p.contactPersons.map((c, i) => (
                <Text key={i}>{[c.name, c.role, c.phone, c.email].filter(Boolean).join(', ')}</Text>
              ))}
            </Stack>
          )}
          {p.notes && <Field label={t('serviceMap.notes')} value={p.notes} />}
          {canEdit && (
            <Group>
              <Button variant="default" onClick={() => setMode({ kind: 'editProvider' })}>
                {t('serviceMap.editProvider')}
              </Button>
              <Button variant="default" loading={checked.isPending} onClick={() => checked.mutate(p.id)}>
                {t('serviceMap.markChecked')}
              </Button>
              <Button onClick={() => setMode({ kind: 'editService', service: null })}>{t('serviceMap.addService')}</Button>
            </Group>
          )}
          <ErrorAlert error={checked.error} />
          <Divider />
          <Title order={3}>{t('serviceMap.servicesTitle')}</Title>
          {p.services.length === 0 && <Text>{t('serviceMap.noServices')}</Text>}
          {p.services.map((s) => (
            <Paper key={s.id} withBorder p="sm">
              <Group justify="space-between" align="flex-start">
                <Stack gap={4} style={{ flex: 1 }}>
                  <Group gap="xs">
                    <Text fw={600}>{s.name}</Text>
                    {s.catalogueType && (
                      <Badge variant="light" c="dark">
                        {t(`serviceMap.catalogue.${s.catalogueType}`)}
                      </Badge>
                    )}
                    {!s.active && <Badge variant="outline" c="dark">{t('serviceMap.archived')}</Badge>}
                  </Group>
                  {s.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{s.description}</Text>}
                  <Text size="sm">
                    {t('serviceMap.targetGroups')}: {s.targetGroups.length ? s.targetGroups.map((g) => t(`serviceMap.groups.${g}`)).join(', ') : t('serviceMap.allGroups')}
                  </Text>
                  {s.domains.length > 0 && (
                    <Text size="sm">
                      {t('serviceMap.domains')}: {s.domains.map((d) => t(`serviceMap.domainNames.${d}`)).join(', ')}
                    </Text>
                  )}
                  {[
                    ['eligibility', s.eligibility],
                    ['capacity', s.capacity],
                    ['waitingTime', s.waitingTime],
                    ['cost', s.cost],
                    ['languages', s.languages],
                  ]
                    .filter(([, v]) => v)
                    .map(([k, v]) => (
                      <Text size="sm" key={k}>
                        {t(`serviceMap.${k}`)}: {v}
                      </Text>
                    ))}
                </Stack>
                {canEdit && (
                  <Button size="xs" variant="default" onClick={() => setMode({ kind: 'editService', service: s })} aria-label={t('serviceMap.editServiceNamed', { name: s.name })}>
                    {t('common.edit')}
                  </Button>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </AppModal>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="div">
        {label}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{value || '—'}</Text>
    </div>
  );
}

function ProviderForm({ initial, onSaved, onCancel }: { initial: MapProviderDetail | null; onSaved: (p: MapProviderDetail) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const [v, setV] = useState({
    name: initial?.name ?? '',
    sector: (initial?.sector ?? 'social') as Sector,
    municipality: initial?.municipality ?? '',
    address: initial?.address ?? '',
    phones: initial?.phones.join(', ') ?? '',
    email: initial?.email ?? '',
    website: initial?.website ?? '',
    notes: initial?.notes ?? '',
    active: initial?.active ?? true,
    lastCheckedOn: initial?.lastCheckedOn ?? null,
  });
  const [contacts, setContacts] = useState<ContactPerson[]>(initial?.contactPersons ?? []);
  const save = useMutation({
    mutationFn: () => {
      const input: SaveProviderInput = {
        ...(initial ? { id: initial.id } : {}),
        ...v,
        phones: v.phones
          .split(/[,;]/)
          .map((s) => s.trim())
          .filter(Boolean),
        contactPersons: contacts,
      };
      return call('serviceMap.saveProvider', input);
    },
    onSuccess: onSaved,
  });
  const err = (path: string) => {
    const key = issueFor(save.error, path);
    return key ? t(key) : undefined;
  };
  return (
    <form
      noValidate
      aria-label={initial ? t('serviceMap.editProvider') : t('serviceMap.addProvider')}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Stack>
        <TextInput label={t('serviceMap.providerName')} required value={v.name} onChange={(e) => setV({ ...v, name: e.currentTarget.value })} error={err('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('serviceMap.sector')}
            required
            allowDeselect={false}
            data={SECTORS.map((s) => ({ value: s, label: t(`serviceMap.sectors.${s}`) }))}
            value={v.sector}
            onChange={(s) => s && setV({ ...v, sector: s as Sector })}
            error={err('sector')}
          />
          <Select
            label={t('serviceMap.municipality')}
            required
            searchable
            data={MUNICIPALITIES.map((m) => ({ value: m.iso, label: m.nameLt }))}
            value={v.municipality || null}
            onChange={(m) => setV({ ...v, municipality: m ?? '' })}
            error={err('municipality')}
          />
          <TextInput label={t('serviceMap.address')} value={v.address} onChange={(e) => setV({ ...v, address: e.currentTarget.value })} error={err('address')} />
          <TextInput label={t('serviceMap.phones')} description={t('serviceMap.phonesHint')} value={v.phones} onChange={(e) => setV({ ...v, phones: e.currentTarget.value })} error={err('phones')} />
          <TextInput label={t('serviceMap.email')} type="email" value={v.email} onChange={(e) => setV({ ...v, email: e.currentTarget.value })} error={err('email')} />
          <TextInput label={t('serviceMap.website')} value={v.website} onChange={(e) => setV({ ...v, website: e.currentTarget.value })} error={err('website')} />
          <DateField label={t('serviceMap.lastCheckedOn')} nullable value={v.lastCheckedOn} onChange={(d) => setV({ ...v, lastCheckedOn: d })} error={err('lastCheckedOn')} />
        </SimpleGrid>
        <Stack gap="xs">
          <Text fw={600}>{t('serviceMap.contactPersons')}</Text>
          {contacts.map((c, i) => (
            <Group key={i} align="flex-end" wrap="nowrap">
              {(['name', 'role', 'phone', 'email'] as const).map((k) => (
                <TextInput
                  key={k}
                  label={t(`serviceMap.contact.${k}`)}
                  required={k === 'name'}
                  style={{ flex: 1 }}
                  value={c[k]}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setContacts(contacts.map((x, j) => (j === i ? { ...x, [k]: value } : x)));
                  }}
                  error={err(`contactPersons.${i}.${k}`)}
                />
              ))}
              <ActionIcon variant="default" size="lg" mb={2} aria-label={t('serviceMap.contact.remove', { n: i + 1 })} onClick={() => setContacts(contacts.filter((_, j) => j !== i))}>
                ×
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button size="xs" variant="default" onClick={() => setContacts([...contacts, { name: '', role: '', phone: '', email: '' }])} disabled={contacts.length >= 10}>
              {t('serviceMap.contact.add')}
            </Button>
          </Group>
        </Stack>
        <Textarea label={t('serviceMap.notes')} autosize minRows={2} value={v.notes} onChange={(e) => setV({ ...v, notes: e.currentTarget.value })} error={err('notes')} />
        <Switch label={t('serviceMap.active')} checked={v.active} onChange={(e) => setV({ ...v, active: e.currentTarget.checked })} />
        <FormActions error={save.error} onCancel={onCancel} saving={save.isPending} />
      </Stack>
    </form>
  );
}

function ServiceForm({ provider, initial, onSaved, onCancel }: { provider: MapProviderDetail; initial: MapService | null; onSaved: (p: MapProviderDetail) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const [v, setV] = useState({
    name: initial?.name ?? '',
    description: initial?.description ?? '',
    targetGroups: initial?.targetGroups ?? [],
    domains: initial?.domains ?? [],
    eligibility: initial?.eligibility ?? '',
    capacity: initial?.capacity ?? '',
    waitingTime: initial?.waitingTime ?? '',
    cost: initial?.cost ?? '',
    languages: initial?.languages ?? '',
    catalogueType: initial?.catalogueType ?? null,
    active: initial?.active ?? true,
  });
  const save = useMutation({
    mutationFn: () => {
      const input: SaveServiceInput = { ...(initial ? { id: initial.id } : {}), providerId: provider.id, ...v };
      return call('serviceMap.saveService', input);
    },
    onSuccess: onSaved,
  });
  const err = (path: string) => {
    const key = issueFor(save.error, path);
    return key ? t(key) : undefined;
  };
  const text = (k: 'eligibility' | 'capacity' | 'waitingTime' | 'cost' | 'languages') => (
    <TextInput label={t(`serviceMap.${k}`)} value={v[k]} onChange={(e) => setV({ ...v, [k]: e.currentTarget.value })} error={err(k)} />
  );
  return (
    <form
      noValidate
      aria-label={initial ? t('serviceMap.editService') : t('serviceMap.addService')}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Stack>
        <Title order={3}>{initial ? t('serviceMap.editService') : t('serviceMap.addService')}</Title>
        <TextInput label={t('serviceMap.serviceName')} required value={v.name} onChange={(e) => setV({ ...v, name: e.currentTarget.value })} error={err('name')} />
        <Textarea label={t('serviceMap.description')} autosize minRows={2} value={v.description} onChange={(e) => setV({ ...v, description: e.currentTarget.value })} error={err('description')} />
        <Checkbox.Group label={t('serviceMap.targetGroups')} description={t('serviceMap.targetGroupsHint')} value={v.targetGroups} onChange={(g) => setV({ ...v, targetGroups: g as typeof v.targetGroups })}>
          <Group mt="xs">
            {SERVICE_TARGET_GROUPS.map((g) => (
              <Checkbox key={g} value={g} label={t(`serviceMap.groups.${g}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <MultiSelect
          label={t('serviceMap.domains')}
          description={t('serviceMap.domainsHint')}
          data={NEED_DOMAINS.map((d) => ({ value: d, label: t(`serviceMap.domainNames.${d}`) }))}
          value={v.domains}
          onChange={(d) => setV({ ...v, domains: d as typeof v.domains })}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('eligibility')}
          {text('capacity')}
          {text('waitingTime')}
          {text('cost')}
          {text('languages')}
          {provider.sector === 'social' && (
            <Select
              label={t('serviceMap.catalogueType')}
              clearable
              data={CATALOGUE_TYPES.map((c) => ({ value: c, label: t(`serviceMap.catalogue.${c}`) }))}
              value={v.catalogueType}
              onChange={(c) => setV({ ...v, catalogueType: c as typeof v.catalogueType })}
              error={err('catalogueType')}
            />
          )}
        </SimpleGrid>
        <Switch label={t('serviceMap.active')} checked={v.active} onChange={(e) => setV({ ...v, active: e.currentTarget.checked })} />
        <FormActions error={save.error} onCancel={onCancel} saving={save.isPending} />
      </Stack>
    </form>
  );
}
