import { Alert, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CaseDetails } from '../../../../../electron/contract/methods/cases';
import { canRequestClosure } from '../../../../../electron/core/case-phases';
import { call } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PrintButton } from '../../../components/PrintButton';
import { hasRole, useCurrentUser } from '../../../session/useCurrentUser';
import { ClosureDecision } from './ClosureDecision';
import { ClosureHistory } from './ClosureHistory';
import { ClosureRequestForm } from './ClosureRequestForm';

/** R14: the case manager asks for closure with the ILO Table 2 form; a supervisor decides; the history stays. */
export function ClosureTab({ caseId, caseData, canEdit }: { caseId: number; caseData: CaseDetails; canEdit: boolean }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const list = useQuery({ queryKey: ['closure.list', caseId], queryFn: () => call('closure.list', { caseId }) });
  const closures = list.data ?? [];
  const pending = caseData.closurePending ? closures.find((c) => c.status === 'requested') : undefined;
  const ownCase = hasRole(user, 'case_manager') && caseData.caseManagerId === user.id;
  const mayRequest = canEdit && ownCase && !caseData.closurePending && canRequestClosure(caseData.phase);
  return (
    <Stack>
      <ErrorAlert error={list.error} />
      {closures.some((c) => c.status !== 'returned') && <PrintButton form={{ method: 'documents.closureForm', input: { caseId } }} style={{ alignSelf: 'flex-start' }} />}
      {caseData.phase === 'closed' && (
        <Alert color="gray" c="dark" role="status">
          {t('closure.closedNotice', { date: caseData.closedOn ?? '' })}
        </Alert>
      )}
      {pending && (
        <Alert color="yellow" c="dark" role="status">
          {t('closure.pendingNotice', { name: pending.requestedByName, date: pending.requestedOn })}
        </Alert>
      )}
      {pending && hasRole(user, 'supervisor') && caseData.phase !== 'closed' && <ClosureDecision pending={pending} selfId={user.id} />}
      {mayRequest && <ClosureRequestForm caseId={caseId} />}
      {!mayRequest && !pending && caseData.phase !== 'closed' && <Alert color="blue" c="dark">{caseData.phase === 'intake' ? t('closure.notFromIntake') : t('closure.onlyCaseManager')}</Alert>}
      <ClosureHistory closures={closures} />
    </Stack>
  );
}
