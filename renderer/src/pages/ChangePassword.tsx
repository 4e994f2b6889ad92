import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Container, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { newPasswordSchema, passwordSchema } from '../../../electron/contract/schemas';
import { call } from '../api/client';
import { ErrorAlert } from '../components/ErrorAlert';
import { fieldError } from '../forms/translate';
import { useSetSession } from '../session/useSession';

const schema = z
  .object({ currentPassword: passwordSchema, newPassword: newPasswordSchema, confirm: z.string() })
  .refine((v) => v.newPassword === v.confirm, { path: ['confirm'], message: 'validation.passwordsDiffer' });
type Values = z.output<typeof schema>;

/** A user with a temporary password chooses their own before anything else. */
export function ChangePassword({ onCancel, forced }: { onCancel?: () => void; forced: boolean }) {
  const { t } = useTranslation();
  const setSession = useSetSession();
  const form = useForm<z.input<typeof schema>, unknown, Values>({ resolver: zodResolver(schema), defaultValues: { currentPassword: '', newPassword: '', confirm: '' } });
  const change = useMutation({
    mutationFn: (v: Values) => call('auth.changePassword', { currentPassword: v.currentPassword, newPassword: v.newPassword }),
    onSuccess: (s) => setSession(s),
  });
  const e = form.formState.errors;
  return (
    <Container size={480} py="xl">
      <Paper withBorder p="xl" component="main">
        <form onSubmit={form.handleSubmit((v) => change.mutate(v))} noValidate>
          <Stack>
            <Title order={1}>{t('auth.changePasswordTitle')}</Title>
            {forced && <Text>{t('auth.mustChangePassword')}</Text>}
            <PasswordInput label={t('auth.currentPassword')} required autoComplete="current-password" {...form.register('currentPassword')} error={fieldError(t, e.currentPassword)} />
            <PasswordInput label={t('auth.newPassword')} description={t('auth.passwordRules')} required autoComplete="new-password" {...form.register('newPassword')} error={fieldError(t, e.newPassword)} />
            <PasswordInput label={t('auth.passwordConfirm')} required autoComplete="new-password" {...form.register('confirm')} error={fieldError(t, e.confirm)} />
            <ErrorAlert error={change.error} />
            <Button type="submit" loading={change.isPending}>
              {t('auth.changePassword')}
            </Button>
            {onCancel && (
              <Button variant="subtle" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
            )}
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
