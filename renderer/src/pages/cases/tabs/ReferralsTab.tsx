import { Alert, Badge, Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CaseDetails } from '../../../../../electron/contract/methods/cases';
import type { Referral, ReferralForm, ReferralPrefill } from '../../../../../electron/contract/methods/referrals';
import { nextStatuses } from '../../../../../electron/core/referrals';
import { call } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { DateField, todayYmd } from '../../../components/DateField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PrintButton } from '../../../components/PrintButton';
import { issueFor, mapKeys, municipalityName, ProviderPicker, StaleBadge } from '../../serviceMap/shared';
import { FormActions } from '../../../components/FormActions';

type Props = { caseId: number; caseData: CaseDetails; canEdit: boolean };

const refKeys = {
  list: (caseId: number) => ['referrals.list', caseId] as const,
  suggest: (caseId: number) => ['serviceMap.suggest', caseId] as const,
};

/** ILO Table 1, section by section: the fields each section holds. */
const SECTIONS: { key: string; fields: (keyof ReferralForm)[] }[] = [
  { key: 'general', fields: ['referralDate', 'centreName', 'centreContacts'] },
  { key: 'client', fields: ['clientName', 'clientAddress', 'clientContacts', 'clientPersonalInfo', 'caregiver'] },
  { key: 'clientInfo', fields: ['languageSkills', 'vulnerabilityStatus', 'familySituation'] },
  { key: 'reasons', fields: ['reasons'] },
  { key: 'provider', fields: ['providerName', 'providerAddress', 'providerContacts', 'providerContactPerson', 'providerOther'] },
  { key: 'measures', fields: ['measures', 'monitoringProtocol'] },
  { key: 'currentSupport', fields: ['currentSupport'] },
  { key: 'consent', fields: ['consentStatement'] },
  { key: 'caseManager', fields: ['caseManagerName', 'caseManagerContacts'] },
  { key: 'notes', fields: ['notes'] },
];
const LONG: ReadonlySet<keyof ReferralForm> = new Set(['clientPersonalInfo', 'vulnerabilityStatus', 'familySituation', 'reasons', 'providerOther', 'measures', 'monitoringProtocol', 'currentSupport', 'consentStatement', 'notes']);
const REQUIRED: ReadonlySet<keyof ReferralForm> = new Set(['referralDate', 'clientName', 'reasons', 'providerName']);

type Target = { providerId: number | null; serviceId: number | null; planStepId: number | null };

/** R8: the case's referrals and their states; new referrals from a plan step, the map or a suggestion. */
export function ReferralsTab({ caseId, canEdit }: Props) {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: refKeys.list(caseId), queryFn: () => call('referrals.list', { caseId }) });
  const [creating, setCreating] = useState<Target | null>(null);
  const [status, setStatus] = useState<{ referral: Referral; to: 'accepted' | 'declined' | 'completed' } | null>(null);
  const [viewing, setViewing] = useState<Referral | null>(null);
  return (
    <Stack gap="xl">
      <Stack>
        <Group justify="space-between">
          <Title order={2}>{t('referrals.title')}</Title>
          {canEdit && <Button onClick={() => setCreating({ providerId: null, serviceId: null, planStepId: null })}>{t('referrals.new')}</Button>}
        </Group>
        <ErrorAlert error={list.error} />
        {list.data && list.data.length === 0 && <Text>{t('referrals.none')}</Text>}
        {list.data && list.data.length > 0 && (
          <Table striped aria-label={t('referrals.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('referrals.sentOn')}</Table.Th>
                <Table.Th>{t('referrals.to')}</Table.Th>
                <Table.Th>{t('referrals.planStep')}</Table.Th>
                <Table.Th>{t('referrals.status')}</Table.Th>
                <Table.Th>{t('referrals.followUpOn')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    {r.sentOn}
                    <Text size="xs">{r.sentByName}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text>{r.providerName}</Text>
                    {r.serviceName && <Text size="sm">{r.serviceName}</Text>}
                    {r.basis === 'exception' && (
                      <Badge variant="outline" c="dark">
                        {t('referrals.underException')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{r.planStepText ?? '—'}</Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Badge variant="light" c="dark" color={r.status === 'declined' ? 'red' : r.status === 'completed' ? 'green' : 'blue'}>
                        {t(`referrals.statuses.${r.status}`)}
                      </Badge>
                      <Text size="xs">{statusLine(t, r)}</Text>
                      {r.declineReason && <Text size="xs">{r.declineReason}</Text>}
                      {r.outcome && <Text size="xs">{r.outcome}</Text>}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    {r.followUpOn}
                    {r.awaitingAnswer && (
                      <Badge color="orange" variant="light" c="dark" ml={4}>
                        {t('referrals.noAnswer')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Button size="xs" variant="default" onClick={() => setViewing(r)} aria-label={t('referrals.viewFormNamed', { name: r.providerName, date: r.sentOn })}>
                        {t('referrals.viewForm')}
                      </Button>
                      {canEdit &&
                        nextStatuses(r.status).map((to) => (
                          <Button key={to} size="xs" variant={to === 'declined' ? 'default' : 'light'} onClick={() => setStatus({ referral: r, to: to as 'accepted' | 'declined' | 'completed' })} aria-label={t(`referrals.actionsNamed.${to}`, { name: r.providerName })}>
                            {t(`referrals.actions.${to}`)}
                          </Button>
                        ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {canEdit && <Suggestions caseId={caseId} onRefer={(providerId, serviceId) => setCreating({ providerId, serviceId, planStepId: null })} />}
      {creating && <NewReferral caseId={caseId} initial={creating} onClose={() => setCreating(null)} />}
      {status && <StatusDialog caseId={caseId} referral={status.referral} to={status.to} onClose={() => setStatus(null)} />}
      {viewing && <ViewForm referral={viewing} onClose={() => setViewing(null)} />}
    </Stack>
  );
}

function statusLine(t: TFunction, r: Referral): string {
  if (r.status === 'completed') return t('referrals.completedBy', { date: r.completedOn, name: r.completedByName });
  if (r.status === 'declined') return t('referrals.declinedBy', { date: r.declinedOn, name: r.declinedByName });
  if (r.status === 'accepted') return t('referrals.acceptedBy', { date: r.acceptedOn, name: r.acceptedByName });
  return '';
}

/** Item 6: services on the map for the needs of the latest assessment. */
function Suggestions({ caseId, onRefer }: { caseId: number; onRefer: (providerId: number, serviceId: number) => void }) {
  const { t } = useTranslation();
  const s = useQuery({ queryKey: refKeys.suggest(caseId), queryFn: () => call('serviceMap.suggest', { caseId }) });
  if (!s.data) return <ErrorAlert error={s.error} />;
  return (
    <Stack>
      <Title order={2}>{t('referrals.suggestionsTitle')}</Title>
      {s.data.needs.length === 0 ? (
        <Text>{t('referrals.noNeeds')}</Text>
      ) : (
        <Text size="sm">
          {t('referrals.suggestionsFor', { needs: s.data.needs.map((d) => t(`serviceMap.domainNames.${d}`)).join(', '), municipality: municipalityName(s.data.municipality) })}
        </Text>
      )}
      {s.data.needs.length > 0 && s.data.rows.length === 0 && <Text>{t('referrals.noSuggestions')}</Text>}
      {s.data.rows.map((r) => (
        <Paper key={r.id} withBorder p="sm">
          <Group justify="space-between">
            <Stack gap={2}>
              <Group gap="xs">
                <Text fw={600}>{r.name}</Text>
                <Text>— {r.provider.name}</Text>
                <StaleBadge provider={{ stale: r.provider.stale, lastCheckedOn: null }} />
              </Group>
              <Text size="sm">{r.matchedDomains.map((d) => t(`serviceMap.domainNames.${d}`)).join(', ')}</Text>
            </Stack>
            <Button size="xs" variant="light" onClick={() => onRefer(r.provider.id, r.id)} aria-label={t('referrals.referToNamed', { name: r.name })}>
              {t('referrals.referTo')}
            </Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

function composePrefill(t: TFunction, p: ReferralPrefill): ReferralForm {
  const f = p.facts;
  const personal = [
    f.birthDate ? t('referrals.prefill.born', { date: f.birthDate, age: f.age }) : '',
    f.sex ? t(`referrals.prefill.sex.${f.sex}`) : '',
    t(`serviceMap.groups.${f.targetGroup}`),
  ].filter(Boolean);
  const c = p.consent;
  const consent = !c.allowed
    ? ''
    : c.basis === 'consent'
      ? t('referrals.prefill.consent', { what: c.what, from: c.givenOn, until: c.validUntil ?? t('consents.noEnd') })
      : t('referrals.prefill.exception', { reason: c.exceptionReason, from: c.givenOn, until: c.validUntil });
  return { ...p.form, clientPersonalInfo: personal.join('; '), consentStatement: consent };
}

function NewReferral({ caseId, initial, onClose }: { caseId: number; initial: Target; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [target, setTarget] = useState<Target>(initial);
  const [form, setForm] = useState<ReferralForm | null>(null);
  const [followUpOn, setFollowUpOn] = useState<string | null>(null);
  const provider = useQuery({
    queryKey: mapKeys.provider(target.providerId ?? 0),
    queryFn: () => call('serviceMap.getProvider', { id: target.providerId! }),
    enabled: target.providerId !== null,
  });
  const plan = useQuery({ queryKey: ['plans.get', caseId, 'latest'], queryFn: () => call('plans.get', { caseId }), retry: false });
  const steps = (plan.data?.goals ?? []).flatMap((g) => g.steps.filter((s) => s.status === 'open').map((s) => ({ value: String(s.id), label: `${g.text}: ${s.text}` })));
  const prefill = useQuery({
    queryKey: ['referrals.prefill', caseId, target],
    queryFn: () => call('referrals.prefill', { caseId, providerId: target.providerId!, serviceId: target.serviceId, planStepId: target.planStepId }),
    enabled: false,
  });
  const fill = async () => {
    const r = await prefill.refetch();
    if (r.data) {
      setForm(composePrefill(t, r.data));
      setFollowUpOn(r.data.followUpOn);
    }
  };
  const send = useMutation({
    mutationFn: () => call('referrals.send', { caseId, providerId: target.providerId!, serviceId: target.serviceId, planStepId: target.planStepId, form: form!, followUpOn }),
    onSuccess: async () => {
      await Promise.all([refKeys.list(caseId), ['today.list'], ['today']].map((queryKey) => qc.invalidateQueries({ queryKey })));
      onClose();
    },
  });
  const err = (p: string) => {
    const k = issueFor(send.error, p);
    return k ? t(k) : undefined;
  };
  return (
    <AppModal opened onClose={onClose} title={t('referrals.new')} size="xl">
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <ProviderPicker
            label={t('referrals.provider')}
            required
            value={target.providerId}
            onChange={(id) => {
              setTarget({ ...target, providerId: id, serviceId: null });
              setForm(null);
            }}
          />
          <Select
            label={t('referrals.service')}
            clearable
            disabled={!provider.data}
            data={(provider.data?.services ?? []).filter((s) => s.active).map((s) => ({ value: String(s.id), label: s.name }))}
            value={target.serviceId === null ? null : String(target.serviceId)}
            onChange={(v) => {
              setTarget({ ...target, serviceId: v ? Number(v) : null });
              setForm(null);
            }}
          />
          <Select
            label={t('referrals.planStep')}
            clearable
            data={steps}
            value={target.planStepId === null ? null : String(target.planStepId)}
            onChange={(v) => {
              setTarget({ ...target, planStepId: v ? Number(v) : null });
              setForm(null);
            }}
          />
        </SimpleGrid>
        {!form && (
          <Group>
            <Button onClick={() => void fill()} disabled={target.providerId === null} loading={prefill.isFetching}>
              {t('referrals.fillForm')}
            </Button>
          </Group>
        )}
        <ErrorAlert error={prefill.error} />
        {form && prefill.data && !prefill.data.consent.allowed && (
          <Alert color="orange" title={t('referrals.noConsentTitle')}>
            {t('referrals.noConsentHint')}
          </Alert>
        )}
        {form && (
          <form
            noValidate
            aria-label={t('referrals.formTitle')}
            onSubmit={(e) => {
              e.preventDefault();
              send.mutate();
            }}
          >
            <Stack>
              {SECTIONS.map((s) => (
                <Paper key={s.key} withBorder p="sm" component="fieldset">
                  <legend>
                    <Text fw={600}>{t(`referrals.sections.${s.key}`)}</Text>
                  </legend>
                  <Stack gap="xs">
                    {s.fields.map((f) =>
                      f === 'referralDate' ? (
                        <DateField key={f} label={t(`referrals.fields.${f}`)} required value={form[f]} onChange={(d) => setForm({ ...form, [f]: d ?? '' })} error={err(`form.${f}`)} />
                      ) : LONG.has(f) ? (
                        <Textarea key={f} label={t(`referrals.fields.${f}`)} required={REQUIRED.has(f)} autosize minRows={2} value={form[f]} onChange={(e) => setForm({ ...form, [f]: e.currentTarget.value })} error={err(`form.${f}`)} />
                      ) : (
                        <TextInput key={f} label={t(`referrals.fields.${f}`)} required={REQUIRED.has(f)} value={form[f]} onChange={(e) => setForm({ ...form, [f]: e.currentTarget.value })} error={err(`form.${f}`)} />
                      ),
                    )}
                  </Stack>
                </Paper>
              ))}
              <DateField label={t('referrals.followUpOn')} description={t('referrals.followUpHint')} nullable value={followUpOn} onChange={setFollowUpOn} error={err('followUpOn')} w={220} />
              <ErrorAlert error={send.error} />
              <Group justify="flex-end">
                <Button variant="default" onClick={onClose}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" loading={send.isPending}>
                  {t('referrals.send')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </AppModal>
  );
}

function StatusDialog({ caseId, referral, to, onClose }: { caseId: number; referral: Referral; to: 'accepted' | 'declined' | 'completed'; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [on, setOn] = useState(todayYmd());
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState('');
  const [markStepDone, setMarkStepDone] = useState(referral.planStepId !== null);
  const save = useMutation({
    mutationFn: () => call('referrals.setStatus', { id: referral.id, status: to, on, reason, outcome, markStepDone }),
    onSuccess: async () => {
      const keys: (readonly unknown[])[] = [refKeys.list(caseId), ['today.list'], ['today'], ['plans.get', caseId], ['plans.list', caseId], ['cases.get', caseId]];
      await Promise.all(keys.map((queryKey) => qc.invalidateQueries({ queryKey })));
      onClose();
    },
  });
  const err = (p: string) => {
    const k = issueFor(save.error, p);
    return k ? t(k) : undefined;
  };
  return (
    <AppModal opened onClose={onClose} title={t(`referrals.actions.${to}`)}>
      <form
        noValidate
        aria-label={t(`referrals.actions.${to}`)}
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <Text>
            {referral.providerName}
            {referral.serviceName ? ` — ${referral.serviceName}` : ''}
          </Text>
          <DateField label={t('referrals.statusDate')} required value={on} onChange={(d) => setOn(d ?? '')} error={err('on')} />
          {to === 'declined' && <Textarea label={t('referrals.declineReason')} required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={err('reason')} />}
          {to === 'completed' && (
            <>
              <Textarea label={t('referrals.outcome')} autosize minRows={2} value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} />
              {referral.planStepId !== null && (
                <Checkbox label={t('referrals.markStepDone', { step: referral.planStepText ?? '' })} checked={markStepDone} onChange={(e) => setMarkStepDone(e.currentTarget.checked)} />
              )}
            </>
          )}
          <FormActions error={save.error} onCancel={onClose} saving={save.isPending} />
        </Stack>
      </form>
    </AppModal>
  );
}

/** The form as it was sent (it never changes afterwards); printable. */
function ViewForm({ referral, onClose }: { referral: Referral; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened onClose={onClose} title={t('referrals.formTitle')} size="xl">
      <Stack>
        {SECTIONS.map((s) => (
          <Stack key={s.key} gap={2}>
            <Title order={3}>{t(`referrals.sections.${s.key}`)}</Title>
            {s.fields.map((f) => (
              <Text key={f} style={{ whiteSpace: 'pre-wrap' }}>
                <Text span fw={600}>
                  {t(`referrals.fields.${f}`)}:
                </Text>{' '}
                {referral.form[f] || '—'}
              </Text>
            ))}
          </Stack>
        ))}
        <Group>
          <PrintButton form={{ method: 'documents.referralForm', input: { referralId: referral.id } }} />
        </Group>
      </Stack>
    </AppModal>
  );
}
