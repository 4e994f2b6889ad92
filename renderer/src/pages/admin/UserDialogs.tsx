import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { AppModal } from '../../components/AppModal';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { createUserInputSchema } from '../../../../electron/contract/methods/users';
import { newPasswordSchema, personNameSchema, rolesSchema } from '../../../../electron/contract/schemas';
import { LANGUAGES, ROLES, type UserSummary } from '../../../../electron/contract';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldError } from '../../forms/translate';
import { FormActions } from '../../components/FormActions';

export const USERS_KEY = ['users'] as const;

function RolesField({ value, onChange, error }: { value: string[]; onChange: (v: string[]) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group label={t('users.roles')} value={value} onChange={onChange} error={error} withAsterisk>
      <Group mt="xs">
        {ROLES.map((r) => (
          <Checkbox key={r} value={r} label={t(`roles.${r}`)} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}

type CreateValues = z.output<typeof createUserInputSchema>;

export function CreateUserDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<z.input<typeof createUserInputSchema>, unknown, CreateValues>({
    resolver: zodResolver(createUserInputSchema),
    defaultValues: { fullName: '', username: '', roles: ['case_manager'], language: 'lt', temporaryPassword: '' },
  });
  const create = useMutation({
    mutationFn: (v: CreateValues) => call('users.create', v),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: USERS_KEY });
      onClose();
    },
  });
  const e = form.formState.errors;
  return (
    <AppModal opened onClose={onClose} title={t('users.addTitle')}>
      <form onSubmit={form.handleSubmit((v) => create.mutate(v))} noValidate>
        <Stack>
          <TextInput label={t('users.fullName')} required data-autofocus {...form.register('fullName')} error={fieldError(t, e.fullName)} />
          <TextInput label={t('users.username')} description={t('users.usernameHelp')} required {...form.register('username')} error={fieldError(t, e.username)} />
          <Controller control={form.control} name="roles" render={({ field }) => <RolesField value={field.value} onChange={field.onChange} error={fieldError(t, e.roles as never)} />} />
          <Controller
            control={form.control}
            name="language"
            render={({ field }) => (
              <Select
                label={t('common.language')}
                data={LANGUAGES.map((l) => ({ value: l, label: t(`common.languages.${l}`) }))}
                value={field.value}
                onChange={(v) => field.onChange(v ?? 'lt')}
                allowDeselect={false}
              />
            )}
          />
          <PasswordInput
            label={t('users.temporaryPassword')}
            description={t('users.temporaryPasswordHelp')}
            required
            autoComplete="new-password"
            {...form.register('temporaryPassword')}
            error={fieldError(t, e.temporaryPassword)}
          />
          <ErrorAlert error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('users.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

const editSchema = z.object({ fullName: personNameSchema, roles: rolesSchema });
type EditValues = z.output<typeof editSchema>;

export function EditUserDialog({ user, onClose }: { user: UserSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<z.input<typeof editSchema>, unknown, EditValues>({ resolver: zodResolver(editSchema), defaultValues: { fullName: user.fullName, roles: user.roles } });
  const update = useMutation({
    mutationFn: (v: EditValues) => call('users.update', { id: user.id, ...v }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: USERS_KEY });
      onClose();
    },
  });
  const e = form.formState.errors;
  return (
    <AppModal opened onClose={onClose} title={t('users.editTitle', { username: user.username })}>
      <form onSubmit={form.handleSubmit((v) => update.mutate(v))} noValidate>
        <Stack>
          <TextInput label={t('users.fullName')} required data-autofocus {...form.register('fullName')} error={fieldError(t, e.fullName)} />
          <Controller control={form.control} name="roles" render={({ field }) => <RolesField value={field.value} onChange={field.onChange} error={fieldError(t, e.roles as never)} />} />
          <FormActions error={update.error} onCancel={onClose} saving={update.isPending} />
        </Stack>
      </form>
    </AppModal>
  );
}

const resetSchema = z.object({ temporaryPassword: newPasswordSchema });

export function ResetPasswordDialog({ user, onClose }: { user: UserSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<z.input<typeof resetSchema>, unknown, z.output<typeof resetSchema>>({ resolver: zodResolver(resetSchema), defaultValues: { temporaryPassword: '' } });
  const reset = useMutation({
    mutationFn: (v: { temporaryPassword: string }) => call('users.resetPassword', { id: user.id, ...v }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: USERS_KEY });
      onClose();
    },
  });
  return (
    <AppModal opened onClose={onClose} title={t('users.resetTitle', { username: user.username })}>
      <form onSubmit={form.handleSubmit((v) => reset.mutate(v))} noValidate>
        <Stack>
          <Text size="sm">{user.disabled ? t('users.resetEnables') : t('users.resetExplain')}</Text>
          <PasswordInput
            label={t('users.temporaryPassword')}
            required
            data-autofocus
            autoComplete="new-password"
            {...form.register('temporaryPassword')}
            error={fieldError(t, form.formState.errors.temporaryPassword)}
          />
          <ErrorAlert error={reset.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={reset.isPending}>
              {t('users.resetPassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

export function DisableUserDialog({ user, onClose }: { user: UserSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const disable = useMutation({
    mutationFn: () => call('users.disable', { id: user.id }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: USERS_KEY });
      onClose();
    },
  });
  return (
    <AppModal opened onClose={onClose} title={t('users.disableTitle', { username: user.username })}>
      <Stack>
        <Text size="sm">{t('users.disableExplain')}</Text>
        <ErrorAlert error={disable.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={disable.isPending} onClick={() => disable.mutate()}>
            {t('users.disable')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
