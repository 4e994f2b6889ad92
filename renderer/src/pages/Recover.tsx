import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Container, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { newPasswordSchema, usernameSchema } from '../../../electron/contract/schemas';
import { call } from '../api/client';
import { ErrorAlert } from '../components/ErrorAlert';
import { fieldError } from '../forms/translate';

const schema = z
  .object({ recoveryKey: z.string().trim().min(1, { error: 'validation.required' }), username: usernameSchema, newPassword: newPasswordSchema, confirm: z.string() })
  .refine((v) => v.newPassword === v.confirm, { path: ['confirm'], message: 'validation.passwordsDiffer' });
type Values = z.output<typeof schema>;

/** When every administrator password is lost: the recovery key from the first run sets a new one. */
export function Recover({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm<z.input<typeof schema>, unknown, Values>({ resolver: zodResolver(schema), defaultValues: { recoveryKey: '', username: '', newPassword: '', confirm: '' } });
  const recover = useMutation({ mutationFn: (v: Values) => call('auth.recover', { recoveryKey: v.recoveryKey, username: v.username, newPassword: v.newPassword }) });
  const e = form.formState.errors;
  return (
    <Container size={480} py="xl">
      <Paper withBorder p="xl" component="main">
        <form onSubmit={form.handleSubmit((v) => recover.mutate(v))} noValidate>
          <Stack>
            <Title order={1}>{t('auth.recoverTitle')}</Title>
            <Text>{t('auth.recoverExplain')}</Text>
            {recover.isSuccess ? (
              <Alert color="green" role="status">
                {t('auth.recoverDone')}
              </Alert>
            ) : (
              <>
                <TextInput label={t('setup.recoveryKey')} required {...form.register('recoveryKey')} error={fieldError(t, e.recoveryKey)} />
                <TextInput label={t('auth.adminUsername')} required {...form.register('username')} error={fieldError(t, e.username)} />
                <PasswordInput label={t('auth.newPassword')} description={t('auth.passwordRules')} required autoComplete="new-password" {...form.register('newPassword')} error={fieldError(t, e.newPassword)} />
                <PasswordInput label={t('auth.passwordConfirm')} required autoComplete="new-password" {...form.register('confirm')} error={fieldError(t, e.confirm)} />
                <ErrorAlert error={recover.error} />
                <Button type="submit" loading={recover.isPending}>
                  {t('auth.recoverSubmit')}
                </Button>
              </>
            )}
            <Button variant="subtle" onClick={onDone}>
              {t('auth.backToSignIn')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
