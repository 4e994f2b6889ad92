import { Alert, Button, Container, Group, Paper, PasswordInput, Radio, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../electron/core/dates';
import { ApiError, call } from '../api/client';
import { ErrorAlert } from '../components/ErrorAlert';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { setLanguage } from '../i18n';
import { STATUS_KEY } from '../session/useSession';
import type { Language } from '../../../electron/contract';

/** First run on a new PC: set the centre up from a backup folder with a user's password or the recovery key (issue 6). */
export function RestoreFromBackup({ language, onCancel }: { language: Language; onCancel: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [folder, setFolder] = useState('');
  const [name, setName] = useState<string | null>(null);
  const [method, setMethod] = useState<'password' | 'recoveryKey'>('recoveryKey');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [lang, setLang] = useState<Language>(language);

  const list = useMutation({ mutationFn: () => call('backup.listAtFirstRun', { folder }), onSuccess: (r) => setName(r.backups.find((b) => b.status === 'ok')?.name ?? null) });
  const restore = useMutation({
    mutationFn: () => call('backup.restoreAtFirstRun', { folder, name: name ?? '', method, username, password, recoveryKey }),
    onSuccess: () => qc.invalidateQueries({ queryKey: STATUS_KEY }),
  });
  const issues = (e: unknown, path: string) => (e instanceof ApiError ? e.body.issues?.find((i) => i.path === path) : undefined);
  const folderIssue = issues(list.error, 'folder') ?? issues(restore.error, 'folder');

  return (
    <Container size="sm" py="xl">
      <Paper withBorder p="xl" component="main">
        <Stack>
          <Group justify="space-between">
            <Title order={1}>{t('backup.firstRunTitle')}</Title>
            <LanguageSwitch
              value={lang}
              onChange={(l) => {
                setLang(l);
                setLanguage(l);
              }}
            />
          </Group>
          <Text>{t('backup.firstRunIntro')}</Text>
          <form
            onSubmit={(ev) => {
              ev.preventDefault();
              list.mutate();
            }}
          >
            <Group align="flex-end">
              <TextInput
                style={{ flex: 1 }}
                label={t('backup.folder')}
                required
                value={folder}
                onChange={(ev) => setFolder(ev.currentTarget.value)}
                error={folderIssue ? t(folderIssue.messageKey) : undefined}
              />
              <Button type="submit" variant="default" loading={list.isPending}>
                {t('backup.showBackups')}
              </Button>
            </Group>
          </form>
          {!folderIssue && <ErrorAlert error={list.error} />}
          {list.data && list.data.backups.length === 0 && <Text>{t('backup.empty')}</Text>}
          {list.data && list.data.backups.length > 0 && (
            <form
              onSubmit={(ev) => {
                ev.preventDefault();
                restore.mutate();
              }}
            >
              <Stack>
                <Radio.Group label={t('backup.choose')} value={name} onChange={setName} required>
                  <Stack gap="xs" mt="xs">
                    {list.data.backups.map((b) => (
                      <Radio
                        key={b.name}
                        value={b.name}
                        disabled={b.status !== 'ok'}
                        label={`${b.createdAt ? formatDateTime(b.createdAt) : b.name} — ${b.centreName ?? ''}${b.status !== 'ok' ? ` (${t('backup.damaged')})` : ''}`}
                        description={b.counts ? t('backup.contentsSummary', { users: b.counts.users, clients: b.counts.clients, cases: b.counts.cases, audit: b.counts.auditEntries }) : undefined}
                      />
                    ))}
                  </Stack>
                </Radio.Group>
                <Stack gap={4}>
                  <Text size="sm" fw={500} id="restore-method-label">
                    {t('backup.method')}
                  </Text>
                  <SegmentedControl
                    aria-labelledby="restore-method-label"
                    value={method}
                    onChange={(v) => setMethod(v as 'password' | 'recoveryKey')}
                    data={[
                      { value: 'recoveryKey', label: t('backup.methodRecovery') },
                      { value: 'password', label: t('backup.methodPassword') },
                    ]}
                  />
                </Stack>
                {method === 'password' ? (
                  <>
                    <TextInput label={t('users.username')} required autoComplete="username" value={username} onChange={(ev) => setUsername(ev.currentTarget.value)} />
                    <PasswordInput label={t('auth.password')} required autoComplete="current-password" value={password} onChange={(ev) => setPassword(ev.currentTarget.value)} />
                  </>
                ) : (
                  <TextInput label={t('setup.recoveryKey')} required autoComplete="off" value={recoveryKey} onChange={(ev) => setRecoveryKey(ev.currentTarget.value)} />
                )}
                <ErrorAlert error={restore.error} />
                {restore.isSuccess && <Alert color="green" role="status">{t('backup.firstRunRestore')}</Alert>}
                <Group justify="flex-end">
                  <Button type="submit" loading={restore.isPending} disabled={!name}>
                    {t('backup.firstRunRestore')}
                  </Button>
                </Group>
              </Stack>
            </form>
          )}
          <Group>
            <Button variant="subtle" onClick={onCancel}>
              {t('backup.backToSetup')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Container>
  );
}
