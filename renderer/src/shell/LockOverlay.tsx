import { Button, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../electron/contract';
import { call } from '../api/client';
import { ErrorAlert } from '../components/ErrorAlert';
import { useSetSession } from '../session/useSession';

/** Covers the screen while locked; what is underneath stays mounted, unsaved work included. */
export function LockOverlay({ user, onSignOut }: { user: SessionUser; onSignOut: () => void }) {
  const { t } = useTranslation();
  const setSession = useSetSession();
  const [password, setPassword] = useState('');
  const unlock = useMutation({
    mutationFn: () => call('auth.unlock', { password }),
    onSuccess: (s) => {
      setPassword('');
      setSession(s);
    },
    onError: () => setPassword(''),
  });
  return (
    <Modal
      opened
      onClose={() => undefined}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      centered
      title={t('auth.lockedTitle')}
      overlayProps={{ backgroundOpacity: 0.85, blur: 8 }}
    >
      <form
        onSubmit={(ev) => {
          ev.preventDefault();
          unlock.mutate();
        }}
      >
        <Stack>
          <Text>{t('auth.lockedExplain', { name: user.fullName })}</Text>
          <PasswordInput label={t('auth.password')} autoComplete="current-password" data-autofocus value={password} onChange={(ev) => setPassword(ev.currentTarget.value)} />
          <ErrorAlert error={unlock.error} />
          <Button type="submit" loading={unlock.isPending}>
            {t('auth.unlock')}
          </Button>
          <Button variant="subtle" onClick={onSignOut}>
            {t('auth.signOut')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
