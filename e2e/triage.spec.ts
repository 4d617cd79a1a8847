// A morning in the inbox: the DPO imports two e-mails, sees what triage suggests, accepts the
// access request into a case (its clock starting when the e-mail was received) and opens it.
import { expect, test } from './fixtures';
import { AppShell } from './models/AppShell';
import { CasePage } from './models/CasePage';
import { InboxPage } from './models/InboxPage';
import { LockScreen } from './models/LockScreen';

const mail = (o: { from: string; subject: string; date: string; id: string; body: string }) =>
  [`From: ${o.from}`, 'To: privacy@brightwater.example', `Subject: ${o.subject}`, `Date: ${o.date}`, `Message-ID: <${o.id}>`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', o.body, ''].join('\r\n');

test('imported mail waits in the inbox, sorted by due date; accepting opens the case with the right deadline', async ({ app }) => {
  await new LockScreen(app.page).createWorkspace('correct horse battery staple');
  const shell = new AppShell(app.page);
  await shell.expectOpen();
  await shell.goto('Inbox');
  const inbox = new InboxPage(app.page);
  await inbox.importFiles([
    { name: 'newsletter.eml', content: mail({ from: 'Garden Weekly <news@garden.example>', subject: 'Spring offers', date: 'Tue, 03 Mar 2026 07:00:00 +0000', id: 'news-1@garden.example', body: 'Our best spring offers for your garden. Unsubscribe at any time.' }) },
    { name: 'access.eml', content: mail({ from: 'Erika Mustermann <erika@example.de>', subject: 'Auskunftsersuchen nach Art. 15 DSGVO', date: 'Sat, 31 Jan 2026 10:15:00 +0100', id: 'erika-1@example.de', body: 'Sehr geehrte Damen und Herren,\r\n\r\nich verlange Auskunft über meine personenbezogenen Daten gemäß Art. 15 DSGVO.\r\n\r\nErika Mustermann, Berlin' }) },
  ]);
  await expect(inbox.queue.getByRole('row')).toHaveCount(3);
  // The access request is due first, so it heads the queue and is selected.
  const first = inbox.queue.getByRole('row').nth(1);
  await expect(first).toContainText('Auskunftsersuchen');
  await expect(first).toContainText('Access');
  await expect(inbox.selectedMessage).toContainText('Erika Mustermann');
  await inbox.selectedMessage.getByText('Why this suggestion').click();
  await expect(inbox.selectedMessage).toContainText('Art. 15');
  await app.page.screenshot({ path: 'test-results/triage/inbox.png' });

  // With the keyboard: down to the newsletter, set it aside, then accept the request.
  await app.page.keyboard.press('j');
  await expect(inbox.selectedMessage).toContainText('Spring offers');
  await app.page.keyboard.press('x');
  await expect(inbox.queue.getByRole('row')).toHaveCount(2);
  await expect(inbox.selectedMessage).toContainText('Erika Mustermann');
  await inbox.accept();
  const opened = app.page.getByRole('status').filter({ hasText: /Opened 1 case/ });
  await expect(opened).toBeVisible();
  const ref = (await opened.textContent())!.match(/DPO-\d{4}-\d{4}/)![0];
  await expect(app.page.getByText('Nothing waiting.')).toBeVisible();

  await app.page.getByRole('button', { name: `Open ${ref}` }).click();
  const casePage = new CasePage(app.page);
  await expect(casePage.heading(ref)).toBeVisible();
  // 10:15 in Berlin is 09:15 UTC, the zone of a workspace with no organisation on this machine.
  await expect(casePage.facts).toContainText('31 Jan 2026, 09:15');
  const governing = casePage.deadlines.getByRole('row', { name: /Governing/ });
  await expect(governing).toContainText('2 Mar 2026');
  await expect(casePage.history).toContainText('the message that opened the case');
  await app.page.screenshot({ path: 'test-results/triage/case.png' });
  expect(app.externalRequests()).toEqual([]);
});
