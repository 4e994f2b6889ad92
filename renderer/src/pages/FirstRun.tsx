import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Code, Container, Group, Paper, PasswordInput, Select, Stack, Stepper, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Language } from '../../../electron/contract';
import { centreCodeSchema, languageSchema, municipalitySchema, newPasswordSchema, personNameSchema, usernameSchema } from '../../../electron/contract/schemas';
import { MUNICIPALITIES } from '../../../electron/core/municipalities';
import { call } from '../api/client';
import { ErrorAlert } from '../components/ErrorAlert';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { fieldError } from '../forms/translate';
import { setLanguage } from '../i18n';
import { STATUS_KEY } from '../session/useSession';
import { RestoreFromBackup } from './RestoreFromBackup';

const formSchema = z
  .object({
    centreName: personNameSchema,
    centreCode: centreCodeSchema,
    municipality: municipalitySchema,
    fullName: personNameSchema,
    username: usernameSchema,
    password: newPasswordSchema,
    passwordConfirm: z.string(),
    language: languageSchema,
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ['passwordConfirm'], message: 'validation.passwordsDiffer' })
  .refine((v) => !v.password.toLowerCase().includes(v.username), { path: ['password'], message: 'validation.passwordHasUsername' });
type FormInput = z.input<typeof formSchema>;
type FormValues = z.output<typeof formSchema>;

const STEP_FIELDS: (keyof FormInput)[][] = [['centreName', 'centreCode', 'municipality'], ['fullName', 'username', 'password', 'passwordConfirm'], ['language']];

const FIRST_RUN_DEMO_CASES = 200;

/** The first run: the centre, its first administrator and the default language; then the recovery key, shown once. */
export function FirstRun({ language }: { language: Language }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [step, setStep] = useState(0);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [stored, setStored] = useState(false);
  const [fromBackup, setFromBackup] = useState(false);
  // Issue 3, item 13: a centre set up only to try the program can start with demo data.
  const [withDemo, setWithDemo] = useState(false);
  const [demo, setDemo] = useState<{ cases: number; password: string } | null>(null);
  const form = useForm<FormInput, unknown, FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { centreName: '', centreCode: '', municipality: undefined, fullName: '', username: '', password: '', passwordConfirm: '', language },
  });
  const { register, control, formState } = form;
  const chosenLanguage = useWatch({ control, name: 'language' });
  const e = formState.errors;

  const setup = useMutation({
    mutationFn: async (v: FormValues) => {
      const r = await call('setup.initialise', {
        centre: { name: v.centreName, code: v.centreCode, municipality: v.municipality },
        admin: { fullName: v.fullName, username: v.username, password: v.password },
        language: v.language,
      });
      if (withDemo) {
        // The data can only be written once someone has unlocked it: the new administrator, briefly.
        await call('auth.signIn', { username: v.username, password: v.password });
        try {
          const filled = await call('demo.fill', { cases: FIRST_RUN_DEMO_CASES });
          setDemo({ cases: filled.counts.cases, password: filled.password });
        } finally {
          await call('auth.signOut', {}).catch(() => undefined);
        }
      }
      return r;
    },
    onSuccess: (r) => setRecoveryKey(r.recoveryKey),
  });

  if (fromBackup) return <RestoreFromBackup language={chosenLanguage ?? language} onCancel={() => setFromBackup(false)} />;

  const next = async () => {
    if (await form.trigger(STEP_FIELDS[step])) setStep((s) => s + 1);
  };

  if (recoveryKey) {
    return (
      <Container size="sm" py="xl">
        <Paper withBorder p="xl" component="main">
          <Stack>
            <Title order={1}>{t('setup.recoveryTitle')}</Title>
            <Text>{t('setup.recoveryExplain')}</Text>
            {demo && (
              <Text role="status" data-testid="first-run-demo">
                {t('demo.firstRunDone', { count: demo.cases, password: demo.password })}
              </Text>
            )}
            <Code block fz="lg" data-testid="recovery-key" aria-label={t('setup.recoveryKey')} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
              {recoveryKey}
            </Code>
            <Group className="no-print">
              <Button variant="default" onClick={() => window.print()}>
                {t('setup.printRecovery')}
              </Button>
            </Group>
            <Checkbox className="no-print" label={t('setup.recoveryStored')} checked={stored} onChange={(ev) => setStored(ev.currentTarget.checked)} />
            <Button className="no-print" disabled={!stored} onClick={() => void qc.invalidateQueries({ queryKey: STATUS_KEY })}>
              {t('setup.continueToSignIn')}
            </Button>
          </Stack>
        </Paper>
      </Container>
    );
  }

  return (
    <Container size="sm" py="xl">
      <Paper withBorder p="xl" component="main">
        <form onSubmit={form.handleSubmit((v) => setup.mutate(v))} noValidate>
          <Stack>
            <Group justify="space-between">
              <Title order={1}>{t('setup.title')}</Title>
              <LanguageSwitch
                value={chosenLanguage}
                onChange={(l) => {
                  form.setValue('language', l);
                  setLanguage(l);
                }}
              />
            </Group>
            <Text>{t('setup.intro')}</Text>
            <Group>
              <Button variant="subtle" px={0} onClick={() => setFromBackup(true)}>
                {t('backup.firstRunLink')}
              </Button>
            </Group>
            <Stepper active={step} onStepClick={(s) => s < step && setStep(s)} allowNextStepsSelect={false}>
              <Stepper.Step label={t('setup.stepCentre')}>
                <Stack>
                  <TextInput label={t('setup.centreName')} required {...register('centreName')} error={fieldError(t, e.centreName)} />
                  <TextInput label={t('setup.centreCode')} description={t('setup.centreCodeHelp')} required {...register('centreCode')} error={fieldError(t, e.centreCode)} />
                  <Controller
                    control={control}
                    name="municipality"
                    render={({ field }) => (
                      <Select
                        label={t('setup.municipality')}
                        required
                        searchable
                        data={MUNICIPALITIES.map((m) => ({ value: m.iso, label: m.nameLt }))}
                        value={field.value ?? null}
                        onChange={(v) => field.onChange(v ?? undefined)}
                        onBlur={field.onBlur}
                        error={fieldError(t, e.municipality)}
                        nothingFoundMessage={t('common.nothingFound')}
                      />
                    )}
                  />
                </Stack>
              </Stepper.Step>
              <Stepper.Step label={t('setup.stepAdmin')}>
                <Stack>
                  <TextInput label={t('users.fullName')} required {...register('fullName')} error={fieldError(t, e.fullName)} />
                  <TextInput label={t('users.username')} description={t('users.usernameHelp')} required autoComplete="username" {...register('username')} error={fieldError(t, e.username)} />
                  <PasswordInput label={t('auth.password')} description={t('auth.passwordRules')} required autoComplete="new-password" {...register('password')} error={fieldError(t, e.password)} />
                  <PasswordInput label={t('auth.passwordConfirm')} required autoComplete="new-password" {...register('passwordConfirm')} error={fieldError(t, e.passwordConfirm)} />
                </Stack>
              </Stepper.Step>
              <Stepper.Step label={t('setup.stepLanguage')}>
                <Stack>
                  <Text>{t('setup.languageExplain')}</Text>
                  <Checkbox label={t('demo.firstRunOption', { count: FIRST_RUN_DEMO_CASES })} description={t('demo.warning')} checked={withDemo} onChange={(ev) => setWithDemo(ev.currentTarget.checked)} />
                </Stack>
              </Stepper.Step>
            </Stepper>
            <ErrorAlert error={setup.error} />
            <Group justify="space-between">
              <Button variant="default" disabled={step === 0} onClick={() => setStep((s) => s - 1)}>
                {t('common.back')}
              </Button>
              {step < 2 ? (
                // Distinct keys: reusing one <button> node while its type flips to "submit" would submit the form on the same click.
                <Button key="next" onClick={() => void next()}>
                  {t('common.next')}
                </Button>
              ) : (
                <Button key="submit" type="submit" loading={setup.isPending}>
                  {t('setup.finish')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
