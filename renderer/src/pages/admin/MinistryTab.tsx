import { Alert, Button, Group, Loader, NumberInput, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endedQuarters } from '../../../../electron/core/ministry/quarter';
import { formatDate } from '../../../../electron/core/dates';
import { call } from '../../api/client';
import { saveBase64File } from '../../api/download';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MinistryHistory } from './MinistryHistory';
import { MinistryPreview } from './MinistryPreview';

/** R21: the quarterly package for the Ministry — choose a quarter, look at the figures, save the package. */
export function MinistryTab() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const quarters = endedQuarters(formatDate(new Date()), 8);
  const [quarter, setQuarter] = useState(quarters[0]!.code);
  const settings = useQuery({ queryKey: ['ministry.settings'], queryFn: () => call('ministry.getSettings', {}) });
  const [threshold, setThreshold] = useState<number | string>('');
  const preview = useMutation({ mutationFn: (q: string) => call('ministry.preview', { quarter: q }) });
  const saveThreshold = useMutation({
    mutationFn: (v: number) => call('ministry.updateSettings', { threshold: v }),
    onSuccess: (s) => {
      qc.setQueryData(['ministry.settings'], s);
      preview.reset();
    },
  });
  const make = useMutation({
    mutationFn: (q: string) => call('ministry.export', { quarter: q }),
    onSuccess: (r) => {
      saveBase64File(r.record.fileName, r.zipBase64, 'application/zip');
      void qc.invalidateQueries({ queryKey: ['ministry.history'] });
    },
  });

  return (
    <Stack>
      <Text>{t('ministry.intro')}</Text>
      <Group align="end">
        <Select
          label={t('ministry.quarter')}
          data={quarters.map((q) => ({ value: q.code, label: `${q.code} (${q.firstDay} – ${q.lastDay})` }))}
          value={quarter}
          allowDeselect={false}
          onChange={(v) => {
            if (v) setQuarter(v);
            preview.reset();
            make.reset();
          }}
        />
        <Button variant="default" onClick={() => preview.mutate(quarter)} loading={preview.isPending}>
          {t('ministry.showPreview')}
        </Button>
        <Button onClick={() => make.mutate(quarter)} loading={make.isPending}>
          {t('ministry.make')}
        </Button>
      </Group>
      {make.isPending && (
        <Group role="status" aria-live="polite">
          <Loader size="sm" aria-hidden />
          <Text>{t('ministry.making')}</Text>
        </Group>
      )}
      {make.data && (
        <Alert color="green" role="status" title={t('ministry.saved')}>
          {t('ministry.savedDetails', { fileName: make.data.record.fileName, sha256: make.data.record.sha256 })}
        </Alert>
      )}
      <ErrorAlert error={make.error ?? preview.error ?? settings.error ?? saveThreshold.error} />
      {preview.data && <MinistryPreview data={preview.data} />}

      <Title order={2} size="h4">
        {t('ministry.protection')}
      </Title>
      {settings.data && (
        <Group align="end">
          <NumberInput
            label={t('ministry.threshold')}
            description={t('ministry.thresholdHelp')}
            min={2}
            max={50}
            allowDecimal={false}
            value={threshold === '' ? settings.data.threshold : threshold}
            onChange={setThreshold}
          />
          <Button variant="default" onClick={() => saveThreshold.mutate(Number(threshold === '' ? settings.data.threshold : threshold))} loading={saveThreshold.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      )}

      <Title order={2} size="h4">
        {t('ministry.history')}
      </Title>
      <MinistryHistory onRemake={(q) => make.mutate(q)} />
    </Stack>
  );
}
