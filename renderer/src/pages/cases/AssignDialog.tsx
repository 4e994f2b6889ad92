import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetails } from '../../../../electron/contract/methods/cases';
import { isValidDate } from '../../../../electron/core/calendar-dates';
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
          data={managers.map((m) => ({ value: String(m.id), label: m.name }))}
          value={managerId}
          onChange={setManagerId}
          error={tried && !managerId ? t('validation.required') : undefined}
        />
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
