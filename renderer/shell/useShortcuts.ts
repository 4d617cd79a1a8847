// App-wide keys: Alt+1..5 or "g" then a letter to move between sections, Ctrl+L to lock, N for a new case.
import { useEffect, useRef } from 'react';
import { isTypingTarget, plainKey } from './keys';
import { NAV_ITEMS, type ScreenName } from './routes';

interface Handlers {
  go(screen: ScreenName): void;
  lock(): void;
  newCase(): void;
}

const G_WINDOW_MS = 1200;

export function useShortcuts(handlers: Handlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;

  useEffect(() => {
    let gPressedAt = 0;
    function onKey(e: KeyboardEvent) {
      if (e.defaultPrevented) return;
      const h = ref.current;
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'l') {
        e.preventDefault();
        h.lock();
        return;
      }
      if (e.altKey && !e.ctrlKey && !e.metaKey) {
        const item = NAV_ITEMS.find((n) => e.code === `Digit${n.digit}` || e.key === n.digit);
        if (item) {
          e.preventDefault();
          h.go(item.screen);
        }
        return;
      }
      if (!plainKey(e) || isTypingTarget(e.target)) return;
      const key = e.key.toLowerCase();
      if (gPressedAt && Date.now() - gPressedAt < G_WINDOW_MS) {
        gPressedAt = 0;
        const item = NAV_ITEMS.find((n) => n.key === key);
        if (item) {
          e.preventDefault();
          h.go(item.screen);
        }
        return;
      }
      if (key === 'g' && !e.shiftKey) {
        gPressedAt = Date.now();
        return;
      }
      if (key === 'n' && !e.shiftKey) {
        e.preventDefault();
        h.newCase();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
