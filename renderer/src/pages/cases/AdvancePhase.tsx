import { Button, Group, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { OPEN_PHASES, type CaseDetails } from '../../../../electron/contract/methods/cases';
import { canMove } from '../../../../electron/core/case-phases';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { refreshCase } from './caseRefresh';

/** The explicit step round the cycle; intake is left by the eligibility decision, closure by authorisation. */
export function AdvancePhase({ data }: { data: CaseDetails }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const advance = useMutation({
    mutationFn: (to: (typeof OPEN_PHASES)[number]) => call('cases.advancePhase', { id: data.id, to }),
    onSuccess: () => refreshCase(qc, data.id),
  });
  if (data.phase === 'intake' || data.phase === 'closed') return null;
  if (data.closurePending) return <Text size="sm">{t('cases.advance.closurePending')}</Text>;
  const targets = OPEN_PHASES.filter((p) => canMove(data.phase, p));
  if (targets.length === 0) return null;
  return (
    <>
      <Group>
        <Text fw={600}>{t('cases.advance.label')}</Text>
        {targets.map((to) => (
          <Button key={to} variant="default" loading={advance.isPending && advance.variables === to} onClick={() => advance.mutate(to)}>
            {t('cases.advance.to', { phase: t(`cases.phase.${to}`) })}
          </Button>
        ))}
      </Group>
      <ErrorAlert error={advance.error} />
    </>
  );
}
