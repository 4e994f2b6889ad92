import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseDetails } from '../../../../electron/contract/methods/cases';
import { LabelledValue } from '../../components/LabelledValue';
import { PhaseSteps } from './PhaseSteps';

export function CaseHeader({ data }: { data: CaseDetails }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between" align="flex-start">
          <Title order={1}>{t('cases.file.title', { caseNumber: data.caseNumber })}</Title>
          <Group gap="xs">
            {data.closurePending && (
              <Badge color="yellow" c="dark" size="lg" data-testid="closure-pending">
                {t('cases.file.closurePending')}
              </Badge>
            )}
            {data.phase === 'closed' && (
              <Badge color="gray" c="dark" variant="light" size="lg">
                {t('cases.file.readOnly')}
              </Badge>
            )}
            {data.isReturn && (
              <Badge variant="light" c="dark" size="lg">
                {t('cases.file.return')}
              </Badge>
            )}
          </Group>
        </Group>
        <PhaseSteps phase={data.phase} />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <LabelledValue label={t('cases.field.client')}>
            <Anchor component={Link} to={`/clients/${data.clientId}`}>
              {data.clientName}
            </Anchor>
          </LabelledValue>
          <LabelledValue label={t('cases.field.targetGroup')}>{t(`cases.group.${data.targetGroup}`)}</LabelledValue>
          <LabelledValue label={t('cases.field.caseManager')}>
            {data.caseManagerName ? `${data.caseManagerName}${data.assignedOn ? ` (${t('cases.file.since', { date: data.assignedOn })})` : ''}` : t('cases.file.notAssigned')}
          </LabelledValue>
          <LabelledValue label={t('cases.field.intensity')}>{t(`cases.intensity.${data.intensity}`)}</LabelledValue>
          <LabelledValue label={t('cases.field.intakeDate')}>{data.intakeDate}</LabelledValue>
          {data.closedOn && <LabelledValue label={t('cases.field.closedOn')}>{data.closedOn}</LabelledValue>}
          {data.previousCaseId && (
            <LabelledValue label={t('cases.file.previousCase')}>
              <Anchor component={Link} to={`/cases/${data.previousCaseId}`}>
                {t('cases.file.openPrevious')}
              </Anchor>
            </LabelledValue>
          )}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
