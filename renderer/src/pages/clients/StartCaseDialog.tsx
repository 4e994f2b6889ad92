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
import { emptyIntake, groupFields, intakeFormSchema, toCreateCaseInput, toIntakeShape, type IntakeFormInput, type IntakeFormValues } from '../cases/intakeForm';
import { useCaseManagers } from '../cases/useCaseManagers';

/**
 * Intake of a new case for a client (R1): any entry point is accepted and recorded. With `previous`
 * (the client's closed case) it is the return (R15): linked to it and counted as a return; the group
 * starts as that case's and may be changed.
 */
export function StartCaseDialog({ clientId, previous, onClose }: { clientId: number; previous?: ClientCase; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const managers = useCaseManagers(user);
  const form = useForm<IntakeFormInput, unknown, IntakeFormValues>({
    resolver: zodResolver(intakeFormSchema),
    defaultValues: emptyIntake(user.roles.includes('case_manager') ? user.id : null, previous?.targetGroup as IntakeFormInput['targetGroup'] | undefined),
  });
  const open = useMutation({
    mutationFn: (v: IntakeFormValues) =>
      previous
        ? call('cases.reopen', { id: previous.id, targetGroup: v.targetGroup, ...toIntakeShape(v), ...groupFields(v) })
        : call('cases.create', toCreateCaseInput(clientId, v)),
    onSuccess: async (c) => {
      await qc.invalidateQueries({ queryKey: ['clients.get', clientId] });
      await qc.invalidateQueries({ queryKey: ['cases.list'] });
      void navigate(`/cases/${c.id}`);
    },
  });
  return (
    <AppModal opened onClose={onClose} title={previous ? t('cases.reopen.title', { caseNumber: previous.caseNumber }) : t('cases.intake.title')} size="xl">
      <form onSubmit={form.handleSubmit((v) => open.mutate(v))} noValidate>
        <Stack>
          {previous && <Text>{t('cases.reopen.explain')}</Text>}
          <IntakeFields form={form} groupEditable managers={managers} />
          <ErrorAlert error={open.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={open.isPending}>
              {previous ? t('cases.reopen.submit') : t('cases.intake.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
