import { Paper, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../electron/contract/methods/clients';
import { LabelledValue } from '../../components/LabelledValue';

export function ClientDetails({ client }: { client: Client }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <LabelledValue label={t('clients.field.personalCode')}>{client.personalCode}</LabelledValue>
        <LabelledValue label={t('clients.field.birthDate')}>{client.birthDate}</LabelledValue>
        <LabelledValue label={t('clients.field.sex')}>{client.sex ? t(`clients.sex.${client.sex}`) : ''}</LabelledValue>
        <LabelledValue label={t('clients.field.address')}>{client.address}</LabelledValue>
        <LabelledValue label={t('clients.field.phone')}>{client.phone}</LabelledValue>
        <LabelledValue label={t('clients.field.email')}>{client.email}</LabelledValue>
        <LabelledValue label={t('clients.field.languages')}>{client.languages}</LabelledValue>
        <LabelledValue label={t('clients.field.familySituation')}>{client.familySituation}</LabelledValue>
        <LabelledValue label={t('clients.field.caregiver')}>{client.caregiver}</LabelledValue>
        <LabelledValue label={t('clients.field.vulnerabilityNotes')}>{client.vulnerabilityNotes}</LabelledValue>
      </SimpleGrid>
    </Paper>
  );
}
