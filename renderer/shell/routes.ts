// Where the DPO is in the app. Kept in memory only: locking forgets it with everything else.
export type ScreenName = 'inbox' | 'cases' | 'overdue' | 'letters' | 'settings' | 'dashboard' | 'calendar' | 'reports';

export type Route = { name: ScreenName } | { name: 'case'; ref: string } | { name: 'new-case' } | { name: 'letter'; ref: string; letterId?: number } | { name: 'organisation'; id: string } | { name: 'backups' } | { name: 'retention' };

export interface NavItem {
  screen: ScreenName;
  label: string;
  /** The key after "g", and the digit after Alt. */
  key: string;
  digit: string;
}

export const NAV_ITEMS: NavItem[] = [
  { screen: 'inbox', label: 'Inbox', key: 'i', digit: '1' },
  { screen: 'cases', label: 'Cases', key: 'c', digit: '2' },
  { screen: 'overdue', label: 'Overdue', key: 'o', digit: '3' },
  { screen: 'letters', label: 'Letters', key: 'l', digit: '4' },
  { screen: 'settings', label: 'Settings', key: 's', digit: '5' },
  { screen: 'dashboard', label: 'Dashboard', key: 'd', digit: '6' },
  { screen: 'calendar', label: 'Calendar', key: 'k', digit: '7' },
  { screen: 'reports', label: 'Reports', key: 'r', digit: '8' },
];

/** Which nav entry a route belongs to, for highlighting. */
export function sectionOf(route: Route): ScreenName {
  if (route.name === 'case' || route.name === 'new-case') return 'cases';
  if (route.name === 'letter') return 'letters';
  if (route.name === 'organisation' || route.name === 'backups' || route.name === 'retention') return 'settings';
  return route.name;
}
