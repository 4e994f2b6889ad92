import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { DuplicateCandidate } from '../../../../electron/contract/methods/clients';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ClientFields } from './ClientFields';
import { clientFormSchema, EMPTY_CLIENT_FORM, toClientInput, type ClientFormInput, type ClientFormValues } from './clientForm';
import { DuplicateCandidates } from './DuplicateCandidates';

/** Registering a client in two steps: the form, then (when there are any) the possible duplicates (R1). */
export function RegisterClientPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const form = useForm<ClientFormInput, unknown, ClientFormValues>({ resolver: zodResolver(clientFormSchema), defaultValues: EMPTY_CLIENT_FORM });
  const [candidates, setCandidates] = useState<DuplicateCandidate[] | null>(null);

  const create = useMutation({
    mutationFn: ({ v, confirm }: { v: ClientFormValues; confirm: boolean }) => call('clients.create', { ...toClientInput(v), confirmNotDuplicate: confirm }),
    onSuccess: async (client) => {
      await qc.invalidateQueries({ queryKey: ['clients.search'] });
      void navigate(`/clients/${client.id}`);
    },
  });
  const check = useMutation({
    mutationFn: (v: ClientFormValues) => {
      const i = toClientInput(v);
      return call('clients.checkDuplicates', { firstName: i.firstName, lastName: i.lastName, personalCode: i.personalCode, birthDate: i.birthDate, sex: i.sex });
    },
    onSuccess: (r, v) => {
      if (r.candidates.length === 0) create.mutate({ v, confirm: false });
      else setCandidates(r.candidates);
    },
  });

  return (
    <Stack maw={900}>
      <Anchor component={Link} to="/clients">
        {t('clients.backToList')}
      </Anchor>
      <Title order={1}>{t('clients.register.title')}</Title>
      {candidates ? (
        <DuplicateCandidates
          candidates={candidates}
          onBack={() => setCandidates(null)}
          onConfirm={() => void form.handleSubmit((v) => create.mutate({ v, confirm: true }))()}
          confirming={create.isPending}
        />
      ) : (
        <Paper withBorder p="md">
          <form onSubmit={form.handleSubmit((v) => check.mutate(v))} noValidate>
            <Stack>
              <ClientFields form={form} autoFocus />
              <Group>
                <Button type="submit" loading={check.isPending || create.isPending}>
                  {t('clients.register.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
      <ErrorAlert error={check.error ?? create.error} />
    </Stack>
  );
}
