// The Inbox lives in screens/inbox/; this path stays for the shell's import.
export { InboxScreen } from './inbox/InboxScreen';
