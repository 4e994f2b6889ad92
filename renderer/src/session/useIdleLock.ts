import { useEffect, useRef } from 'react';
import { call } from '../api/client';

const HEARTBEAT_EVERY_MS = 60_000;
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Locks the session after `minutes` without keyboard or pointer use. The screen underneath stays
 * mounted, so unsaved work survives the lock. While the person is active the server is told now
 * and then, so its own backstop lock does not fire under them.
 */
export function useIdleLock(minutes: number, active: boolean, onLocked: () => void): void {
  const onLockedRef = useRef(onLocked);
  useEffect(() => {
    onLockedRef.current = onLocked;
  });

  useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout>;
    let lastBeat = Date.now();
    const lock = () => {
      void call('auth.lock', {})
        .catch(() => undefined)
        .finally(() => onLockedRef.current());
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(lock, minutes * 60_000);
    };
    const activity = () => {
      arm();
      if (Date.now() - lastBeat > HEARTBEAT_EVERY_MS) {
        lastBeat = Date.now();
        void call('auth.heartbeat', {}).catch(() => undefined);
      }
    };
    arm();
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, activity, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, activity);
    };
  }, [minutes, active]);
}
