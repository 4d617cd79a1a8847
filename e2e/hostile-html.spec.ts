// A hostile e-mail opened in the inbox: scripts, event handlers, SVG, javascript: and data: links,
// CSS url() and @import, meta refresh, base, form, iframe and a tracking pixel. Nothing runs and
// nothing is fetched; the DPO still reads the request.
import { HOSTILE_HTML } from '../renderer/mail/hostile-html';
import { expect, test } from './fixtures';
import { AppShell } from './models/AppShell';
import { InboxPage } from './models/InboxPage';
import { LockScreen } from './models/LockScreen';

const message = [
  'From: Mallory <mallory@evil.example>', 'To: privacy@brightwater.example', 'Subject: Access request (HTML)', 'Date: Mon, 02 Mar 2026 09:00:00 +0000',
  'Message-ID: <hostile-1@evil.example>', 'MIME-Version: 1.0', 'Content-Type: multipart/alternative; boundary="b"', '',
  '--b', 'Content-Type: text/plain; charset=utf-8', '', 'Dear DPO, I request access to my personal data under Art. 15 GDPR.', '',
  '--b', 'Content-Type: text/html; charset=utf-8', '', HOSTILE_HTML, '--b--', '',
].join('\r\n');

test('a hostile HTML e-mail is shown without running anything or loading anything', async ({ app }) => {
  const dialogs: string[] = [];
  const consoleMessages: string[] = [];
  app.page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  app.page.on('console', (m) => consoleMessages.push(m.text()));

  await new LockScreen(app.page).createWorkspace('correct horse battery staple');
  const shell = new AppShell(app.page);
  await shell.expectOpen();
  await shell.goto('Inbox');
  const inbox = new InboxPage(app.page);
  await inbox.importFiles([{ name: 'hostile.eml', content: message }]);
  await inbox.row('Access request (HTML)').click();

  const frame = inbox.messageFrame;
  await expect(frame.getByText('I request access to my personal data under Art. 15 GDPR.')).toBeVisible();
  await expect(frame.getByRole('link', { name: 'our policy' })).toBeVisible();
  await expect(frame.locator('body').locator('script, form, input, iframe, svg, meta, base, link, object, embed')).toHaveCount(0);
  // The frame's head holds only what the app put there: its charset, its own CSP and no-referrer.
  await expect(frame.locator('head meta[http-equiv]')).toHaveAttribute('content', "default-src 'none'; img-src data:; style-src 'unsafe-inline'");
  await expect(frame.locator('[onerror], [onload]')).toHaveCount(0);
  await expect(frame.locator('a', { hasText: 'click me' })).not.toHaveAttribute('href');
  await expect(frame.locator('a', { hasText: 'data link' })).not.toHaveAttribute('href');
  await expect(inbox.selectedMessage.getByRole('note').filter({ hasText: /remote images or styles were blocked/ })).toBeVisible();
  const sandbox = await app.page.locator('iframe[title="Message (formatted, safe view)"]').getAttribute('sandbox');
  expect(sandbox).toBe('');

  await inbox.selectedMessage.getByRole('tab', { name: 'Plain text' }).click();
  await expect(inbox.selectedMessage.getByLabel('Message (plain text)')).toContainText('Art. 15 GDPR');
  await inbox.selectedMessage.getByRole('tab', { name: 'Formatted' }).click();
  await app.page.waitForTimeout(500);
  await app.page.screenshot({ path: 'test-results/triage/hostile-html.png' });

  expect(dialogs).toEqual([]);
  expect(consoleMessages.filter((m) => m.includes('PWNED'))).toEqual([]);
  expect(app.externalRequests()).toEqual([]);
});
