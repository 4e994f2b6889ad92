import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Closure } from '../../../../../electron/contract/methods/closure';
import { LabelledValue } from '../../../components/LabelledValue';

const STATUS_COLOR = { requested: 'yellow', returned: 'orange', authorised: 'green' } as const;

function ClosureRecord({ c }: { c: Closure }) {
  const { t } = useTranslation();
  const yn = (v: boolean) => (v ? t('cases.form.yes') : t('cases.form.no'));
  return (
    <Paper withBorder p="md" component="article" aria-label={t('closure.history.itemLabel', { date: c.requestedOn })}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>
            {t(`closure.reason.${c.reason}`)}
            {c.reason === 'other' && c.reasonOther ? `: ${c.reasonOther}` : ''}
          </Text>
          <Badge color={STATUS_COLOR[c.status]} variant="light" c="dark">
            {t(`closure.status.${c.status}`)}
          </Badge>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <LabelledValue label={t('closure.field.details')}>{c.details}</LabelledValue>
          {c.transferDetails && <LabelledValue label={t('closure.field.transferDetails')}>{c.transferDetails}</LabelledValue>}
          {c.refusalReasons && <LabelledValue label={t('closure.field.refusalReasons')}>{c.refusalReasons}</LabelledValue>}
          <LabelledValue label={t('closure.field.clientInvolved')}>{yn(c.clientInvolved)}</LabelledValue>
          <LabelledValue label={t('closure.field.clientAgrees')}>{yn(c.clientAgrees)}</LabelledValue>
          <LabelledValue label={t('closure.field.contactLeft')}>{yn(c.contactLeft)}</LabelledValue>
          <LabelledValue label={t('closure.field.serviceEvaluation')}>{c.serviceEvaluation}</LabelledValue>
          <LabelledValue label={t('closure.history.completedBy')}>{`${c.requestedByName}, ${c.requestedOn}`}</LabelledValue>
          {c.decidedByName && (
            <LabelledValue label={c.status === 'authorised' ? t('closure.history.authorisedBy') : t('closure.history.returnedBy')}>{`${c.decidedByName}, ${c.decidedOn ?? ''}`}</LabelledValue>
          )}
          {c.returnComment && <LabelledValue label={t('closure.field.returnComment')}>{c.returnComment}</LabelledValue>}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

/** Every closure request of the case, newest first. */
export function ClosureHistory({ closures }: { closures: Closure[] }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2} size="h3">
        {t('closure.history.title')}
      </Title>
      {closures.length === 0 ? <Text>{t('closure.history.none')}</Text> : closures.map((c) => <ClosureRecord key={c.id} c={c} />)}
    </Stack>
  );
}
