import { Alert, Badge, Button, FileInput, Group, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../electron/contract/methods/service-map';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { downloadText, mapKeys, municipalityName } from './shared';

/** R16: share the map — export (everyone) and import with a preview (administrators); the map's settings. */
export function ExchangePanel({ isAdmin }: { isAdmin: boolean }) {
  return (
    <Stack gap="xl">
      <ExportSection />
      {isAdmin && <ImportSection />}
      {isAdmin && <SettingsSection />}
    </Stack>
  );
}

function ExportSection() {
  const { t } = useTranslation();
  const exp = useMutation({
    mutationFn: (format: 'json' | 'csv') => call('serviceMap.export', { format }),
    onSuccess: (r) => downloadText(r.fileName, r.mimeType, r.content),
  });
  return (
    <Stack>
      <Title order={2}>{t('serviceMap.exportTitle')}</Title>
      <Text>{t('serviceMap.exportHint')}</Text>
      <Group>
        <Button onClick={() => exp.mutate('json')} loading={exp.isPending && exp.variables === 'json'}>
          {t('serviceMap.exportJson')}
        </Button>
        <Button variant="default" onClick={() => exp.mutate('csv')} loading={exp.isPending && exp.variables === 'csv'}>
          {t('serviceMap.exportCsv')}
        </Button>
      </Group>
      {exp.data && (
        <Text role="status">{t('serviceMap.exported', { providers: exp.data.providers, services: exp.data.services, file: exp.data.fileName })}</Text>
      )}
      <ErrorAlert error={exp.error} />
    </Stack>
  );
}

function PreviewTable({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Text>
        {t('serviceMap.previewProviders', preview.providers)} {t('serviceMap.previewServices', preview.services)}
      </Text>
      <Table striped aria-label={t('serviceMap.previewTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('serviceMap.provider')}</Table.Th>
            <Table.Th>{t('serviceMap.municipality')}</Table.Th>
            <Table.Th>{t('serviceMap.previewStatus')}</Table.Th>
            <Table.Th>{t('serviceMap.previewChanges')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.items.map((i, n) => (
            <Table.Tr key={n}>
              <Table.Td>{i.name}</Table.Td>
              <Table.Td>{municipalityName(i.municipality)}</Table.Td>
              <Table.Td>
                <Badge variant="light" c="dark">
                  {t(`serviceMap.previewStatuses.${i.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {[
                  ...i.changes.map((c) => t(`serviceMap.fieldNames.${c}`)),
                  ...(i.servicesAdded ? [t('serviceMap.servicesAdded', { count: i.servicesAdded })] : []),
                  ...(i.servicesChanged ? [t('serviceMap.servicesChanged', { count: i.servicesChanged })] : []),
                ].join(', ') || '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function ImportSection() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [content, setContent] = useState<string | null>(null);
  const preview = useMutation({ mutationFn: (text: string) => call('serviceMap.importPreview', { content: text }) });
  const apply = useMutation({
    mutationFn: (text: string) => call('serviceMap.import', { content: text }),
    onSuccess: async () => {
      setContent(null);
      setFile(null);
      preview.reset();
      await qc.invalidateQueries({ queryKey: mapKeys.all });
    },
  });
  const choose = async (f: File | null) => {
    setFile(f);
    apply.reset();
    preview.reset();
    setContent(null);
    if (!f) return;
    const text = await f.text();
    setContent(text);
    preview.mutate(text);
  };
  const nothingToDo = preview.data && preview.data.providers.added + preview.data.providers.changed === 0;
  return (
    <Stack>
      <Title order={2}>{t('serviceMap.importTitle')}</Title>
      <Text>{t('serviceMap.importHint')}</Text>
      <FileInput label={t('serviceMap.importFile')} accept="application/json,.json" value={file} onChange={(f) => void choose(f)} clearable clearButtonProps={{ 'aria-label': t('common.close') }} />
      <ErrorAlert error={preview.error} />
      {preview.data && content && (
        <Paper withBorder p="md">
          <Stack>
            <Title order={3}>{t('serviceMap.previewTitle')}</Title>
            <PreviewTable preview={preview.data} />
            {nothingToDo ? (
              <Alert color="gray">{t('serviceMap.nothingToImport')}</Alert>
            ) : (
              <Group>
                <Button onClick={() => apply.mutate(content)} loading={apply.isPending}>
                  {t('serviceMap.confirmImport')}
                </Button>
                <Button variant="default" onClick={() => void choose(null)}>
                  {t('common.cancel')}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      )}
      <ErrorAlert error={apply.error} />
      {apply.data && (
        <Alert color="green" role="status">
          {t('serviceMap.imported', { added: apply.data.providers.added, changed: apply.data.providers.changed })}
        </Alert>
      )}
    </Stack>
  );
}

function SettingsSection() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const settings = useQuery({ queryKey: mapKeys.settings, queryFn: () => call('serviceMap.getSettings', {}) });
  const [v, setV] = useState<{ followUpDays: number; staleMonths: number } | null>(null);
  const current = v ?? settings.data ?? null;
  const save = useMutation({
    mutationFn: (s: { followUpDays: number; staleMonths: number }) => call('serviceMap.updateSettings', s),
    onSuccess: async (s) => {
      qc.setQueryData(mapKeys.settings, s);
      setV(null);
      await qc.invalidateQueries({ queryKey: mapKeys.all });
    },
  });
  if (!current) return <ErrorAlert error={settings.error} />;
  return (
    <form
      noValidate
      aria-label={t('serviceMap.settingsTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(current);
      }}
    >
      <Stack>
        <Title order={2}>{t('serviceMap.settingsTitle')}</Title>
        <Group align="flex-start">
          <NumberInput label={t('serviceMap.followUpDays')} min={1} max={180} allowDecimal={false} value={current.followUpDays} onChange={(n) => setV({ ...current, followUpDays: Number(n) || 0 })} />
          <NumberInput label={t('serviceMap.staleMonths')} min={1} max={60} allowDecimal={false} value={current.staleMonths} onChange={(n) => setV({ ...current, staleMonths: Number(n) || 0 })} />
        </Group>
        <ErrorAlert error={save.error} />
        {save.isSuccess && !v && <Text role="status">{t('common.saved')}</Text>}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
