import { Center, Loader } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Navigate, Route, Routes, useNavigate } from 'react-router';
import type { Language, SessionState } from '../../electron/contract';
import { call } from './api/client';
import { ErrorAlert } from './components/ErrorAlert';
import { Forbidden } from './components/Forbidden';
import { setLanguage } from './i18n';
import { AdminPage } from './pages/admin/AdminPage';
import { CasePage } from './pages/cases/CasePage';
import { CasesPage } from './pages/cases/CasesPage';
import { ClientPage } from './pages/clients/ClientPage';
import { ClientsPage } from './pages/clients/ClientsPage';
import { RegisterClientPage } from './pages/clients/RegisterClientPage';
import { TodayPage } from './pages/today/TodayPage';
import { ReportsPage } from './pages/reports/ReportsPage';
import { TeamPage } from './pages/team/TeamPage';
import { ChangePassword } from './pages/ChangePassword';
import { FirstRun } from './pages/FirstRun';
import { ServiceMapPage } from './pages/serviceMap/ServiceMapPage';
import { SignIn } from './pages/SignIn';
import { AppFrame } from './shell/AppFrame';
import { LockOverlay } from './shell/LockOverlay';
import { useIdleLock } from './session/useIdleLock';
import { SESSION_KEY, STATUS_KEY, useAppStatus, useSession, useSetSession } from './session/useSession';

export function App() {
  const status = useAppStatus();
  const session = useSession();
  const setSession = useSetSession();
  const qc = useQueryClient();
  const navigate = useNavigate();
  // Before sign-in the screen follows the centre's default language until the person picks one.
  const [guestLanguage, setGuestLanguage] = useState<Language | null>(null);
  const user = session.data?.user ?? null;
  const locked = session.data?.locked ?? false;

  const language: Language = user?.language ?? guestLanguage ?? status.data?.defaultLanguage ?? 'lt';
  useEffect(() => setLanguage(language), [language]);

  // The screen covers itself as soon as it locks, whatever the session's re-reading answers: a
  // refresh that fails must not leave the data showing on a locked session.
  const coverScreen = () => {
    qc.setQueryData<SessionState>(SESSION_KEY, (s) => (s ? { ...s, locked: true } : s));
    void qc.invalidateQueries({ queryKey: SESSION_KEY });
  };
  useIdleLock(session.data?.autoLockMinutes ?? 10, !!user && !locked && !user.mustChangePassword, coverScreen);

  if (status.isPending || session.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label="…" />
      </Center>
    );
  }
  // Only when there is nothing to show: a failed refresh in the background keeps the screen, and any
  // unsaved work on it, as it is; the next call that succeeds brings it up to date.
  if (!status.data || !session.data) return <ErrorAlert error={status.error ?? session.error} />;
  if (!status.data.initialised) return <FirstRun language={language} />;
  if (!user) return <SignIn centreName={status.data.centreName} language={language} onLanguage={setGuestLanguage} />;
  if (user.mustChangePassword) return <ChangePassword forced />;

  const signOut = async () => {
    await call('auth.signOut', {}).catch(() => undefined);
    setGuestLanguage(user.language);
    // The next person starts on Today, not on whatever screen this one left open.
    void navigate('/today', { replace: true });
    setSession({ user: null, locked: false, autoLockMinutes: session.data.autoLockMinutes });
    // Nothing of the signed-out person's data stays in memory for the next one.
    qc.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] && q.queryKey[0] !== STATUS_KEY[0] });
  };
  const isAdmin = user.roles.includes('admin');

  return (
    <>
      <AppFrame
        user={user}
        centreName={status.data.centreName}
        onLanguage={(l) => void call('me.setLanguage', { language: l }).then(setSession)}
        onLock={() => void call('auth.lock', {}).catch(() => undefined).finally(coverScreen)}
        onSignOut={() => void signOut()}
      >
        <Routes>
          <Route path="/today" element={<TodayPage />} />
          <Route path="/clients" element={<ClientsPage />} />
          <Route path="/clients/new" element={<RegisterClientPage />} />
          <Route path="/clients/:id" element={<ClientPage />} />
          <Route path="/cases" element={<CasesPage />} />
          <Route path="/cases/:id" element={<CasePage />} />
          <Route path="/services" element={<ServiceMapPage />} />
          <Route path="/reports" element={<ReportsPage />} />
          <Route path="/team" element={isAdmin || user.roles.includes('supervisor') ? <TeamPage /> : <Forbidden area="team" />} />
          <Route path="/admin" element={isAdmin ? <AdminPage selfId={user.id} /> : <Forbidden area="admin" />} />
          <Route path="*" element={<Navigate to="/today" replace />} />
        </Routes>
      </AppFrame>
      {locked && <LockOverlay user={user} onSignOut={() => void signOut()} />}
    </>
  );
}
