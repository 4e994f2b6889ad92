import { Select, Stack, Tabs, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useCurrentUser } from '../../session/useCurrentUser';
import { CaseloadTab } from './CaseloadTab';
import { CertificationTab } from './CertificationTab';
import { EvaluationsTab } from './EvaluationsTab';

export const CASE_MANAGERS_KEY = ['users.caseManagers'];

/** Issue 7: the supervisor's team view (R17), evaluations (R18) and certifications (R19); administrators read. */
export function TeamPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const canWrite = user.roles.includes('supervisor');
  const [managerId, setManagerId] = useState<string | null>(null);
  const managers = useQuery({ queryKey: CASE_MANAGERS_KEY, queryFn: () => call('users.caseManagers', {}) });
  const picker = (
    <Select
      label={t('quality.caseManager')}
      placeholder={t('quality.chooseCaseManager')}
      data={(managers.data ?? []).map((m) => ({ value: String(m.id), label: m.fullName }))}
      value={managerId}
      onChange={setManagerId}
      searchable
      maw={420}
    />
  );
  const chosen = managers.data?.find((m) => String(m.id) === managerId) ?? null;
  return (
    <Stack>
      <Title order={1}>{t('team.title')}</Title>
      <Tabs defaultValue="caseload" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="caseload">{t('team.tabs.caseload')}</Tabs.Tab>
          <Tabs.Tab value="evaluations">{t('team.tabs.evaluations')}</Tabs.Tab>
          <Tabs.Tab value="certification">{t('team.tabs.certification')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="caseload" pt="md">
          <CaseloadTab managers={managers} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="evaluations" pt="md">
          <Stack>
            {picker}
            {chosen && <EvaluationsTab key={chosen.id} manager={{ id: chosen.id, name: chosen.fullName }} canWrite={canWrite && chosen.id !== user.id} />}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="certification" pt="md">
          <CertificationTab manager={chosen ? { id: chosen.id, name: chosen.fullName } : null} picker={picker} canWrite={canWrite && chosen?.id !== user.id} isAdmin={user.roles.includes('admin')} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
