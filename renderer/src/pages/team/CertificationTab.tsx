import { Accordion, Badge, Button, Card, Group, NumberInput, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { INTRODUCTION_FIELDS, type Certification, type IntroductionField } from '../../../../electron/contract/methods/quality';
import { CERTIFICATION_ITEMS, CERTIFICATION_PARTS, MAX_TOTAL, SCORE_MAX, type CertificationItem } from '../../../../electron/core/quality/certification';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PrintButton } from '../../components/PrintButton';

type Manager = { id: number; name: string };
const SETTINGS_KEY = ['quality.getSettings'];
const PART4 = ['generalComments', 'strengths', 'risks', 'recommendations'] as const;

/** R19: the ILO Table 4 certification of a case manager, its history and print; the benchmark (admin). */
export function CertificationTab({ manager, picker, canWrite, isAdmin }: { manager: Manager | null; picker: ReactNode; canWrite: boolean; isAdmin: boolean }) {
  const { t } = useTranslation();
  const settings = useQuery({ queryKey: SETTINGS_KEY, queryFn: () => call('quality.getSettings', {}) });
  const benchmark = settings.data?.certificationBenchmark ?? null;
  return (
    <Stack>
      {isAdmin && settings.data && <SettingsCard initial={settings.data} />}
      {benchmark !== null && <Text size="sm">{t('quality.certification.help', { benchmark, max: MAX_TOTAL })}</Text>}
      {picker}
      {manager && benchmark !== null && <ManagerCertifications key={manager.id} manager={manager} canWrite={canWrite} benchmark={benchmark} />}
    </Stack>
  );
}

function SettingsCard({ initial }: { initial: { certificationBenchmark: number; documentationDays: number } }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [benchmark, setBenchmark] = useState<number | string>(initial.certificationBenchmark);
  const [days, setDays] = useState<number | string>(initial.documentationDays);
  const save = useMutation({
    mutationFn: () => call('quality.updateSettings', { certificationBenchmark: Number(benchmark), documentationDays: Number(days) }),
    onSuccess: () => qc.invalidateQueries({ queryKey: SETTINGS_KEY }),
  });
  return (
    <Card withBorder component="form" aria-label={t('quality.settings.title')} onSubmit={(e) => (e.preventDefault(), save.mutate())}>
      <Stack>
        <Title order={2} size="h4">
          {t('quality.settings.title')}
        </Title>
        <Group align="flex-start" grow>
          <NumberInput
            label={t('quality.settings.benchmark', { max: MAX_TOTAL })}
            description={t('quality.settings.benchmarkHelp')}
            min={0}
            max={MAX_TOTAL}
            allowDecimal={false}
            value={benchmark}
            onChange={setBenchmark}
          />
          <NumberInput label={t('quality.settings.documentationDays')} min={0} max={60} allowDecimal={false} value={days} onChange={setDays} />
        </Group>
        <ErrorAlert error={save.error} />
        {save.isSuccess && (
          <Text size="sm" role="status">
            {t('quality.settings.saved')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('quality.settings.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function ManagerCertifications({ manager, canWrite, benchmark }: { manager: Manager; canWrite: boolean; benchmark: number }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const history = useQuery({ queryKey: ['certifications.list', manager.id], queryFn: () => call('certifications.list', { caseManagerId: manager.id }) });
  return (
    <Stack>
      <Title order={2}>
        {t('quality.certification.title')}: {manager.name}
      </Title>
      {canWrite && !adding && (
        <Group>
          <Button onClick={() => setAdding(true)}>{t('quality.certification.new')}</Button>
        </Group>
      )}
      {!canWrite && <Text size="sm" c="dimmed">{t('quality.certification.readOnly')}</Text>}
      {adding && <CertificationForm manager={manager} benchmark={benchmark} onDone={() => setAdding(false)} />}
      <Title order={3}>{t('quality.certification.history')}</Title>
      <ErrorAlert error={history.error} />
      {history.isSuccess && history.data.length === 0 && <Text>{t('quality.certification.none')}</Text>}
      {history.isSuccess && history.data.length > 0 && (
        <Accordion variant="separated">
          {history.data.map((c) => (
            <CertificationEntry key={c.id} c={c} />
          ))}
        </Accordion>
      )}
    </Stack>
  );
}

function CertificationEntry({ c }: { c: Certification }) {
  const { t } = useTranslation();
  const result = t(c.passed ? 'quality.certification.passed' : 'quality.certification.notPassed');
  return (
    <Accordion.Item value={String(c.id)}>
      <Accordion.Control>
        <Group gap="sm">
          <Badge color={c.passed ? 'green.9' : 'red.9'} variant="light">
            {c.passed ? '✓ ' : '✗ '}
            {result}
          </Badge>
          <Text>{t('quality.certification.summary', { on: c.evaluatedOn, evaluator: c.evaluatorName, total: c.total, max: c.maxTotal, benchmark: c.benchmark })}</Text>
        </Group>
      </Accordion.Control>
      <Accordion.Panel>
        <Stack gap="xs">
          {PART4.map((k) => (c[k] ? <Text key={k}>{`${t(`quality.certification.${k}`)}: ${c[k]}`}</Text> : null))}
          {c.conclusion && <Text>{`${t('quality.certification.conclusion')}: ${c.conclusion}`}</Text>}
          <Group>
            <PrintButton form={{ method: 'documents.certificationForm', input: { certificationId: c.id } }} label={t('quality.certification.print')} ariaLabel={t('quality.certification.printFor', { on: c.evaluatedOn })} />
          </Group>
        </Stack>
      </Accordion.Panel>
    </Accordion.Item>
  );
}

function CertificationForm({ manager, benchmark, onDone }: { manager: Manager; benchmark: number; onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [intro, setIntro] = useState<Record<IntroductionField, string>>(() => Object.fromEntries(INTRODUCTION_FIELDS.map((f) => [f, ''])) as Record<IntroductionField, string>);
  const [scores, setScores] = useState<Partial<Record<CertificationItem, number>>>({});
  const [texts, setTexts] = useState({ generalComments: '', strengths: '', risks: '', recommendations: '', conclusion: '' });
  const [tried, setTried] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      call('certifications.create', {
        caseManagerId: manager.id,
        introduction: intro,
        scores: Object.fromEntries(CERTIFICATION_ITEMS.map((i) => [i, scores[i] ?? 0])) as Record<CertificationItem, number>,
        ...texts,
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['certifications.list', manager.id] });
      onDone();
    },
  });
  const total = CERTIFICATION_ITEMS.reduce((s, i) => s + (scores[i] ?? 0), 0);
  const missing = CERTIFICATION_ITEMS.filter((i) => scores[i] === undefined).length;
  const submit = () => {
    setTried(true);
    if (missing === 0) save.mutate();
  };
  return (
    <Card withBorder component="form" aria-label={t('quality.certification.new')} onSubmit={(e) => (e.preventDefault(), submit())}>
      <Stack>
        <Title order={3}>{t('quality.certification.introduction')}</Title>
        {INTRODUCTION_FIELDS.map((f) => (
          <TextInput
            key={f}
            label={t(`quality.certification.intro.${f}`)}
            value={intro[f]}
            maxLength={2000}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setIntro((x) => ({ ...x, [f]: v }));
            }}
          />
        ))}
        {(Object.keys(CERTIFICATION_PARTS) as (keyof typeof CERTIFICATION_PARTS)[]).map((part) => (
          <Stack key={part} gap="xs">
            <Title order={3}>{t(`quality.certification.parts.${part}`)}</Title>
            {(CERTIFICATION_PARTS[part] as readonly CertificationItem[]).map((item) => {
              const text = t(`quality.certification.items.${item}`);
              return (
                <NumberInput
                  key={item}
                  label={text}
                  aria-label={t('quality.certification.scoreLabel', { item: text })}
                  required
                  min={0}
                  max={SCORE_MAX}
                  clampBehavior="strict"
                  allowDecimal={false}
                  allowNegative={false}
                  maw={480}
                  value={scores[item] ?? ''}
                  onChange={(v) => setScores((s) => ({ ...s, [item]: v === '' ? undefined : Number(v) }))}
                  error={tried && scores[item] === undefined ? t('validation.required') : undefined}
                />
              );
            })}
          </Stack>
        ))}
        <Title order={3}>{t('quality.certification.part4')}</Title>
        {([...PART4, 'conclusion'] as const).map((k) => (
          <Textarea
            key={k}
            label={t(`quality.certification.${k}`)}
            autosize
            minRows={2}
            maxLength={10000}
            value={texts[k]}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setTexts((x) => ({ ...x, [k]: v }));
            }}
          />
        ))}
        <Text fw={600} role="status" data-testid="certification-total">
          {t('quality.certification.runningTotal', { total, max: MAX_TOTAL, benchmark })}
        </Text>
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('team.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('quality.certification.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
