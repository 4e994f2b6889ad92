import { Accordion, Alert, Button, Card, Group, Radio, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidDate } from '../../../../electron/core/calendar-dates';
import { TABLE3, TABLE3_INDICATORS } from '../../../../electron/core/quality/performance-indicators';
import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';

type Manager = { id: number; name: string };

const label = (indicator: string) => {
  const [dim, area, ind] = indicator.split('.');
  return `quality.table3.${dim}.areas.${area}.indicators.${ind}`;
};

/** R18: supervisors' periodic evaluations of a case manager against ILO Table 3, and their history. */
export function EvaluationsTab({ manager, canWrite }: { manager: Manager; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState(false);
  const history = useQuery({ queryKey: ['evaluations.list', manager.id], queryFn: () => call('evaluations.list', { caseManagerId: manager.id }) });
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'lt-LT', { maximumFractionDigits: 1 });
  return (
    <Stack>
      <Title order={2}>
        {t('quality.evaluations.title')}: {manager.name}
      </Title>
      <Text size="sm">{t('quality.evaluations.help')}</Text>
      {saved && (
        <Alert color="green" role="status">
          {t('quality.evaluations.saved')}
        </Alert>
      )}
      {canWrite && !adding && (
        <Group>
          <Button
            onClick={() => {
              setAdding(true);
              setSaved(false);
            }}
          >
            {t('quality.evaluations.new')}
          </Button>
        </Group>
      )}
      {!canWrite && <Text size="sm" c="dimmed">{t('quality.evaluations.readOnly')}</Text>}
      {adding && (
        <EvaluationForm
          manager={manager}
          onCancel={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            setSaved(true);
          }}
        />
      )}
      <Title order={3}>{t('quality.evaluations.history')}</Title>
      <ErrorAlert error={history.error} />
      {history.isSuccess && history.data.length === 0 && <Text>{t('quality.evaluations.none')}</Text>}
      {history.isSuccess && history.data.length > 0 && (
        <Accordion variant="separated">
          {history.data.map((e) => (
            <Accordion.Item key={e.id} value={String(e.id)}>
              <Accordion.Control>
                {t('quality.evaluations.summary', { from: e.periodFrom, to: e.periodTo, on: e.evaluatedOn, evaluator: e.evaluatorName, average: number.format(e.average) })}
              </Accordion.Control>
              <Accordion.Panel>
                {e.comment && <Text mb="sm">{e.comment}</Text>}
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('quality.evaluations.indicator')}</Table.Th>
                      <Table.Th scope="col">{t('quality.evaluations.rating')}</Table.Th>
                      <Table.Th scope="col">{t('quality.evaluations.indicatorComment')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {e.ratings.map((r) => (
                      <Table.Tr key={r.indicator}>
                        <Table.Td>{t(label(r.indicator))}</Table.Td>
                        <Table.Td>{t(`quality.evaluations.ratingValues.${r.rating}`)}</Table.Td>
                        <Table.Td>{r.comment}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}

function EvaluationForm({ manager, onCancel, onSaved }: { manager: Manager; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [periodFrom, setPeriodFrom] = useState('');
  const [periodTo, setPeriodTo] = useState('');
  const [ratings, setRatings] = useState<Record<string, string>>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      call('evaluations.create', {
        caseManagerId: manager.id,
        periodFrom,
        periodTo,
        comment,
        ratings: TABLE3_INDICATORS.map((indicator) => ({ indicator, rating: Number(ratings[indicator]), comment: comments[indicator] ?? '' })),
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['evaluations.list', manager.id] });
      onSaved();
    },
  });
  const missing = TABLE3_INDICATORS.filter((i) => !ratings[i]).length;
  const fromOk = isValidDate(periodFrom);
  const toOk = isValidDate(periodTo);
  const orderOk = !fromOk || !toOk || periodFrom <= periodTo;
  const submit = () => {
    setTried(true);
    if (missing === 0 && fromOk && toOk && orderOk) save.mutate();
  };
  return (
    <Card withBorder component="form" aria-label={t('quality.evaluations.new')} onSubmit={(e) => (e.preventDefault(), submit())}>
      <Stack>
        <Group grow align="flex-start">
          <DateField label={t('quality.evaluations.periodFrom')} required value={periodFrom} onChange={(v) => setPeriodFrom(v ?? '')} error={tried && !fromOk ? t('validation.date') : undefined} />
          <DateField
            label={t('quality.evaluations.periodTo')}
            required
            value={periodTo}
            onChange={(v) => setPeriodTo(v ?? '')}
            error={tried && !toOk ? t('validation.date') : tried && !orderOk ? t('quality.evaluations.periodOrder') : undefined}
          />
        </Group>
        {Object.entries(TABLE3).map(([dim, areas]) => (
          <Fragment key={dim}>
            <Title order={3}>{t(`quality.table3.${dim}.label`)}</Title>
            {Object.entries(areas).map(([area, indicators]) => (
              <Stack key={area} gap="xs">
                <Title order={4}>{t(`quality.table3.${dim}.areas.${area}.label`)}</Title>
                {(indicators as readonly string[]).map((ind) => {
                  const id = `${dim}.${area}.${ind}`;
                  const text = t(label(id));
                  return (
                    <Group key={id} align="flex-start" wrap="wrap" data-testid={`indicator-${id}`}>
                      <Radio.Group
                        label={text}
                        required
                        value={ratings[id] ?? null}
                        onChange={(v) => setRatings((r) => ({ ...r, [id]: v }))}
                        error={tried && !ratings[id] ? t('validation.required') : undefined}
                        style={{ flex: '2 1 420px' }}
                      >
                        <Group mt={4} gap="md">
                          {['1', '2', '3', '4'].map((v) => (
                            <Radio key={v} value={v} label={t(`quality.evaluations.ratingValues.${v}`)} />
                          ))}
                        </Group>
                      </Radio.Group>
                      <TextInput
                        label={t('quality.evaluations.indicatorComment')}
                        aria-label={t('quality.evaluations.indicatorCommentLabel', { indicator: text })}
                        value={comments[id] ?? ''}
                        onChange={(e) => {
                          const v = e.currentTarget.value;
                          setComments((c) => ({ ...c, [id]: v }));
                        }}
                        maxLength={2000}
                        style={{ flex: '1 1 240px' }}
                      />
                    </Group>
                  );
                })}
              </Stack>
            ))}
          </Fragment>
        ))}
        <Textarea label={t('quality.evaluations.overallComment')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} autosize minRows={3} maxLength={10000} />
        {tried && missing > 0 && (
          <Alert color="red" role="alert">
            {t('quality.evaluations.missingRatings', { count: missing })}
          </Alert>
        )}
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('team.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('quality.evaluations.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
