// While the workspace is open, ask the host once at start and then hourly to show the deadline
// notifications that are due. The host remembers what it showed, so asking often repeats nothing.
import { useEffect } from 'react';
import { call } from '../../host/client';

const HOURLY = 60 * 60 * 1000;

export function useDeadlineNotifications(): void {
  useEffect(() => {
    const check = () => void call('notifications.check', {}).catch(() => undefined);
    const first = window.setTimeout(check, 2000); // after the first screen has drawn
    const timer = window.setInterval(check, HOURLY);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, []);
}
