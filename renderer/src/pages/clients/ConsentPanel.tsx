import { Badge, Button, Group, Paper, Radio, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../../electron/contract/methods/consents';
import { SECTORS, type Sector } from '../../../../electron/core/service-map';
import { call } from '../../api/client';
import { AppModal } from '../../components/AppModal';
import { DateField, todayYmd } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { hasRole, useCurrentUser } from '../../session/useCurrentUser';
import { issueFor, ProviderPicker } from '../serviceMap/shared';
import { FormActions } from '../../components/FormActions';

export const consentKeys = { list: (clientId: number) => ['consents.list', clientId] as const };

/** R9: the client's consents to share data (with a provider or a sector) and supervisors' exceptions. */
export function ConsentPanel({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const canRecord = hasRole(user, 'case_manager') || hasRole(user, 'supervisor');
  const isSupervisor = hasRole(user, 'supervisor');
  const list = useQuery({ queryKey: consentKeys.list(clientId), queryFn: () => call('consents.list', { clientId }) });
  const [dialog, setDialog] = useState<'consent' | 'exception' | { withdraw: Consent } | null>(null);
  const data = list.data;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('consents.title')}</Title>
        <Group>
          {canRecord && <Button onClick={() => setDialog('consent')}>{t('consents.record')}</Button>}
          {isSupervisor && (
            <Button variant="default" onClick={() => setDialog('exception')}>
              {t('consents.recordException')}
            </Button>
          )}
        </Group>
      </Group>
      <Text size="sm">{t('consents.explain')}</Text>
      <ErrorAlert error={list.error} />
      {data && data.consents.length === 0 && <Text>{t('consents.none')}</Text>}
      {data && data.consents.length > 0 && (
        <Table striped aria-label={t('consents.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('consents.withWhom')}</Table.Th>
              <Table.Th>{t('consents.what')}</Table.Th>
              <Table.Th>{t('consents.givenOn')}</Table.Th>
              <Table.Th>{t('consents.validUntil')}</Table.Th>
              <Table.Th>{t('consents.state')}</Table.Th>
              {canRecord && <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.consents.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{c.scope === 'provider' ? c.providerName : t('consents.sectorScope', { sector: t(`serviceMap.sectors.${c.sector}`) })}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{c.what}</Table.Td>
                <Table.Td>
                  {c.givenOn}
                  <Text size="xs">{c.recordedByName}</Text>
                </Table.Td>
                <Table.Td>{c.validUntil ?? t('consents.noEnd')}</Table.Td>
                <Table.Td>
                  {c.withdrawnOn ? (
                    <Badge color="gray" variant="light" c="dark">
                      {t('consents.withdrawnOn', { date: c.withdrawnOn })}
                    </Badge>
                  ) : c.validToday ? (
                    <Badge color="green" variant="light" c="dark">
                      {t('consents.valid')}
                    </Badge>
                  ) : (
                    <Badge color="orange" variant="light" c="dark">
                      {t('consents.notValid')}
                    </Badge>
                  )}
                </Table.Td>
                {canRecord && (
                  <Table.Td>
                    {!c.withdrawnOn && (
                      <Button size="xs" variant="default" onClick={() => setDialog({ withdraw: c })} aria-label={t('consents.withdrawNamed', { name: c.providerName ?? t(`serviceMap.sectors.${c.sector}`) })}>
                        {t('consents.withdraw')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {data && data.exceptions.length > 0 && (
        <Stack gap="xs">
          <Title order={3}>{t('consents.exceptionsTitle')}</Title>
          {data.exceptions.map((e) => (
            <Paper key={e.id} withBorder p="sm">
              <Text fw={600}>
                {e.providerName}: {e.validFrom} – {e.validUntil}
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{e.reason}</Text>
              <Text size="xs">{t('consents.grantedBy', { name: e.grantedByName })}</Text>
            </Paper>
          ))}
        </Stack>
      )}
      {dialog === 'consent' && <RecordConsent clientId={clientId} onClose={() => setDialog(null)} />}
      {dialog === 'exception' && <RecordException clientId={clientId} onClose={() => setDialog(null)} />}
      {dialog && typeof dialog === 'object' && <WithdrawConsent clientId={clientId} consent={dialog.withdraw} onClose={() => setDialog(null)} />}
    </Stack>
  );
}

function useDone(clientId: number, onClose: () => void) {
  const qc = useQueryClient();
  return async () => {
    await qc.invalidateQueries({ queryKey: consentKeys.list(clientId) });
    await qc.invalidateQueries({ queryKey: ['referrals.prefill'] });
    onClose();
  };
}

function RecordConsent({ clientId, onClose }: { clientId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const done = useDone(clientId, onClose);
  const [v, setV] = useState({ scope: 'provider' as 'provider' | 'sector', providerId: null as number | null, sector: null as Sector | null, what: '', givenOn: todayYmd(), validUntil: null as string | null, notes: '' });
  const save = useMutation({ mutationFn: () => call('consents.record', { clientId, ...v }), onSuccess: done });
  const err = (p: string) => {
    const k = issueFor(save.error, p);
    return k ? t(k) : undefined;
  };
  return (
    <AppModal opened onClose={onClose} title={t('consents.record')} size="lg">
      <form
        noValidate
        aria-label={t('consents.record')}
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <Radio.Group label={t('consents.withWhom')} required value={v.scope} onChange={(s) => setV({ ...v, scope: s as 'provider' | 'sector' })}>
            <Group mt="xs">
              <Radio value="provider" label={t('consents.scopes.provider')} />
              <Radio value="sector" label={t('consents.scopes.sector')} />
            </Group>
          </Radio.Group>
          {v.scope === 'provider' ? (
            <ProviderPicker label={t('consents.provider')} required value={v.providerId} onChange={(id) => setV({ ...v, providerId: id })} error={err('providerId')} />
          ) : (
            <Select
              label={t('consents.sector')}
              required
              data={SECTORS.map((s) => ({ value: s, label: t(`serviceMap.sectors.${s}`) }))}
              value={v.sector}
              onChange={(s) => setV({ ...v, sector: s as Sector | null })}
              error={err('sector')}
            />
          )}
          <Textarea label={t('consents.what')} description={t('consents.whatHint')} required autosize minRows={2} value={v.what} onChange={(e) => setV({ ...v, what: e.currentTarget.value })} error={err('what')} />
          <SimpleGrid cols={2}>
            <DateField label={t('consents.givenOn')} required value={v.givenOn} onChange={(d) => setV({ ...v, givenOn: d ?? '' })} error={err('givenOn')} />
            <DateField label={t('consents.validUntil')} nullable value={v.validUntil} onChange={(d) => setV({ ...v, validUntil: d })} error={err('validUntil')} />
          </SimpleGrid>
          <TextInput label={t('consents.notes')} value={v.notes} onChange={(e) => setV({ ...v, notes: e.currentTarget.value })} />
          <FormActions error={save.error} onCancel={onClose} saving={save.isPending} />
        </Stack>
      </form>
    </AppModal>
  );
}

function WithdrawConsent({ clientId, consent, onClose }: { clientId: number; consent: Consent; onClose: () => void }) {
  const { t } = useTranslation();
  const done = useDone(clientId, onClose);
  const [on, setOn] = useState(todayYmd());
  const save = useMutation({ mutationFn: () => call('consents.withdraw', { id: consent.id, withdrawnOn: on }), onSuccess: done });
  const k = issueFor(save.error, 'withdrawnOn');
  return (
    <AppModal opened onClose={onClose} title={t('consents.withdraw')}>
      <form
        noValidate
        aria-label={t('consents.withdraw')}
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <Text>{consent.scope === 'provider' ? consent.providerName : t(`serviceMap.sectors.${consent.sector}`)}</Text>
          <DateField label={t('consents.withdrawnOnLabel')} required value={on} onChange={(d) => setOn(d ?? '')} error={k ? t(k) : undefined} />
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={save.isPending}>
              {t('consents.withdraw')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

function RecordException({ clientId, onClose }: { clientId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const done = useDone(clientId, onClose);
  const [v, setV] = useState({ providerId: null as number | null, reason: '', validFrom: todayYmd(), validUntil: todayYmd() });
  const save = useMutation({ mutationFn: () => call('consents.recordException', { clientId, ...v, providerId: v.providerId ?? 0 }), onSuccess: done });
  const err = (p: string) => {
    const k = issueFor(save.error, p);
    return k ? t(k) : undefined;
  };
  return (
    <AppModal opened onClose={onClose} title={t('consents.recordException')} size="lg">
      <form
        noValidate
        aria-label={t('consents.recordException')}
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <Text size="sm">{t('consents.exceptionExplain')}</Text>
          <ProviderPicker label={t('consents.provider')} required value={v.providerId} onChange={(id) => setV({ ...v, providerId: id })} error={err('providerId')} />
          <Textarea label={t('consents.reason')} description={t('consents.reasonHint')} required autosize minRows={3} value={v.reason} onChange={(e) => setV({ ...v, reason: e.currentTarget.value })} error={err('reason')} />
          <SimpleGrid cols={2}>
            <DateField label={t('consents.validFrom')} required value={v.validFrom} onChange={(d) => setV({ ...v, validFrom: d ?? '' })} error={err('validFrom')} />
            <DateField label={t('consents.validUntil')} required value={v.validUntil} onChange={(d) => setV({ ...v, validUntil: d ?? '' })} error={err('validUntil')} />
          </SimpleGrid>
          <FormActions error={save.error} onCancel={onClose} saving={save.isPending} />
        </Stack>
      </form>
    </AppModal>
  );
}
