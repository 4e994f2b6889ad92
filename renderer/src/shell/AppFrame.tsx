import { AppShell, Badge, Burger, Button, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, useLocation } from 'react-router';
import type { Language, SessionUser } from '../../../electron/contract';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useToday } from '../pages/today/useToday';

const SECTIONS = [
  { path: '/today', key: 'today' },
  { path: '/clients', key: 'clients' },
  { path: '/cases', key: 'cases' },
  { path: '/services', key: 'services' },
  { path: '/reports', key: 'reports' },
] as const;

export function AppFrame(props: {
  user: SessionUser;
  centreName: string | null;
  onLanguage: (l: Language) => void;
  onLock: () => void;
  onSignOut: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure();
  const location = useLocation();
  const { user } = props;
  const today = useToday();
  const dueCount = today.data?.items.length ?? 0;
  const seesTeam = user.roles.includes('supervisor') || user.roles.includes('admin');
  const links = [
    ...SECTIONS,
    ...(seesTeam ? [{ path: '/team', key: 'team' } as const] : []),
    ...(user.roles.includes('admin') ? [{ path: '/admin', key: 'admin' } as const] : []),
  ];
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Text fw={700}>Atvejis</Text>
            {props.centreName && (
              <Text c="dimmed" visibleFrom="md" size="sm">
                {props.centreName}
              </Text>
            )}
          </Group>
          <Group wrap="nowrap" gap="sm">
            <div data-testid="signed-in-user">
              <Text size="sm" fw={600}>
                {user.fullName}
              </Text>
              <Group gap={4}>
                {user.roles.map((r) => (
                  <Badge key={r} size="xs" variant="light">
                    {t(`roles.${r}`)}
                  </Badge>
                ))}
              </Group>
            </div>
            <LanguageSwitch value={user.language} onChange={props.onLanguage} />
            <Button variant="default" size="xs" onClick={props.onLock}>
              {t('auth.lock')}
            </Button>
            <Button variant="default" size="xs" onClick={props.onSignOut}>
              {t('auth.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        {links.map((l) => (
          <NavLink
            key={l.path}
            component={RouterLink}
            to={l.path}
            label={t(`nav.${l.key}`)}
            active={location.pathname.startsWith(l.path)}
            variant="filled"
            {...(l.key === 'today' && dueCount > 0
              ? {
                  'aria-label': t('today.navLabel', { count: dueCount }),
                  rightSection: (
                    <Badge size="sm" color="red.9" variant="filled" aria-hidden>
                      {dueCount}
                    </Badge>
                  ),
                }
              : {})}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>{props.children}</AppShell.Main>
    </AppShell>
  );
}
