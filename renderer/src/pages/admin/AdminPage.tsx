import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuditTab } from './AuditTab';
import { BackupsTab } from './BackupsTab';
import { DemoTab, useDemoTabVisible } from './DemoTab';
import { CycleSettingsTab } from './CycleSettingsTab';
import { MinistryTab } from './MinistryTab';
import { SettingsTab } from './SettingsTab';
import { UsersTab } from './UsersTab';

export function AdminPage({ selfId }: { selfId: number }) {
  const { t } = useTranslation();
  const demo = useDemoTabVisible();
  return (
    <Stack>
      <Title order={1}>{t('nav.admin')}</Title>
      <Tabs defaultValue="users" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="users">{t('admin.users')}</Tabs.Tab>
          <Tabs.Tab value="settings">{t('admin.settings')}</Tabs.Tab>
          <Tabs.Tab value="cycle">{t('cycleSettings.tab')}</Tabs.Tab>
          <Tabs.Tab value="ministry">{t('ministry.tab')}</Tabs.Tab>
          <Tabs.Tab value="audit">{t('admin.audit')}</Tabs.Tab>
          <Tabs.Tab value="backups">{t('backup.tab')}</Tabs.Tab>
          {demo && <Tabs.Tab value="demo">{t('demo.tab')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="users" pt="md">
          <UsersTab selfId={selfId} />
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="md">
          <SettingsTab />
        </Tabs.Panel>
        <Tabs.Panel value="cycle" pt="md">
          <CycleSettingsTab />
        </Tabs.Panel>
        <Tabs.Panel value="ministry" pt="md">
          <MinistryTab />
        </Tabs.Panel>
        <Tabs.Panel value="audit" pt="md">
          <AuditTab />
        </Tabs.Panel>
        <Tabs.Panel value="backups" pt="md">
          <BackupsTab />
        </Tabs.Panel>
        {demo && (
          <Tabs.Panel value="demo" pt="md">
            <DemoTab />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
