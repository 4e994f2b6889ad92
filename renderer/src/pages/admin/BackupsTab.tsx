import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Code, Group, NumberInput, Paper, PasswordInput, Progress, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { backupConfigInputSchema, type BackupSummary } from '../../../../electron/contract/methods/backup';
import { formatDateTime } from '../../../../electron/core/dates';
import { call } from '../../api/client';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldError } from '../../forms/translate';

type ConfigValues = z.output<typeof backupConfigInputSchema>;

export function formatBytes(bytes: number, language: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

function useContents() {
  const { t } = useTranslation();
  return (b: BackupSummary) =>
    b.counts ? t('backup.contentsSummary', { users: b.counts.users, clients: b.counts.clients, cases: b.counts.cases, audit: b.counts.auditEntries }) : '—';
}

/** Administration → Backups: status, back up now with progress, settings, the list, and restore (issue 6). */
export function BackupsTab() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const contents = useContents();
  const [restoring, setRestoring] = useState<BackupSummary | null>(null);
  const [restoredMessage, setRestoredMessage] = useState<string | null>(null);

  const run = useMutation({
    mutationFn: () => call('backup.run', {}),
    onSettled: () => qc.invalidateQueries({ queryKey: ['backup'] }),
  });
  const status = useQuery({ queryKey: ['backup', 'status'], queryFn: () => call('backup.status', {}), refetchInterval: run.isPending ? 250 : false });
  const list = useQuery({ queryKey: ['backup', 'list'], queryFn: () => call('backup.list', {}) });
  const config = useQuery({ queryKey: ['backup', 'config'], queryFn: () => call('backup.config.get', {}) });

  const form = useForm<z.input<typeof backupConfigInputSchema>, unknown, ConfigValues>({ resolver: zodResolver(backupConfigInputSchema) });
  useEffect(() => {
    if (config.data) {
      const { isDefaultFolder, folder, keepDaily, keepWeekly, keepMonthly, automatic } = config.data;
      form.reset({ folder: isDefaultFolder ? '' : folder, keepDaily, keepWeekly, keepMonthly, automatic });
    }
  }, [config.data, form]);
  const save = useMutation({
    mutationFn: (v: ConfigValues) => call('backup.config.update', v),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['backup'] }),
  });
  const e = form.formState.errors;

  const s = status.data;
  const progress = s?.running;
  return (
    <Stack>
      <Paper withBorder p="md" component="section" aria-labelledby="backup-status-title">
        <Stack gap="xs">
          <Title order={2} size="h3" id="backup-status-title">
            {t('backup.statusTitle')}
          </Title>
          <ErrorAlert error={status.error} />
          {s && (
            <>
              <Text data-testid="backup-last-good">
                <strong>{t('backup.lastGood')}:</strong>{' '}
                {s.lastGood ? `${formatDateTime(s.lastGood.at)} (${t('backup.age', { count: Math.floor(s.lastGood.ageHours) })}) — ${s.lastGood.name}` : t('backup.none')}
              </Text>
              <Text>
                <strong>{t('backup.location')}:</strong> <Code>{s.folder}</Code>
              </Text>
              <Text>{s.automatic ? `${t('backup.nextAutomatic')}: ${s.nextAutomaticAt ? formatDateTime(s.nextAutomaticAt) : '—'}` : t('backup.automaticOff')}</Text>
              {s.lastAttempt && !s.lastAttempt.ok && (
                <Alert color="red" title={t('backup.lastFailed')}>
                  {formatDateTime(s.lastAttempt.at)}: {t(s.lastAttempt.messageKey ?? 'errors.backupFailed')}
                </Alert>
              )}
            </>
          )}
          <Group>
            <Button onClick={() => run.mutate()} loading={run.isPending} data-testid="backup-run">
              {t('backup.runNow')}
            </Button>
          </Group>
          {run.isPending && (
            <Stack gap={4} aria-live="polite">
              <Text size="sm">{progress ? t(`backup.phase.${progress.phase}`) : t('backup.running')}</Text>
              <Progress value={progress?.percent ?? 0} aria-label={t('backup.running')} animated />
            </Stack>
          )}
          {run.data && !run.isPending && (
            <Alert color="green" role="status">
              {t('backup.made', { name: run.data.name })}
            </Alert>
          )}
          <ErrorAlert error={run.error} />
        </Stack>
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="backup-list-title">
        <Stack gap="xs">
          <Title order={2} size="h3" id="backup-list-title">
            {t('backup.listTitle')}
          </Title>
          {restoredMessage && (
            <Alert color="green" role="status">
              {restoredMessage}
            </Alert>
          )}
          <ErrorAlert error={list.error} />
          {list.data && list.data.backups.length === 0 && <Text>{t('backup.empty')}</Text>}
          {list.data && list.data.backups.length > 0 && (
            <Table striped aria-label={t('backup.listLabel')} data-testid="backup-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('backup.when')}</Table.Th>
                  <Table.Th>{t('backup.kind')}</Table.Th>
                  <Table.Th>{t('backup.size')}</Table.Th>
                  <Table.Th>{t('backup.contents')}</Table.Th>
                  <Table.Th>{t('backup.state')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('backup.restore')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.backups.map((b) => (
                  <Table.Tr key={b.name}>
                    <Table.Td>{b.createdAt ? formatDateTime(b.createdAt) : b.name}</Table.Td>
                    <Table.Td>{b.kind ? t(`backup.kinds.${b.kind}`) : '—'}</Table.Td>
                    <Table.Td>{b.sizeBytes === null ? '—' : formatBytes(b.sizeBytes, i18n.language)}</Table.Td>
                    <Table.Td>{contents(b)}</Table.Td>
                    <Table.Td>{b.status === 'ok' ? t('backup.verified') : t('backup.damaged')}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        disabled={b.status !== 'ok'}
                        aria-label={t('backup.restoreNamed', { when: b.createdAt ? formatDateTime(b.createdAt) : b.name })}
                        onClick={() => {
                          setRestoredMessage(null);
                          setRestoring(b);
                        }}
                      >
                        {t('backup.restore')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="backup-settings-title">
        <form onSubmit={form.handleSubmit((v) => save.mutate(v))} noValidate>
          <Stack maw={640} gap="sm">
            <Title order={2} size="h3" id="backup-settings-title">
              {t('backup.settingsTitle')}
            </Title>
            <TextInput
              label={t('backup.folder')}
              description={t('backup.folderHelp', { folder: config.data?.defaultFolder ?? '' })}
              {...form.register('folder')}
              error={fieldError(t, e.folder)}
            />
            <Controller
              control={form.control}
              name="automatic"
              render={({ field }) => <Checkbox label={t('backup.automatic')} checked={!!field.value} onChange={(ev) => field.onChange(ev.currentTarget.checked)} />}
            />
            <Group grow align="flex-start">
              {(['keepDaily', 'keepWeekly', 'keepMonthly'] as const).map((name) => (
                <Controller
                  key={name}
                  control={form.control}
                  name={name}
                  render={({ field }) => (
                    <NumberInput
                      label={t(`backup.${name}`)}
                      min={name === 'keepDaily' ? 1 : 0}
                      allowDecimal={false}
                      value={field.value}
                      onChange={(v) => field.onChange(typeof v === 'number' ? v : Number.NaN)}
                      error={fieldError(t, e[name])}
                    />
                  )}
                />
              ))}
            </Group>
            <ErrorAlert error={save.error} />
            {save.isSuccess && !form.formState.isDirty && (
              <Alert color="green" role="status">
                {t('backup.saved')}
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t('backup.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>

      {restoring && (
        <RestoreDialog
          backup={restoring}
          describe={contents(restoring)}
          onClose={() => setRestoring(null)}
          onDone={(message) => {
            setRestoring(null);
            setRestoredMessage(message);
          }}
        />
      )}
    </Stack>
  );
}

function RestoreDialog({ backup, describe, onClose, onDone }: { backup: BackupSummary; describe: string; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [password, setPassword] = useState('');
  const restore = useMutation({
    mutationFn: () => call('backup.restore', { name: backup.name, password }),
    onSuccess: async (r) => {
      onDone(r.signedOut ? t('backup.restoredSignedOut') : t('backup.restored', { when: r.restored.createdAt ? formatDateTime(r.restored.createdAt) : r.restored.name, folder: r.keptAside ?? '—' }));
      // Everything on screen may have changed.
      await qc.invalidateQueries();
    },
  });
  return (
    <AppModal opened onClose={onClose} title={t('backup.restoreTitle')} size="lg">
      <form
        onSubmit={(ev) => {
          ev.preventDefault();
          restore.mutate();
        }}
      >
        <Stack>
          <Text>
            <strong>{backup.createdAt ? formatDateTime(backup.createdAt) : backup.name}</strong> — {describe}
          </Text>
          <Alert color="orange">{t('backup.restoreWarning')}</Alert>
          <PasswordInput label={t('backup.restoreConfirmPassword')} required autoComplete="current-password" value={password} onChange={(ev) => setPassword(ev.currentTarget.value)} />
          <ErrorAlert error={restore.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={restore.isPending} disabled={!password}>
              {t('backup.restoreConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
