import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A section whose content a later release fills: says what will be here, not a blank page. */
export function EmptyState({ area }: { area: 'today' | 'clients' | 'services' | 'reports' }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1}>{t(`nav.${area}`)}</Title>
      <Paper withBorder p="lg">
        <Text>{t(`empty.${area}`)}</Text>
      </Paper>
    </Stack>
  );
}
