import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call } from '../../api/client';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCurrentUser } from '../../session/useCurrentUser';
import { IntakeFields } from '../cases/IntakeFields';
import { emptyIntake, intakeFormSchema, toCreateCaseInput, type IntakeFormInput, type IntakeFormValues } from '../cases/intakeForm';
import { useCaseManagers } from '../cases/useCaseManagers';

/** Intake of a new case for a client (R1): any entry point is accepted and recorded. */
export function StartCaseDialog({ clientId, onClose }: { clientId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const managers = useCaseManagers(user);
  const form = useForm<IntakeFormInput, unknown, IntakeFormValues>({
    resolver: zodResolver(intakeFormSchema),
    defaultValues: emptyIntake(user.roles.includes('case_manager') ? user.id : null),
  });
  const create = useMutation({
    mutationFn: (v: IntakeFormValues) => call('cases.create', toCreateCaseInput(clientId, v)),
    onSuccess: async (c) => {
      await qc.invalidateQueries({ queryKey: ['clients.get', clientId] });
      await qc.invalidateQueries({ queryKey: ['cases.list'] });
      void navigate(`/cases/${c.id}`);
    },
  });
  return (
    <AppModal opened onClose={onClose} title={t('cases.intake.title')} size="xl">
      <form onSubmit={form.handleSubmit((v) => create.mutate(v))} noValidate>
        <Stack>
          <IntakeFields form={form} groupEditable showGroupFields managers={managers} />
          <ErrorAlert error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('cases.intake.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
