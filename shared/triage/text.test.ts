// Where the sender's own words end and the mail they quote or forward begins.
import { describe, expect, it } from 'vitest';
import { splitQuoted } from './text';

describe('telling what the sender wrote from what they quote', () => {
  it('a forwarded header block of From: and Subject: alone starts the forwarded part', () => {
    const s = splitQuoted(['Please log this.', '', 'Karen', '', '---------- Forwarded message ---------', 'From: Jordan Ellis <jellis@ftc.gov>', 'Subject: Consumer complaint', '', 'The staff of the Commission has received a complaint.'].join('\n'));
    expect(s.fresh).not.toMatch(/Commission/);
    expect(s.quoted).toMatch(/^From: Jordan Ellis/);
  });

  it('a "From:" line of a web form, followed by the message, stays the sender\'s own text', () => {
    const s = splitQuoted(['New submission from the privacy form', 'Name: Ana Ruiz', 'Request: access', 'From: ana@example.es', 'Message: please send me my data'].join('\n'));
    expect(s.quoted).toBe('');
    expect(s.fresh).toMatch(/please send me my data/);
  });
});
