import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../electron/contract';
import { formatDate } from '../../../../electron/core/dates';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CreateUserDialog, DisableUserDialog, EditUserDialog, ResetPasswordDialog, USERS_KEY } from './UserDialogs';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'reset' | 'disable'; user: UserSummary } | null;

export function UsersTab({ selfId }: { selfId: number }) {
  const { t } = useTranslation();
  const users = useQuery({ queryKey: USERS_KEY, queryFn: () => call('users.list', {}) });
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  return (
    <Stack>
      <Group justify="space-between">
        <Text>{t('users.count', { count: users.data?.length ?? 0 })}</Text>
        <Button onClick={() => setDialog({ kind: 'create' })}>{t('users.add')}</Button>
      </Group>
      <ErrorAlert error={users.error} />
      <Table striped highlightOnHover aria-label={t('users.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.fullName')}</Table.Th>
            <Table.Th>{t('users.username')}</Table.Th>
            <Table.Th>{t('users.roles')}</Table.Th>
            <Table.Th>{t('users.status')}</Table.Th>
            <Table.Th>{t('users.created')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.data?.map((u) => (
            <Table.Tr key={u.id}>
              <Table.Td>{u.fullName}</Table.Td>
              <Table.Td>{u.username}</Table.Td>
              <Table.Td>{u.roles.map((r) => t(`roles.${r}`)).join(', ')}</Table.Td>
              <Table.Td>
                {u.disabled ? (
                  <Badge color="gray">{t('users.disabled')}</Badge>
                ) : u.mustChangePassword ? (
                  <Badge color="yellow" variant="light" c="dark">
                    {t('users.mustChange')}
                  </Badge>
                ) : (
                  <Badge color="green" variant="light" c="dark">
                    {t('users.active')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{formatDate(u.createdAt)}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button size="xs" variant="default" onClick={() => setDialog({ kind: 'edit', user: u })} aria-label={t('users.editFor', { username: u.username })}>
                    {t('common.edit')}
                  </Button>
                  <Button size="xs" variant="default" onClick={() => setDialog({ kind: 'reset', user: u })} aria-label={t('users.resetFor', { username: u.username })}>
                    {t('users.resetPassword')}
                  </Button>
                  {!u.disabled && u.id !== selfId && (
                    <Button size="xs" variant="default" color="red" onClick={() => setDialog({ kind: 'disable', user: u })} aria-label={t('users.disableFor', { username: u.username })}>
                      {t('users.disable')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {dialog?.kind === 'create' && <CreateUserDialog onClose={close} />}
      {dialog?.kind === 'edit' && <EditUserDialog user={dialog.user} onClose={close} />}
      {dialog?.kind === 'reset' && <ResetPasswordDialog user={dialog.user} onClose={close} />}
      {dialog?.kind === 'disable' && <DisableUserDialog user={dialog.user} onClose={close} />}
    </Stack>
  );
}
