import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ClientCase } from '../../../../electron/contract/methods/clients';
import { call } from '../../api/client';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCurrentUser } from '../../session/useCurrentUser';
import { IntakeFields } from '../cases/IntakeFields';
import { emptyIntake, intakeFormSchema, toIntakeShape, type IntakeFormInput, type IntakeFormValues } from '../cases/intakeForm';
import { useCaseManagers } from '../cases/useCaseManagers';

/** R15, the right to return: a new episode for the same client, linked to the closed case and counted as a return. */
export function ReopenCaseDialog({ clientId, previous, onClose }: { clientId: number; previous: ClientCase; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const managers = useCaseManagers(user);
  const form = useForm<IntakeFormInput, unknown, IntakeFormValues>({
    resolver: zodResolver(intakeFormSchema),
    defaultValues: emptyIntake(user.roles.includes('case_manager') ? user.id : null, previous.targetGroup as IntakeFormInput['targetGroup']),
  });
  const reopen = useMutation({
    mutationFn: (v: IntakeFormValues) => call('cases.reopen', { id: previous.id, ...toIntakeShape(v) }),
    onSuccess: async (c) => {
      await qc.invalidateQueries({ queryKey: ['clients.get', clientId] });
      await qc.invalidateQueries({ queryKey: ['cases.list'] });
      void navigate(`/cases/${c.id}`);
    },
  });
  return (
    <AppModal opened onClose={onClose} title={t('cases.reopen.title', { caseNumber: previous.caseNumber })} size="xl">
      <form onSubmit={form.handleSubmit((v) => reopen.mutate(v))} noValidate>
        <Stack>
          <Text>{t('cases.reopen.explain')}</Text>
          <IntakeFields form={form} groupEditable={false} showGroupFields={false} managers={managers} />
          <ErrorAlert error={reopen.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={reopen.isPending}>
              {t('cases.reopen.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
