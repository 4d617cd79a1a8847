// How much CPU the hypervisor took from this virtual machine over a stretch of a test ("steal" in
// /proc/stat). While it takes a share, every thread here pauses at unpredictable moments, so a
// wall-clock measurement of the app says little about the app. Where /proc/stat does not exist
// (macOS, Windows) or has no steal column, nothing is taken and the share is 0.
import { readFileSync } from 'node:fs';

interface CpuTicks { total: number; steal: number }

function readTicks(): CpuTicks | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/);
    if (fields[0] !== 'cpu' || fields.length < 9) return null;
    const ticks = fields.slice(1).map(Number);
    // Only the first eight columns add up to time spent; guest time is already counted in user.
    const total = ticks.slice(0, 8).reduce((sum, t) => sum + t, 0);
    return { total, steal: ticks[7] };
  } catch {
    return null;
  }
}

/** Starts measuring; `share()` gives the percentage of all CPU time since then that was stolen. */
export function stealMeter(): { share(): number } {
  const start = readTicks();
  return {
    share() {
      const now = readTicks();
      if (!start || !now || now.total <= start.total) return 0;
      return (100 * (now.steal - start.steal)) / (now.total - start.total);
    },
  };
}
