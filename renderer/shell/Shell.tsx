// The unlocked app: navigation, header with the workspace state and the Lock button, and the screen.
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useSession } from '../session/SessionContext';
import { CasePage } from '../screens/CasePage';
import { CasesScreen, DEFAULT_CASES_VIEW, type CasesView } from '../screens/CasesScreen';
import { InboxScreen } from '../screens/InboxScreen';
import { LettersScreen } from '../screens/LettersScreen';
import { LetterEditor } from '../components/letter-editor/LetterEditor';
import { NewCaseScreen } from '../screens/NewCaseScreen';
import { OverdueScreen } from '../screens/OverdueScreen';
import { SettingsScreen } from '../screens/SettingsScreen';
import { NAV_ITEMS, sectionOf, type Route, type ScreenName } from './routes';
import { useShortcuts } from './useShortcuts';
import { DashboardScreen } from '../screens/dashboard/DashboardScreen';
import { useDeadlineNotifications } from '../screens/dashboard/useDeadlineNotifications';
import { CalendarScreen } from '../screens/calendar/CalendarScreen';
import { ReportsScreen } from '../screens/reports/ReportsScreen';
import { useScheduledBackups } from '../screens/trust/backup-schedule';
import { BackupsScreen } from '../screens/trust/BackupsScreen';
import { RetentionScreen } from '../screens/trust/RetentionScreen';

// The profile editor carries the deadline rules and the holiday calendars: loaded when first opened.
const OrganisationScreen = lazy(() => import('../screens/organisations/OrganisationScreen').then((m) => ({ default: m.OrganisationScreen })));

export function Shell() {
  const session = useSession();
  const [nav, setNav] = useState<{ route: Route; history: Route[] }>({ route: { name: 'cases' }, history: [] });
  const [casesView, setCasesView] = useState<CasesView>(DEFAULT_CASES_VIEW);
  const route = nav.route;

  const navigate = useCallback((next: Route, opts: { replace?: boolean } = {}) => {
    setNav(({ route: current, history }) => ({ route: next, history: opts.replace ? history : [...history.slice(-30), current] }));
  }, []);
  // Back skips the new-case form: after opening a case, Back returns to where the DPO came from.
  const back = useCallback(() => {
    setNav(({ history }) => {
      const previous = history[history.length - 1];
      return { route: previous && previous.name !== 'new-case' ? previous : { name: 'cases' }, history: history.slice(0, -1) };
    });
  }, []);
  const go = useCallback((screen: ScreenName) => navigate({ name: screen }), [navigate]);
  const openCase = useCallback((ref: string) => navigate({ name: 'case', ref }), [navigate]);

  useShortcuts({ go, lock: () => void session.lock(), newCase: () => navigate({ name: 'new-case' }) });
  useDeadlineNotifications();
  useScheduledBackups();

  // After moving between screens, keyboard focus goes to the new screen (its own autofocus wins:
  // children's effects run first), so the next key acts on what is shown rather than the nav.
  const contentRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const content = contentRef.current;
    if (!content || content.contains(document.activeElement)) return;
    const heading = content.querySelector<HTMLElement>('h1');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }, [route]);

  const section = sectionOf(route);
  const minutes = session.status.idleLockMinutes;

  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Main">
        <div className="brand brand-small">
          <span className="brand-mark" aria-hidden="true">D</span>
          <span className="brand-name">DPO Desk</span>
        </div>
        <ul>
          {NAV_ITEMS.map((item) => (
            <li key={item.screen}>
              <button
                type="button"
                className={`nav-item${section === item.screen ? ' active' : ''}`}
                aria-current={section === item.screen ? 'page' : undefined}
                aria-keyshortcuts={`Alt+${item.digit}`}
                onClick={() => go(item.screen)}
              >
                <span>{item.label}</span>
                <span className="nav-hint" aria-hidden="true">
                  <kbd>Alt {item.digit}</kbd>
                </span>
              </button>
            </li>
          ))}
        </ul>
        <div className="sidebar-foot" aria-hidden="true">
          <div>
            <kbd>g</kbd> then <kbd>i</kbd> <kbd>c</kbd> <kbd>o</kbd> <kbd>l</kbd> <kbd>s</kbd>
          </div>
          <div>
            <kbd>N</kbd> new case · <kbd>/</kbd> search
          </div>
        </div>
      </nav>
      <div className="main-col">
        <header className="topbar">
          <div className="ws-state">
            <span className="ws-dot" aria-hidden="true" />
            <span>Workspace unlocked</span>
            <span className="muted">
              · encrypted on this computer · locks after {minutes} min idle
            </span>
          </div>
          <button type="button" className="lock-button" onClick={() => void session.lock()} aria-keyshortcuts="Control+L">
            Lock <kbd>Ctrl L</kbd>
          </button>
        </header>
        <main className="content" id="content" ref={contentRef}>
          {route.name === 'inbox' && <InboxScreen onOpen={openCase} />}
          {route.name === 'cases' && <CasesScreen view={casesView} onView={setCasesView} onOpen={openCase} onNew={() => navigate({ name: 'new-case' })} />}
          {route.name === 'overdue' && <OverdueScreen onOpen={openCase} />}
          {route.name === 'letters' && <LettersScreen onOpenLetter={(ref, letterId) => navigate({ name: 'letter', ref, letterId })} onOpenCase={openCase} />}
          {route.name === 'letter' && <LetterEditor key={`${route.ref}-${route.letterId ?? 'new'}`} caseRef={route.ref} letterId={route.letterId} onBack={back} />}
          {route.name === 'dashboard' && <DashboardScreen onList={(t) => { if (t.screen === 'cases') setCasesView({ ...DEFAULT_CASES_VIEW, status: t.status }); go(t.screen); }} />}
          {route.name === 'calendar' && <CalendarScreen onOpen={openCase} />}
          {route.name === 'reports' && <ReportsScreen />}
          {route.name === 'settings' && <SettingsScreen onOpenOrganisation={(id) => navigate({ name: 'organisation', id })} onOpenTrust={(name) => navigate({ name })} />}
          {route.name === 'backups' && <BackupsScreen onBack={back} onRetention={() => navigate({ name: 'retention' }, { replace: true })} />}
          {route.name === 'retention' && <RetentionScreen onBack={back} onBackups={() => navigate({ name: 'backups' }, { replace: true })} onOpen={openCase} />}
          {route.name === 'organisation' && (
            <Suspense fallback={<p className="muted screen">Opening {route.id}…</p>}>
              <OrganisationScreen key={route.id} id={route.id} onBack={back} />
            </Suspense>
          )}
          {route.name === 'new-case' && <NewCaseScreen onCreated={(ref) => navigate({ name: 'case', ref }, { replace: true })} onCancel={back} />}
          {route.name === 'case' && <CasePage key={route.ref} caseRef={route.ref} onBack={back} onWriteLetter={() => navigate({ name: 'letter', ref: route.ref })} onOpenLetter={(letterId) => navigate({ name: 'letter', ref: route.ref, letterId })} />}
        </main>
      </div>
    </div>
  );
}
