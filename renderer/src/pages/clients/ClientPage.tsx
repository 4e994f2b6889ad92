import { Anchor, Button, Group, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ClientCase } from '../../../../electron/contract/methods/clients';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { hasRole, useCurrentUser } from '../../session/useCurrentUser';
import { ClientCases } from './ClientCases';
import { ConsentPanel } from './ConsentPanel';
import { ClientDetails } from './ClientDetails';
import { ClientHistory } from './ClientHistory';
import { EditClientDialog } from './EditClientDialog';
import { StartCaseDialog } from './StartCaseDialog';

/** The newest episode decides what can be started: a new case, or a return after a closed one. */
function latest(cases: ClientCase[]): ClientCase | null {
  return cases.reduce<ClientCase | null>((a, c) => (!a || c.intakeDate > a.intakeDate || (c.intakeDate === a.intakeDate && c.id > a.id) ? c : a), null);
}

export function ClientPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const user = useCurrentUser();
  const file = useQuery({ queryKey: ['clients.get', id], queryFn: () => call('clients.get', { id }) });
  const [dialog, setDialog] = useState<'edit' | 'start' | 'reopen' | null>(null);
  if (!file.data) return <ErrorAlert error={file.error} />;
  const { client, cases } = file.data;
  const canWork = hasRole(user, 'case_manager') || hasRole(user, 'supervisor');
  const last = latest(cases);
  const sorted = [...cases].sort((a, b) => (a.intakeDate === b.intakeDate ? b.id - a.id : b.intakeDate.localeCompare(a.intakeDate)));
  return (
    <Stack>
      <Anchor component={Link} to="/clients">
        {t('clients.backToList')}
      </Anchor>
      <Group justify="space-between">
        <Title order={1}>
          {client.firstName} {client.lastName}
        </Title>
        {canWork && (
          <Button variant="default" onClick={() => setDialog('edit')}>
            {t('clients.edit.open')}
          </Button>
        )}
      </Group>
      <ClientDetails client={client} />
      <Group justify="space-between">
        <Title order={2}>{t('clients.cases.title')}</Title>
        {canWork && (
          <Group>
            {/* After a closed case every new one is a return (R15): one door for it, linked to that case. */}
            {last?.phase === 'closed' && <Button onClick={() => setDialog('reopen')}>{t('cases.reopen.open')}</Button>}
            {!last && <Button onClick={() => setDialog('start')}>{t('cases.intake.open')}</Button>}
          </Group>
        )}
      </Group>
      <ClientCases cases={sorted} />
      <ConsentPanel clientId={client.id} />
      <ClientHistory clientId={client.id} />
      {dialog === 'edit' && <EditClientDialog client={client} onClose={() => setDialog(null)} />}
      {dialog === 'start' && <StartCaseDialog clientId={client.id} onClose={() => setDialog(null)} />}
      {dialog === 'reopen' && last && <StartCaseDialog clientId={client.id} previous={last} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
