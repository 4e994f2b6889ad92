import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useFieldArray, useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { LANGUAGES } from '../../../../../electron/contract';
import { STEP_STATUSES } from '../../../../../electron/contract/cycle-schemas';
import type { CaseDetails } from '../../../../../electron/contract/methods/cases';
import { planMethods, savePlanDraftInputSchema, type Plan } from '../../../../../electron/contract/methods/plans';
import { dueStatus } from '../../../../../electron/core/deadlines';
import { call } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { DateField, todayYmd } from '../../../components/DateField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PrintButton } from '../../../components/PrintButton';
import { fieldError } from '../../../forms/translate';
import { qk, refresh } from './queries';

type Props = { caseId: number; caseData: CaseDetails; canEdit: boolean };

const draftSchema = savePlanDraftInputSchema.omit({ caseId: true });
type DraftIn = z.input<typeof draftSchema>;
type DraftOut = z.output<typeof draftSchema>;
const signSchema = planMethods['plans.sign'].input.omit({ caseId: true });
type SignIn = z.input<typeof signSchema>;
type SignOut = z.output<typeof signSchema>;

const STATUS_COLOR = { open: 'blue', done: 'green', cancelled: 'gray' } as const;

function draftValues(plan: Plan | undefined, assessmentSummary: string): DraftIn {
  if (!plan) return { assessmentSummary, goals: [], services: '', clientCommitments: '', centreCommitments: '' };
  return {
    assessmentSummary: plan.assessmentSummary,
    services: plan.services,
    clientCommitments: plan.clientCommitments,
    centreCommitments: plan.centreCommitments,
    goals: plan.goals.map((g) => ({
      text: g.text,
      steps: g.steps.map((s) => ({ text: s.text, who: s.who, dueDate: s.dueDate, status: s.status, doneOn: s.doneOn })),
    })),
  };
}

/** R5–R7: the Individual Action Plan (for YLC the Independent Living Plan), versioned and signed. */
export function PlanTab({ caseId, caseData, canEdit }: Props) {
  const { t } = useTranslation();
  const kind = caseData.targetGroup === 'YLC' ? 'ilp' : 'iap';
  const list = useQuery({ queryKey: qk.plans(caseId), queryFn: () => call('plans.list', { caseId }) });
  const hasPlan = (list.data?.versions.length ?? 0) > 0;
  const latest = useQuery({ queryKey: qk.plan(caseId, 'latest'), queryFn: () => call('plans.get', { caseId }), enabled: hasPlan });
  const assessments = useQuery({ queryKey: qk.assessments(caseId), queryFn: () => call('assessments.list', { caseId }), enabled: canEdit });
  const [editingSigned, setEditingSigned] = useState(false);
  const [starting, setStarting] = useState(false);
  const [viewing, setViewing] = useState<number | null>(null);
  const [signing, setSigning] = useState(false);
  const today = todayYmd();
  const plan = latest.data;

  return (
    <Stack>
      <Title order={2}>{t(`plan.title.${kind}`)}</Title>
      <ErrorAlert error={list.error ?? latest.error} />
      {list.data && (
        <Group gap="xl">
          {list.data.planDue && (
            <DueLine label={t(`plan.planDue.${kind}`)} date={list.data.planDue} today={today} />
          )}
          {list.data.reviewDue && <DueLine label={t('plan.reviewDue')} date={list.data.reviewDue} today={today} />}
          {!list.data.planDue && !hasPlan && <Text c="dimmed">{t('plan.clockNotStarted')}</Text>}
        </Group>
      )}

      {list.data && !hasPlan && (
        <>
          {!starting && <Text>{t(`plan.none.${kind}`)}</Text>}
          {canEdit && !starting && (
            <Group>
              <Button onClick={() => setStarting(true)}>{t(`plan.start.${kind}`)}</Button>
            </Group>
          )}
          {canEdit && starting && (
            <PlanEditor
              caseId={caseId}
              kind={kind}
              initial={draftValues(undefined, assessments.data?.[0]?.summary ?? '')}
              newVersion={1}
              onCancel={() => setStarting(false)}
              onSaved={() => setStarting(false)}
            />
          )}
        </>
      )}

      {plan && plan.status === 'draft' && (
        <>
          <VersionHeading plan={plan} />
          {canEdit ? (
            <>
              <PlanEditor caseId={caseId} kind={kind} initial={draftValues(plan, '')} rightsText={plan.rightsText} onSign={() => setSigning(true)} />
            </>
          ) : (
            <PlanView plan={plan} kind={kind} />
          )}
        </>
      )}

      {plan && plan.status === 'signed' && (
        <>
          <VersionHeading plan={plan} />
          <PrintButton form={{ method: 'documents.actionPlan', input: { caseId, version: plan.version } }} ariaLabel={t('documents.print.planVersionNamed', { version: plan.version })} style={{ alignSelf: 'flex-start' }} />
          {editingSigned && canEdit ? (
            <PlanEditor
              caseId={caseId}
              kind={kind}
              initial={draftValues(plan, '')}
              newVersion={plan.version + 1}
              signedVersion={plan.version}
              onCancel={() => setEditingSigned(false)}
              onSaved={() => setEditingSigned(false)}
            />
          ) : (
            <>
              {canEdit && (
                <Group>
                  <Button variant="default" onClick={() => setEditingSigned(true)}>
                    {t('plan.change')}
                  </Button>
                  <Text size="sm" c="dimmed">
                    {t('plan.changeHelp', { version: plan.version + 1 })}
                  </Text>
                </Group>
              )}
              <PlanView plan={plan} kind={kind} stepControls={canEdit} caseId={caseId} />
            </>
          )}
        </>
      )}

      {list.data && hasPlan && (
        <>
          <Title order={3}>{t('plan.versions')}</Title>
          <Table striped aria-label={t('plan.versions')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plan.version')}</Table.Th>
                <Table.Th>{t('plan.status')}</Table.Th>
                <Table.Th>{t('plan.signedByClientOn')}</Table.Th>
                <Table.Th>{t('plan.signedByManagerOn')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...list.data.versions].reverse().map((v) => (
                <Table.Tr key={v.id}>
                  <Table.Td>{v.version}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={v.status} />
                  </Table.Td>
                  <Table.Td>{v.signedByClientOn ?? '—'}</Table.Td>
                  <Table.Td>{v.signedByManagerOn ?? '—'}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="default" onClick={() => setViewing(v.version)} aria-label={t('plan.viewVersion', { version: v.version })}>
                      {t('plan.view')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}

      {viewing !== null && <VersionModal caseId={caseId} version={viewing} kind={kind} onClose={() => setViewing(null)} />}
      {signing && plan && <SignDialog caseId={caseId} plan={plan} kind={kind} phase={caseData.phase} onClose={() => setSigning(false)} />}
    </Stack>
  );
}

function DueLine({ label, date, today }: { label: string; date: string; today: string }) {
  const { t } = useTranslation();
  const s = dueStatus(date, today);
  return (
    <Group gap="xs">
      <Text>
        {label}: <strong>{date}</strong>
      </Text>
      {s === 'overdue' && (
        <Badge color="red" variant="light" c="red.9">
          {t('plan.overdue')}
        </Badge>
      )}
      {s === 'dueSoon' && (
        <Badge color="yellow" c="dark">
          {t('plan.dueSoon')}
        </Badge>
      )}
    </Group>
  );
}

function StatusBadge({ status }: { status: 'draft' | 'signed' }) {
  const { t } = useTranslation();
  return (
    <Badge color={status === 'signed' ? 'green' : 'yellow'} variant="light" c="dark">
      {t(`plan.statuses.${status}`)}
    </Badge>
  );
}

function VersionHeading({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm">
      <Title order={3}>{t('plan.versionN', { version: plan.version })}</Title>
      <StatusBadge status={plan.status} />
      {plan.status === 'signed' && (
        <Text size="sm">{t('plan.signedLine', { client: plan.signedByClientOn ?? '—', manager: plan.signedByManagerOn ?? '—' })}</Text>
      )}
    </Group>
  );
}

function Block({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <Text fw={600}>{label}</Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{text || '—'}</Text>
    </div>
  );
}

function RightsText({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Text fw={600}>{t('plan.rights')}</Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {text}
      </Text>
    </Paper>
  );
}

/** A version read-only; on the latest signed version steps can be marked done (implementation, not a change of the plan). */
function PlanView({ plan, kind, stepControls, caseId }: { plan: Plan; kind: 'iap' | 'ilp'; stepControls?: boolean; caseId?: number }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const setStatus = useMutation({
    mutationFn: (v: { stepId: number; status: 'open' | 'done' }) =>
      call('plans.setStepStatus', { stepId: v.stepId, status: v.status, doneOn: v.status === 'done' ? todayYmd() : null }),
    onSuccess: async (s) => {
      await refresh(qc, [qk.plans(s.caseId), ['plans.get', s.caseId]]);
    },
  });
  return (
    <Stack>
      <Block label={t('plan.assessmentSummary')} text={plan.assessmentSummary} />
      <Title order={4}>{t('plan.goals')}</Title>
      {plan.goals.length === 0 && <Text>{t('plan.noGoals')}</Text>}
      {plan.goals.map((g, gi) => (
        <Paper key={g.id} withBorder p="sm">
          <Text fw={600}>
            {t('plan.goalN', { n: gi + 1 })}: {g.text}
          </Text>
          {g.steps.length > 0 && (
            <Table mt="xs" aria-label={t('plan.stepsOfGoal', { n: gi + 1 })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('plan.step')}</Table.Th>
                  <Table.Th>{t('plan.who')}</Table.Th>
                  <Table.Th>{t('plan.dueDate')}</Table.Th>
                  <Table.Th>{t('plan.status')}</Table.Th>
                  {stepControls && <Table.Th>{t('common.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {g.steps.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>{s.text}</Table.Td>
                    <Table.Td>{s.who || '—'}</Table.Td>
                    <Table.Td>{s.dueDate ?? '—'}</Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLOR[s.status]} variant="light" c="dark">
                        {t(`plan.stepStatus.${s.status}`)}
                      </Badge>
                      {s.doneOn && s.status === 'done' && (
                        <Text size="xs" span ml="xs">
                          {s.doneOn}
                        </Text>
                      )}
                    </Table.Td>
                    {stepControls && (
                      <Table.Td>
                        {s.status === 'open' ? (
                          <Button size="xs" variant="default" loading={setStatus.isPending && setStatus.variables?.stepId === s.id} onClick={() => setStatus.mutate({ stepId: s.id, status: 'done' })} aria-label={t('plan.markDoneFor', { step: s.text })}>
                            {t('plan.markDone')}
                          </Button>
                        ) : (
                          <Button size="xs" variant="default" loading={setStatus.isPending && setStatus.variables?.stepId === s.id} onClick={() => setStatus.mutate({ stepId: s.id, status: 'open' })} aria-label={t('plan.reopenFor', { step: s.text })}>
                            {t('plan.reopen')}
                          </Button>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
      ))}
      {stepControls && caseId !== undefined && <ErrorAlert error={setStatus.error} />}
      <Block label={t('plan.services')} text={plan.services} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Block label={t('plan.clientCommitments')} text={plan.clientCommitments} />
        <Block label={t(`plan.centreCommitments`)} text={plan.centreCommitments} />
      </SimpleGrid>
      <RightsText text={plan.rightsText} />
      <Text size="sm" c="dimmed">
        {t(`plan.kindNote.${kind}`)}
      </Text>
    </Stack>
  );
}

function VersionModal({ caseId, version, kind, onClose }: { caseId: number; version: number; kind: 'iap' | 'ilp'; onClose: () => void }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: qk.plan(caseId, version), queryFn: () => call('plans.get', { caseId, version }) });
  return (
    <AppModal opened onClose={onClose} size="xl" title={t(`plan.versionTitle.${kind}`, { version })}>
      <ErrorAlert error={q.error} />
      {q.data && (
        <Stack>
          <VersionHeading plan={q.data} />
          <PlanView plan={q.data} kind={kind} />
        </Stack>
      )}
    </AppModal>
  );
}

function StepFields({ form, gi, si, onRemove }: { form: UseFormReturn<DraftIn, unknown, DraftOut>; gi: number; si: number; onRemove: () => void }) {
  const { t } = useTranslation();
  const err = form.formState.errors.goals?.[gi]?.steps?.[si];
  const n = `${gi + 1}.${si + 1}`;
  return (
    <Fieldset legend={t('plan.stepN', { n })} variant="filled">
      <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
        <TextInput label={t('plan.stepText')} required miw={220} {...form.register(`goals.${gi}.steps.${si}.text`)} error={fieldError(t, err?.text)} />
        <TextInput label={t('plan.who')} miw={160} {...form.register(`goals.${gi}.steps.${si}.who`)} error={fieldError(t, err?.who)} />
        <Controller
          control={form.control}
          name={`goals.${gi}.steps.${si}.dueDate`}
          render={({ field }) => (
            <DateField label={t('plan.dueDate')} nullable maw={160} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={fieldError(t, err?.dueDate)} />
          )}
        />
        <Controller
          control={form.control}
          name={`goals.${gi}.steps.${si}.status`}
          render={({ field }) => (
            <Select
              label={t('plan.status')}
              maw={160}
              allowDeselect={false}
              data={STEP_STATUSES.map((s) => ({ value: s, label: t(`plan.stepStatus.${s}`) }))}
              value={field.value ?? 'open'}
              onChange={(v) => {
                field.onChange(v ?? 'open');
                if (v !== 'done') form.setValue(`goals.${gi}.steps.${si}.doneOn`, null);
              }}
            />
          )}
        />
      </Group>
      <Group justify="flex-end" mt="xs">
        <Button size="xs" variant="subtle" color="red" onClick={onRemove} aria-label={t('plan.removeStepN', { n })}>
          {t('plan.removeStep')}
        </Button>
      </Group>
    </Fieldset>
  );
}

function GoalFields({ form, gi, onRemove }: { form: UseFormReturn<DraftIn, unknown, DraftOut>; gi: number; onRemove: () => void }) {
  const { t } = useTranslation();
  const steps = useFieldArray({ control: form.control, name: `goals.${gi}.steps` });
  const err = form.formState.errors.goals?.[gi];
  return (
    <Fieldset legend={t('plan.goalN', { n: gi + 1 })}>
      <Stack gap="sm">
        <Group align="flex-end" wrap="nowrap">
          <TextInput style={{ flex: 1 }} label={t('plan.goalText')} required {...form.register(`goals.${gi}.text`)} error={fieldError(t, err?.text)} />
          <Button variant="subtle" color="red" onClick={onRemove} aria-label={t('plan.removeGoalN', { n: gi + 1 })}>
            {t('plan.removeGoal')}
          </Button>
        </Group>
        {steps.fields.map((f, si) => (
          <StepFields key={f.id} form={form} gi={gi} si={si} onRemove={() => steps.remove(si)} />
        ))}
        <Group>
          <Button size="xs" variant="light" onClick={() => steps.append({ text: '', who: '', dueDate: null, status: 'open', doneOn: null })} aria-label={t('plan.addStepToGoal', { n: gi + 1 })}>
            {t('plan.addStep')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

/** The draft editor. Saving a change to a signed plan creates the next version as a draft (R6). */
function PlanEditor(props: {
  caseId: number;
  kind: 'iap' | 'ilp';
  initial: DraftIn;
  /** Set when saving starts a new version (no draft exists yet). */
  newVersion?: number;
  signedVersion?: number;
  rightsText?: string;
  onSign?: () => void;
  onCancel?: () => void;
  onSaved?: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { caseId, kind } = props;
  const form = useForm<DraftIn, unknown, DraftOut>({ resolver: zodResolver(draftSchema), defaultValues: props.initial });
  const goals = useFieldArray({ control: form.control, name: 'goals' });
  const save = useMutation({
    mutationFn: (v: DraftOut) => call('plans.saveDraft', { ...v, caseId }),
    onSuccess: async (p) => {
      qc.setQueryData(qk.plan(caseId, 'latest'), p);
      form.reset(draftValues(p, ''));
      await refresh(qc, [qk.plans(caseId), ['plans.get', caseId]]);
      props.onSaved?.();
    },
  });
  const e = form.formState.errors;
  const dirty = form.formState.isDirty;
  return (
    <Paper withBorder p="md">
      <form onSubmit={form.handleSubmit((v) => save.mutate(v))} noValidate aria-label={t(`plan.editorTitle.${kind}`)}>
        <Stack>
          {props.signedVersion !== undefined && (
            <Alert color="yellow" title={t('plan.newVersionTitle', { version: props.newVersion })}>
              {t('plan.newVersionExplain', { signed: props.signedVersion, version: props.newVersion })}
            </Alert>
          )}
          <Textarea label={t('plan.assessmentSummary')} description={t('plan.assessmentSummaryHelp')} autosize minRows={2} {...form.register('assessmentSummary')} error={fieldError(t, e.assessmentSummary)} />
          <Title order={4}>{t('plan.goals')}</Title>
          {goals.fields.length === 0 && <Text size="sm">{t('plan.noGoals')}</Text>}
          {goals.fields.map((f, gi) => (
            <GoalFields key={f.id} form={form} gi={gi} onRemove={() => goals.remove(gi)} />
          ))}
          <Group>
            <Button variant="light" onClick={() => goals.append({ text: '', steps: [{ text: '', who: '', dueDate: null, status: 'open', doneOn: null }] })}>
              {t('plan.addGoal')}
            </Button>
          </Group>
          <Textarea label={t('plan.services')} description={t('plan.servicesHelp')} autosize minRows={2} {...form.register('services')} error={fieldError(t, e.services)} />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Textarea label={t('plan.clientCommitments')} autosize minRows={2} {...form.register('clientCommitments')} error={fieldError(t, e.clientCommitments)} />
            <Textarea label={t('plan.centreCommitments')} autosize minRows={2} {...form.register('centreCommitments')} error={fieldError(t, e.centreCommitments)} />
          </SimpleGrid>
          {props.rightsText !== undefined ? (
            <RightsText text={props.rightsText} />
          ) : (
            <>
              <Text size="sm">{t('plan.rightsAdded')}</Text>
              <Controller
                control={form.control}
                name="language"
                render={({ field }) => (
                  <Select
                    label={t('plan.rightsLanguage')}
                    description={t('plan.rightsLanguageHelp')}
                    maw={320}
                    clearable
                    data={LANGUAGES.map((l) => ({ value: l, label: t(`common.languages.${l}`) }))}
                    value={field.value ?? null}
                    onChange={(v) => field.onChange(v ?? undefined)}
                  />
                )}
              />
            </>
          )}
          {e.goals?.message && <Text c="red.9">{t(e.goals.message)}</Text>}
          <ErrorAlert error={save.error} />
          {save.isSuccess && !dirty && (
            <Alert color="green" role="status">
              {t('plan.draftSaved')}
            </Alert>
          )}
          <Group justify="flex-end">
            {props.onCancel && (
              <Button variant="default" onClick={props.onCancel}>
                {t('common.cancel')}
              </Button>
            )}
            <Button type="submit" loading={save.isPending}>
              {props.newVersion && props.newVersion > 1 ? t('plan.saveNewVersion', { version: props.newVersion }) : t('plan.saveDraft')}
            </Button>
            {props.onSign && (
              <Button onClick={props.onSign} disabled={dirty}>
                {t(`plan.sign.${kind}`)}
              </Button>
            )}
          </Group>
          {props.onSign && dirty && (
            <Text size="sm" ta="right">
              {t('plan.saveBeforeSigning')}
            </Text>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

function SignDialog({ caseId, plan, kind, phase, onClose }: { caseId: number; plan: Plan; kind: 'iap' | 'ilp'; phase: CaseDetails['phase']; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const today = todayYmd();
  const form = useForm<SignIn, unknown, SignOut>({
    resolver: zodResolver(signSchema),
    defaultValues: { signedByClientOn: today, signedByManagerOn: today, advance: false },
  });
  const sign = useMutation({
    mutationFn: (v: SignOut) => call('plans.sign', { ...v, caseId }),
    onSuccess: async () => {
      await refresh(qc, [qk.plans(caseId), ['plans.get', caseId], qk.reviews(caseId)], caseId);
      onClose();
    },
  });
  const e = form.formState.errors;
  return (
    <AppModal opened onClose={onClose} title={t(`plan.signTitle.${kind}`, { version: plan.version })}>
      <form onSubmit={form.handleSubmit((v) => sign.mutate(v))} noValidate>
        <Stack>
          <Text size="sm">{t('plan.signExplain')}</Text>
          <Controller
            control={form.control}
            name="signedByClientOn"
            render={({ field }) => (
              <DateField label={t('plan.signedByClientOn')} required data-autofocus value={field.value} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} error={fieldError(t, e.signedByClientOn)} />
            )}
          />
          <Controller
            control={form.control}
            name="signedByManagerOn"
            render={({ field }) => (
              <DateField label={t('plan.signedByManagerOn')} required value={field.value} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} error={fieldError(t, e.signedByManagerOn)} />
            )}
          />
          {phase === 'planning' && (
            <Controller
              control={form.control}
              name="advance"
              render={({ field }) => <Checkbox label={t('plan.advance')} checked={!!field.value} onChange={(ev) => field.onChange(ev.currentTarget.checked)} />}
            />
          )}
          <ErrorAlert error={sign.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={sign.isPending}>
              {t('plan.signConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

