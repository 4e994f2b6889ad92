import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TODAY_KINDS, type TodayItem, type TodayKind } from '../../../../electron/contract/methods/today';
import { BackupWarning } from '../../components/BackupWarning';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TodayItemRow } from './TodayItemRow';
import { useToday } from './useToday';

/** R13: what falls due for the signed-in person, grouped by kind; overdue first within each group. */
export function TodayPage() {
  const { t } = useTranslation();
  const today = useToday();
  const groups = new Map<TodayKind, TodayItem[]>();
  for (const item of today.data?.items ?? []) groups.set(item.kind, [...(groups.get(item.kind) ?? []), item]);
  const overdue = today.data?.items.filter((i) => i.overdue).length ?? 0;
  return (
    <Stack>
      <Title order={1}>{t('nav.today')}</Title>
      <ErrorAlert error={today.error} />
      <BackupWarning />
      {today.data && (
        <Text>
          {t('today.summary', { date: today.data.today })} {t('today.itemCount', { count: today.data.items.length })}
          {overdue > 0 ? ` ${t('today.overdueCount', { count: overdue })}` : ''}
        </Text>
      )}
      {today.data && today.data.items.length === 0 && (
        <Paper withBorder p="lg">
          <Text>{t('today.nothing')}</Text>
        </Paper>
      )}
      {TODAY_KINDS.filter((k) => groups.has(k)).map((kind) => {
        const items = [...groups.get(kind)!].sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.due.localeCompare(b.due));
        return (
          <section key={kind} aria-labelledby={`today-${kind}`}>
            <Title order={2} size="h3" id={`today-${kind}`} mb="xs">
              {t(`today.kind.${kind}`)} ({items.length})
            </Title>
            <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {items.map((item) => (
                <TodayItemRow key={`${item.kind}-${item.caseId}-${item.details.stepId ?? ''}-${item.details.taskId ?? ''}-${item.due}`} item={item} />
              ))}
            </Stack>
          </section>
        );
      })}
    </Stack>
  );
}
