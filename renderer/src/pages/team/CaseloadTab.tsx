import { Alert, Badge, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseloadCase } from '../../../../electron/contract/methods/quality';
import type { CaseManagerLoad } from '../../../../electron/contract/methods/users';
import { assignmentWouldOverload, loadPercent } from '../../../../electron/core/quality/caseload';
import { call } from '../../api/client';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { refreshCase } from '../cases/caseRefresh';

/** R17: each case manager's open cases by intensity against the bands, the weighted load, and rebalancing. */
export function CaseloadTab({ managers, canWrite }: { managers: UseQueryResult<CaseManagerLoad[]>; canWrite: boolean }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<number | null>(null);
  const list = managers.data ?? [];
  return (
    <Stack>
      <Text size="sm" id="caseload-help">
        {t('team.help')}
      </Text>
      {!canWrite && <Text size="sm" c="dimmed">{t('team.readOnly')}</Text>}
      <ErrorAlert error={managers.error} />
      {managers.isSuccess && list.length === 0 && <Text>{t('team.none')}</Text>}
      {list.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-describedby="caseload-help">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('team.columns.caseManager')}</Table.Th>
                <Table.Th scope="col">{t('team.columns.high')}</Table.Th>
                <Table.Th scope="col">{t('team.columns.moderate')}</Table.Th>
                <Table.Th scope="col">{t('team.columns.low')}</Table.Th>
                <Table.Th scope="col">{t('team.columns.load')}</Table.Th>
                <Table.Th scope="col">{t('team.columns.status')}</Table.Th>
                <Table.Th scope="col">{t('team.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((m) => {
                const open = m.open.high + m.open.moderate + m.open.low;
                const isOpen = expanded === m.id;
                return (
                  <Fragment key={m.id}>
                    <Table.Tr data-testid={`caseload-${m.id}`}>
                      <Table.Th scope="row">{m.fullName}</Table.Th>
                      <Table.Td>{m.open.high}</Table.Td>
                      <Table.Td>{m.open.moderate}</Table.Td>
                      <Table.Td>{m.open.low}</Table.Td>
                      <Table.Td>{m.loadPercent} %</Table.Td>
                      <Table.Td>
                        <Badge color={m.level === 'over' ? 'red.9' : m.level === 'full' ? 'orange.9' : 'green.9'} variant={m.level === 'over' ? 'filled' : 'light'}>
                          {m.level === 'over' ? '⚠ ' : ''}
                          {t(`team.level.${m.level}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="default"
                          aria-expanded={isOpen}
                          aria-label={t(isOpen ? 'team.hideCases' : 'team.showCases', { name: m.fullName })}
                          onClick={() => setExpanded(isOpen ? null : m.id)}
                        >
                          {t('team.openCases', { count: open })}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                    {isOpen && (
                      <Table.Tr>
                        <Table.Td colSpan={7}>
                          <ManagerCases manager={m} managers={list} canWrite={canWrite} />
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function ManagerCases({ manager, managers, canWrite }: { manager: CaseManagerLoad; managers: CaseManagerLoad[]; canWrite: boolean }) {
  const { t } = useTranslation();
  const cases = useQuery({ queryKey: ['quality.caseloadCases', manager.id], queryFn: () => call('quality.caseloadCases', { caseManagerId: manager.id }) });
  const [moving, setMoving] = useState<CaseloadCase | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('team.casesOf', { name: manager.fullName })}
      </Title>
      {done && (
        <Alert color="green" role="status">
          {done}
        </Alert>
      )}
      <ErrorAlert error={cases.error} />
      {cases.isSuccess && cases.data.length === 0 && <Text size="sm">{t('team.noCases')}</Text>}
      {cases.isSuccess && cases.data.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('team.case.number')}</Table.Th>
              <Table.Th scope="col">{t('team.case.client')}</Table.Th>
              <Table.Th scope="col">{t('team.case.intensity')}</Table.Th>
              <Table.Th scope="col">{t('team.case.phase')}</Table.Th>
              {canWrite && <Table.Th scope="col">{t('team.reassign')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cases.data.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{c.caseNumber}</Table.Td>
                <Table.Td>{c.clientName}</Table.Td>
                <Table.Td>{t(`cases.intensity.${c.intensity}`)}</Table.Td>
                <Table.Td>{t(`cases.phase.${c.phase}`)}</Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Button size="xs" variant="default" aria-label={t('team.reassignCase', { caseNumber: c.caseNumber })} onClick={() => setMoving(c)}>
                      {t('team.reassign')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {moving && (
        <ReassignDialog
          item={moving}
          fromId={manager.id}
          managers={managers}
          onClose={() => setMoving(null)}
          onDone={(name) => {
            setDone(t('team.done', { caseNumber: moving.caseNumber, name }));
            setMoving(null);
          }}
        />
      )}
    </Stack>
  );
}

function ReassignDialog({
  item,
  fromId,
  managers,
  onClose,
  onDone,
}: {
  item: CaseloadCase;
  fromId: number;
  managers: CaseManagerLoad[];
  onClose: () => void;
  onDone: (name: string) => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [managerId, setManagerId] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const others = managers.filter((m) => m.id !== fromId);
  const chosen = others.find((m) => String(m.id) === managerId) ?? null;
  const assign = useMutation({
    mutationFn: () => call('cases.assign', { id: item.id, caseManagerId: Number(managerId) }),
    onSuccess: async () => {
      await Promise.all([
        refreshCase(qc, item.id),
        qc.invalidateQueries({ queryKey: ['users.caseManagers'] }),
        qc.invalidateQueries({ queryKey: ['quality.caseloadCases'] }),
      ]);
      onDone(chosen?.fullName ?? '');
    },
  });
  // R17: warn (not refuse) when the case would push the chosen case manager over a full caseload.
  const after = chosen ? loadPercent({ ...chosen.open, [item.intensity]: chosen.open[item.intensity] + 1 }) : null;
  const overload = chosen && assignmentWouldOverload(chosen.open, item.intensity);
  return (
    <AppModal opened onClose={onClose} title={t('team.reassignTitle', { caseNumber: item.caseNumber })}>
      <Stack>
        <Select
          label={t('team.newManager')}
          required
          data-autofocus
          allowDeselect={false}
          data={others.map((m) => ({ value: String(m.id), label: t('team.withLoad', { name: m.fullName, percent: m.loadPercent }) }))}
          value={managerId}
          onChange={setManagerId}
          error={tried && !managerId ? t('validation.required') : undefined}
        />
        {overload && (
          <Alert color="orange" role="status" title="⚠">
            {t('team.overload', { name: chosen.fullName, percent: after })}
          </Alert>
        )}
        <Text size="sm" c="dimmed">
          {t('team.help')}
        </Text>
        <ErrorAlert error={assign.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('team.cancel')}
          </Button>
          <Button
            loading={assign.isPending}
            onClick={() => {
              setTried(true);
              if (managerId) assign.mutate();
            }}
          >
            {t('team.submit')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
