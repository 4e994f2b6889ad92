import { zodResolver } from '@hookform/resolvers/zod';
import { Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../electron/contract/methods/clients';
import { call } from '../../api/client';
import { AppModal } from '../../components/AppModal';
import { ClientFields } from './ClientFields';
import { clientFormSchema, clientToForm, toClientInput, type ClientFormInput, type ClientFormValues } from './clientForm';
import { FormActions } from '../../components/FormActions';

/** Editing a client; every change is kept in the edit history. */
export function EditClientDialog({ client, onClose }: { client: Client; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<ClientFormInput, unknown, ClientFormValues>({ resolver: zodResolver(clientFormSchema), defaultValues: clientToForm(client) });
  const save = useMutation({
    mutationFn: (v: ClientFormValues) => call('clients.update', { id: client.id, ...toClientInput(v) }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['clients.get', client.id] });
      await qc.invalidateQueries({ queryKey: ['clients.history', client.id] });
      await qc.invalidateQueries({ queryKey: ['clients.search'] });
      onClose();
    },
  });
  return (
    <AppModal opened onClose={onClose} title={t('clients.edit.title', { name: `${client.firstName} ${client.lastName}` })} size="xl">
      <form onSubmit={form.handleSubmit((v) => save.mutate(v))} noValidate>
        <Stack>
          <ClientFields form={form} autoFocus />
          <FormActions error={save.error} onCancel={onClose} saving={save.isPending} />
        </Stack>
      </form>
    </AppModal>
  );
}
