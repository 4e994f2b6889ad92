import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuditTab } from './AuditTab';
import { SettingsTab } from './SettingsTab';
import { UsersTab } from './UsersTab';

export function AdminPage({ selfId }: { selfId: number }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1}>{t('nav.admin')}</Title>
      <Tabs defaultValue="users" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="users">{t('admin.users')}</Tabs.Tab>
          <Tabs.Tab value="settings">{t('admin.settings')}</Tabs.Tab>
          <Tabs.Tab value="audit">{t('admin.audit')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="users" pt="md">
          <UsersTab selfId={selfId} />
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="md">
          <SettingsTab />
        </Tabs.Panel>
        <Tabs.Panel value="audit" pt="md">
          <AuditTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
