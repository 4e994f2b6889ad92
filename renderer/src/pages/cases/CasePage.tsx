import { Anchor, Button, Group, Stack, Tabs } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { CaseDetails } from '../../../../electron/contract/methods/cases';
import type { SessionUser } from '../../../../electron/contract';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { hasRole, useCurrentUser } from '../../session/useCurrentUser';
import { AdvancePhase } from './AdvancePhase';
import { AssignDialog } from './AssignDialog';
import { CaseHeader } from './CaseHeader';
import { EligibilityPanel } from './EligibilityPanel';
import { AssessmentTab } from './tabs/AssessmentTab';
import { ClosureTab } from './tabs/ClosureTab';
import { NotesTab } from './tabs/NotesTab';
import { OverviewTab } from './tabs/OverviewTab';
import { PlanTab } from './tabs/PlanTab';
import { PlpPanel } from './tabs/PlpPanel';
import { qk } from './tabs/queries';
import { ReferralsTab } from './tabs/ReferralsTab';
import { ReviewsTab } from './tabs/ReviewsTab';
import { YlcPanel } from './tabs/YlcPanel';

/** Supervisors work on every case; a case manager on the cases given to them; nobody on a closed one. */
export function canEditCase(user: SessionUser, c: CaseDetails): boolean {
  if (c.phase === 'closed') return false;
  return hasRole(user, 'supervisor') || (hasRole(user, 'case_manager') && c.caseManagerId === user.id);
}

const TABS = ['overview', 'assessment', 'plan', 'notes', 'referrals', 'reviews', 'closure', 'plp', 'ylc'] as const;
type Tab = (typeof TABS)[number];

export function CasePage() {
  const { t } = useTranslation();
  const caseId = Number(useParams().id);
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const [assigning, setAssigning] = useState(false);
  const qc = useQueryClient();
  const file = useQuery({
    queryKey: qk.caseFile(caseId),
    queryFn: async () => {
      const opened = await call('cases.open', { id: caseId });
      // The plan, notes and reviews tabs open from this same read instead of asking again; their own
      // queries still refresh them after a change.
      if (opened.plan) qc.setQueryData(qk.plan(caseId, 'latest'), opened.plan);
      qc.setQueryData(qk.notes(caseId), opened.notes);
      qc.setQueryData(qk.reviews(caseId), opened.reviews);
      return opened.file;
    },
  });
  if (!file.data) return <ErrorAlert error={file.error} />;
  const { case: c, client, eligibility } = file.data;
  const canEdit = canEditCase(user, c);
  const props = { caseId, caseData: c, canEdit };
  const tabs = TABS.filter((tab) => (tab === 'plp' ? c.targetGroup === 'PLP' : tab === 'ylc' ? c.targetGroup === 'YLC' : true));
  const asked = params.get('tab') as Tab | null;
  const tab: Tab = asked && tabs.includes(asked) ? asked : 'overview';
  return (
    <Stack>
      <Group>
        <Anchor component={Link} to="/cases">
          {t('cases.backToList')}
        </Anchor>
        <Anchor component={Link} to={`/clients/${c.clientId}`}>
          {t('cases.file.toClient', { name: c.clientName })}
        </Anchor>
      </Group>
      <CaseHeader data={c} />
      {hasRole(user, 'supervisor') && c.phase !== 'closed' && (
        <Group>
          <Button variant="default" onClick={() => setAssigning(true)}>
            {c.caseManagerId ? t('cases.assign.reassign') : t('cases.assign.assign')}
          </Button>
        </Group>
      )}
      {canEdit && <AdvancePhase data={c} />}
      {canEdit && c.phase === 'intake' && !c.closurePending && <EligibilityPanel key={c.updatedAt} data={c} birthDate={client.birthDate} />}
      <Tabs value={tab} onChange={(v) => setParams(v && v !== 'overview' ? { tab: v } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {tabs.map((tb) => (
            <Tabs.Tab key={tb} value={tb}>
              {t(`cases.tabs.${tb}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <OverviewTab caseData={c} eligibility={eligibility} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="assessment" pt="md">
          <AssessmentTab {...props} />
        </Tabs.Panel>
        <Tabs.Panel value="plan" pt="md">
          <PlanTab {...props} />
        </Tabs.Panel>
        <Tabs.Panel value="notes" pt="md">
          <NotesTab {...props} />
        </Tabs.Panel>
        <Tabs.Panel value="referrals" pt="md">
          <ReferralsTab {...props} />
        </Tabs.Panel>
        <Tabs.Panel value="reviews" pt="md">
          <ReviewsTab {...props} />
        </Tabs.Panel>
        <Tabs.Panel value="closure" pt="md">
          <ClosureTab {...props} />
        </Tabs.Panel>
        {c.targetGroup === 'PLP' && (
          <Tabs.Panel value="plp" pt="md">
            <PlpPanel {...props} />
          </Tabs.Panel>
        )}
        {c.targetGroup === 'YLC' && (
          <Tabs.Panel value="ylc" pt="md">
            <YlcPanel {...props} />
          </Tabs.Panel>
        )}
      </Tabs>
      {assigning && <AssignDialog data={c} onClose={() => setAssigning(false)} />}
    </Stack>
  );
}
