import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Container, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Language } from '../../../electron/contract';
import { passwordSchema, usernameSchema } from '../../../electron/contract/schemas';
import { call } from '../api/client';
import { ErrorAlert } from '../components/ErrorAlert';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { fieldError } from '../forms/translate';
import { setLanguage } from '../i18n';
import { useSetSession } from '../session/useSession';
import { Recover } from './Recover';

const schema = z.object({ username: usernameSchema, password: passwordSchema });
type Values = z.output<typeof schema>;

export function SignIn({ centreName, language, onLanguage }: { centreName: string | null; language: Language; onLanguage: (l: Language) => void }) {
  const { t } = useTranslation();
  const setSession = useSetSession();
  const [recovering, setRecovering] = useState(false);
  const form = useForm<z.input<typeof schema>, unknown, Values>({ resolver: zodResolver(schema), defaultValues: { username: '', password: '' } });
  const signIn = useMutation({
    mutationFn: (v: Values) => call('auth.signIn', v),
    onSuccess: (s) => {
      if (s.user) setLanguage(s.user.language);
      setSession(s);
    },
    onError: () => form.setValue('password', ''),
  });
  const e = form.formState.errors;

  if (recovering) return <Recover onDone={() => setRecovering(false)} />;

  return (
    <Container size={420} py="xl">
      <Paper withBorder p="xl" component="main">
        <form onSubmit={form.handleSubmit((v) => signIn.mutate(v))} noValidate>
          <Stack>
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={1}>{t('auth.signInTitle')}</Title>
                {centreName && <Text c="dimmed">{centreName}</Text>}
              </div>
              <LanguageSwitch
                value={language}
                onChange={(l) => {
                  setLanguage(l);
                  onLanguage(l);
                }}
              />
            </Group>
            <TextInput label={t('users.username')} autoComplete="username" required autoFocus {...form.register('username')} error={fieldError(t, e.username)} />
            <PasswordInput label={t('auth.password')} autoComplete="current-password" required {...form.register('password')} error={fieldError(t, e.password)} />
            <ErrorAlert error={signIn.error} />
            <Button type="submit" loading={signIn.isPending}>
              {t('auth.signIn')}
            </Button>
            <Anchor component="button" type="button" size="sm" onClick={() => setRecovering(true)}>
              {t('auth.useRecoveryKey')}
            </Anchor>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
