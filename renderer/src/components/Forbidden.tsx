import { Alert, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function Forbidden({ area }: { area: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={1}>{t(`nav.${area}`)}</Title>
      <Alert color="red" role="alert" mt="md" title={t('errors.forbiddenTitle')}>
        {t('errors.forbidden')}
      </Alert>
    </>
  );
}
