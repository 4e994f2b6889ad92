import { Alert } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';

/** Everyone's Today list: a warning when the last good backup is older than two days (issue 6). Renders nothing otherwise. */
export function BackupWarning() {
  const { t } = useTranslation();
  const warning = useQuery({ queryKey: ['backup', 'warning'], queryFn: () => call('backup.warning', {}), staleTime: 5 * 60_000 });
  if (!warning.data?.warn) return null;
  return (
    <Alert color="orange" title={t('backup.warningTitle')} data-testid="backup-warning">
      {warning.data.ageDays === null ? t('backup.warningNone') : t('backup.warningOld', { count: warning.data.ageDays })}
    </Alert>
  );
}
