import { Alert, Button, Code, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../electron/contract';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';

const STATUS_KEY = ['demo', 'status'] as const;
const RESULT_KEY = ['demo', 'result'] as const;
const DEFAULT_CASES = 200;

type FillResult = MethodOutput<'demo.fill'>;

/** The demo tab shows while the centre has no cases, and stays for the rest of the visit once it has filled it. */
export function useDemoTabVisible(): boolean {
  const status = useQuery({ queryKey: STATUS_KEY, queryFn: () => call('demo.status', {}) });
  const result = useQuery<FillResult | null>({ queryKey: RESULT_KEY, queryFn: async () => null, enabled: false, staleTime: Infinity });
  return status.data?.canFill === true || !!result.data;
}

/** Administration → Demo data: fills an empty centre with synthetic people and cases, for trying the program. */
export function DemoTab() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const status = useQuery({ queryKey: STATUS_KEY, queryFn: () => call('demo.status', {}) });
  const result = useQuery<FillResult | null>({ queryKey: RESULT_KEY, queryFn: async () => null, enabled: false, staleTime: Infinity });
  const [cases, setCases] = useState<number | string>(DEFAULT_CASES);
  const max = status.data?.maxCases ?? 2000;
  const valid = typeof cases === 'number' && Number.isInteger(cases) && cases >= 1 && cases <= max;
  const fill = useMutation({
    mutationFn: (n: number) => call('demo.fill', { cases: n }),
    onSuccess: async (r) => {
      qc.setQueryData(RESULT_KEY, r);
      // Everything else on screen (users, cases, Today counts) changed with it.
      await qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'demo' || q.queryKey[1] === 'status' });
    },
  });
  const done = result.data;

  if (done) {
    return (
      <Stack maw={720}>
        <Alert color="green" role="status" title={t('demo.doneTitle')}>
          {t('demo.done', { count: done.counts.cases, clients: done.counts.clients, seconds: (done.ms / 1000).toFixed(1), today: done.today })}
        </Alert>
        <Text>{t('demo.usersExplain')}</Text>
        <Group gap="xs">
          <Text fw={600}>{t('demo.password')}</Text>
          <Code fz="md" data-testid="demo-password">
            {done.password}
          </Code>
        </Group>
        <Table striped aria-label={t('demo.usersTable')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('users.username')}</Table.Th>
              <Table.Th>{t('users.fullName')}</Table.Th>
              <Table.Th>{t('users.roles')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {done.users.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>{u.username}</Table.Td>
                <Table.Td>{u.fullName}</Table.Td>
                <Table.Td>{u.roles.map((r) => t(`roles.${r}`)).join(', ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    );
  }

  return (
    <Stack maw={560}>
      <ErrorAlert error={status.error} />
      <Text>{t('demo.intro')}</Text>
      <Alert color="yellow" variant="light" c="dark">
        {t('demo.warning')}
      </Alert>
      {status.data && !status.data.canFill ? (
        <Text>{t('demo.notEmpty', { count: status.data.cases })}</Text>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (valid) fill.mutate(cases);
          }}
          noValidate
        >
          <Stack>
            <NumberInput
              label={t('demo.cases')}
              description={t('demo.casesHelp', { max })}
              min={1}
              max={max}
              allowDecimal={false}
              value={cases}
              onChange={setCases}
              error={valid ? undefined : t('demo.casesRange', { max })}
            />
            <ErrorAlert error={fill.error} />
            <Group>
              <Button type="submit" loading={fill.isPending} disabled={!valid || !status.data}>
                {t('demo.fill')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
