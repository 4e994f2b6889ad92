import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** Shows a failed call's translated message; the services send keys, never text. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const body = error instanceof ApiError ? error.body : { messageKey: 'errors.internal', params: undefined, issues: undefined };
  const details = body.issues?.filter((i) => i.messageKey !== body.messageKey) ?? [];
  return (
    <Alert color="red" role="alert" title={t('common.errorTitle')}>
      {t(body.messageKey, body.params ?? {})}
      {details.length > 0 && (
        <ul>
          {details.map((i, n) => (
            <li key={`${n}-${i.path}-${i.messageKey}`}>{t(i.messageKey, i.params ?? {})}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
