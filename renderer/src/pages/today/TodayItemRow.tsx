import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TodayItem, TodayKind } from '../../../../electron/contract/methods/today';

/** Which tab of the case file an item opens. */
const TAB: Record<TodayKind, string> = {
  planDue: 'plan',
  planOverdue: 'plan',
  reviewDue: 'reviews',
  reviewOverdue: 'reviews',
  stepDue: 'plan',
  taskDue: 'notes',
  referralNoAnswer: 'referrals',
  releaseSoon: 'plp',
  ylcUnreachable: 'ylc',
  closureAwaiting: 'closure',
};

function Details({ item }: { item: TodayItem }) {
  const { t } = useTranslation();
  const d = item.details;
  switch (item.kind) {
    case 'stepDue':
      return <Text size="sm">{[d.goal, d.text].filter(Boolean).join(' → ')}</Text>;
    case 'taskDue':
    case 'referralNoAnswer':
      return <Text size="sm">{d.text}</Text>;
    case 'releaseSoon':
      return (
        <Text size="sm">
          {t('today.details.release', { date: d.releaseDate ?? item.due })}
          {d.missing && d.missing.length > 0 ? ` ${t('today.details.missing')} ${d.missing.map((m) => t(`today.gap.${m}`)).join('; ')}` : ''}
        </Text>
      );
    case 'ylcUnreachable':
      return <Text size="sm">{t('today.details.unreachableSince', { date: d.unreachableSince ?? '' })}</Text>;
    case 'closureAwaiting':
      return <Text size="sm">{t('today.details.closure', { reason: d.reason ? t(`closure.reason.${d.reason}`) : '', name: d.requestedByName ?? '' })}</Text>;
    default:
      return d.planVersion ? <Text size="sm">{t('today.details.planVersion', { version: d.planVersion })}</Text> : null;
  }
}

export function TodayItemRow({ item }: { item: TodayItem }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" component="li" style={item.overdue ? { borderLeft: '4px solid var(--mantine-color-red-8)' } : undefined}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap">
          <Anchor component={Link} to={`/cases/${item.caseId}?tab=${TAB[item.kind]}`} fw={600}>
            {item.clientName} · {item.caseNumber}
          </Anchor>
          <Group gap="xs" wrap="nowrap">
            {item.overdue && (
              <Badge color="red.9" variant="filled">
                {t('today.overdue')}
              </Badge>
            )}
            <Text size="sm">{t(item.overdue ? 'today.wasDue' : 'today.due', { date: item.due })}</Text>
          </Group>
        </Group>
        <Details item={item} />
      </Stack>
    </Paper>
  );
}
