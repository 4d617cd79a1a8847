// Lock after a stretch without keyboard or pointer use. The host keeps its own timer as well; this
// one makes the window forget what it shows even if the host is busy elsewhere.
import { useEffect, useRef } from 'react';

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

export function useIdleLock(minutes: number, onIdle: () => void, enabled = true): void {
  const onIdleRef = useRef(onIdle);
  onIdleRef.current = onIdle;

  useEffect(() => {
    if (!enabled || !(minutes > 0)) return;
    let last = Date.now();
    let fired = false;
    const mark = () => (last = Date.now());
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, mark, { passive: true, capture: true });
    const limit = minutes * 60_000;
    const check = () => {
      if (!fired && Date.now() - last >= limit) {
        fired = true;
        onIdleRef.current();
      }
    };
    // Check often enough that the lock comes within a few seconds of the limit.
    const timer = window.setInterval(check, Math.min(5_000, limit / 4));
    document.addEventListener('visibilitychange', check);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, mark, { capture: true });
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
    };
  }, [minutes, enabled]);
}
