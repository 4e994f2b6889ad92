import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetails } from '../../../../electron/contract/methods/cases';
import { isValidDate } from '../../../../electron/core/calendar-dates';
import { assignmentWouldOverload, loadPercent } from '../../../../electron/core/quality/caseload';
import { call } from '../../api/client';
import { AppModal } from '../../components/AppModal';
import { DateField, todayYmd } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCurrentUser } from '../../session/useCurrentUser';
import { refreshCase } from './caseRefresh';
import { useCaseManagers } from './useCaseManagers';

/** A supervisor gives the case to a case manager from a date. */
export function AssignDialog({ data, onClose }: { data: CaseDetails; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const user = useCurrentUser();
  const managers = useCaseManagers(user);
  const [managerId, setManagerId] = useState<string | null>(data.caseManagerId ? String(data.caseManagerId) : null);
  const [assignedOn, setAssignedOn] = useState(todayYmd());
  const [tried, setTried] = useState(false);
  const assign = useMutation({
    mutationFn: () => call('cases.assign', { id: data.id, caseManagerId: Number(managerId), assignedOn }),
    onSuccess: async () => {
      await refreshCase(qc, data.id);
      onClose();
    },
  });
  const dateOk = isValidDate(assignedOn);
  // R17: warn (not refuse) when this case would push the chosen case manager over a full caseload.
  const chosen = managers.find((m) => String(m.id) === managerId);
  const overload =
    chosen?.load && chosen.id !== data.caseManagerId && assignmentWouldOverload(chosen.load.open, data.intensity)
      ? { name: chosen.name, after: loadPercent({ ...chosen.load.open, [data.intensity]: chosen.load.open[data.intensity] + 1 }) }
      : null;
  const submit = () => {
    setTried(true);
    if (managerId && dateOk) assign.mutate();
  };
  return (
    <AppModal opened onClose={onClose} title={t('cases.assign.title', { caseNumber: data.caseNumber })}>
      <Stack>
        {managers.length === 0 && <Text>{t('cases.assign.noManagers')}</Text>}
        <Select
          label={t('cases.field.caseManager')}
          required
          data-autofocus
          allowDeselect={false}
          data={managers.map((m) => ({ value: String(m.id), label: m.load ? t('cases.assign.withLoad', { name: m.name, percent: m.load.loadPercent }) : m.name }))}
          value={managerId}
          onChange={setManagerId}
          error={tried && !managerId ? t('validation.required') : undefined}
        />
        {overload && (
          <Alert color="orange" role="status">
            {t('cases.assign.overload', { name: overload.name, percent: overload.after })}
          </Alert>
        )}
        <Text size="sm" c="dimmed">
          {t('cases.assign.formula')}
        </Text>
        <DateField label={t('cases.field.assignedOn')} required value={assignedOn} onChange={(v) => setAssignedOn(v ?? '')} error={tried && !dateOk ? t('validation.date') : undefined} />
        <ErrorAlert error={assign.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={assign.isPending}>
            {t('cases.assign.submit')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
