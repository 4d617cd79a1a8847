// CI gate: electronegativity over electron/ and renderer/; any HIGH finding fails the build (exit 1).
// The tool always exits 0, so its findings are read here. CSV and SARIF reports (with the reviewed
// waivers marked) are written to --out DIR (default out/security) for the CI artifacts.
//
// A HIGH finding can only be passed when it is a known false positive AND the fact that makes it
// false is checked here, in code: electronegativity looks for a literal `contextIsolation: true` inside
// `new BrowserWindow({...})` and cannot see through `webPreferences: secureWebPreferences(...)`, so
// the gate evaluates secureWebPreferences itself and checks that the window really uses it.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { secureWebPreferences } from '../electron/security/web-preferences';
import { writeReports } from './electronegativity-reports';

const ROOT = resolve(import.meta.dirname, '..');

interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string; value: number };
  confidence: { name: string };
  description: string;
  sample?: string;
  manualReview?: boolean;
}
type Run = (options: Record<string, unknown>) => Promise<{ issues: Issue[]; errors: unknown[] }>;

export interface Finding { check: string; severity: string; confidence: string; file: string; line: number; description: string; waived: string | null }

/** The BrowserWindow construction starting at `line` uses secureWebPreferences, whose values are safe. */
function usesSecureWebPreferences(file: string, line: number): boolean {
  const lines = readFileSync(file, 'utf8').split('\n');
  const block = lines.slice(line - 1, line + 40).join('\n');
  const end = block.indexOf('});');
  const call = end >= 0 ? block.slice(0, end) : block;
  const prefs = secureWebPreferences('/preload.cjs');
  return /webPreferences:\s*secureWebPreferences\(/.test(call) && !/webPreferences:[\s\S]*webPreferences:/.test(call)
    && prefs.contextIsolation === true && prefs.nodeIntegration === false && prefs.sandbox === true && prefs.webSecurity === true;
}

const WAIVERS: Array<{ checks: string[]; reason: string; holds: (issue: Issue) => boolean }> = [
  {
    checks: ['CONTEXT_ISOLATION_JS_CHECK', 'NODE_INTEGRATION_JS_CHECK', 'SANDBOX_JS_CHECK'],
    reason: 'webPreferences come from secureWebPreferences() (contextIsolation, sandbox on; nodeIntegration off), evaluated by this gate',
    holds: (issue) => issue.file.endsWith('.ts') && usesSecureWebPreferences(issue.file, issue.location.line),
  },
];

function waiverFor(issue: Issue): string | null {
  return WAIVERS.find((w) => w.checks.includes(issue.id) && w.holds(issue))?.reason ?? null;
}

/**
 * The renderer folder holds no main-process code: the navigation and permission handlers live in
 * electron/ and are checked in that scan, so those two global checks are not run on renderer/ alone
 * (they would report the handlers as missing). Every atomic check and the CSP check still run.
 */
export const MAIN_PROCESS_GLOBAL_CHECKS = ['LimitNavigationGlobalCheck', 'PermissionRequestHandlerGlobalCheck'];

export async function scan(inputs: Array<{ dir: string; exclude?: string[] }>, outDir: string): Promise<Finding[]> {
  const require = createRequire(import.meta.url);
  const run = require('@doyensec/electronegativity') as Run;
  const electronVersion = (require('electron/package.json') as { version: string }).version;
  mkdirSync(outDir, { recursive: true });
  const findings: Finding[] = [];
  for (const { dir: input, exclude = [] } of inputs) {
    const name = relative(ROOT, input).replace(/[\\/]/g, '-') || 'root';
    const base = { input, excludeFromScan: exclude, electronVersionOverride: electronVersion, isRelative: false, isVerbose: true, parserPlugins: [] };
    // No `output`: the reports are written by writeReports once the findings are known.
    const { issues } = await run(base);
    const found: Finding[] = [];
    for (const issue of issues) {
      found.push({
        check: issue.id,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        file: issue.file === 'N/A' ? 'N/A' : relative(ROOT, resolve(input, issue.file)),
        line: issue.location.line,
        description: issue.description,
        waived: issue.severity.name === 'HIGH' ? waiverFor({ ...issue, file: issue.file === 'N/A' ? 'N/A' : resolve(input, issue.file) }) : null,
      });
    }
    writeReports(outDir, name, found);
    findings.push(...found);
  }
  return findings;
}

/** The project's own main-process and renderer code. */
export function scanProject(outDir: string): Promise<Finding[]> {
  return scan([{ dir: join(ROOT, 'electron') }, { dir: join(ROOT, 'renderer'), exclude: MAIN_PROCESS_GLOBAL_CHECKS }], outDir);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const outDir = resolve(values.out ?? join(ROOT, 'out', 'security'));
  const findings = await scanProject(outDir);
  for (const f of findings) {
    console.log(`${f.severity.padEnd(13)} ${f.confidence.padEnd(9)} ${f.check.padEnd(34)} ${f.file}:${f.line}  ${f.description}${f.waived ? `  [reviewed: ${f.waived}]` : ''}`);
  }
  const blocking = findings.filter((f) => f.severity === 'HIGH' && !f.waived);
  console.log(`\n${findings.length} finding(s), ${blocking.length} blocking HIGH. Reports in ${outDir}.`);
  return blocking.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = await main();
}
