// A generated mailbox of privacy requests, unique per run so each import stores new messages.
export function generateMbox(run: number, count: number): string {
  const langs = [
    ['Auskunftsersuchen nach Art. 15 DSGVO', 'ich bitte um Auskunft über alle zu meiner Person gespeicherten Daten.'],
    ['Request to delete my data', 'please delete all personal data you hold about me under Article 17 GDPR.'],
    ['Demande d\'accès', 'je vous prie de me communiquer les données personnelles me concernant.'],
  ];
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const [subject, body] = langs[i % langs.length];
    const day = String(1 + (i % 28)).padStart(2, '0');
    parts.push(
      `From requester${i}@example.org Mon Feb ${day} 10:00:00 2026\n`
        + `From: Requester ${run}-${i} <requester${run}.${i}@example.org>\nTo: privacy@example.com\nSubject: ${subject} (${run}/${i})\n`
        + `Message-ID: <crash-${run}-${i}@example.org>\nDate: Mon, ${day} Feb 2026 10:00:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n`
        + `Hello,\n${body}\nReference ${run}-${i}.\n${'Lorem ipsum dolor sit amet. '.repeat(20)}\n\n`,
    );
  }
  return parts.join('');
}
