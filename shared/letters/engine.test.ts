import { describe, expect, it } from 'vitest';
import { describeProblem, editableBody, missingFields, renderLetter, renderLetterOrThrow, LetterProblemError } from './engine';
import { letterLanguage } from './language';
import { IMT, sampleContext } from './test-fixtures';
import type { LetterContext, RenderResult } from './types';

function ok(r: RenderResult) {
  if (!r.ok) throw new Error(describeProblem(r.problem));
  return r.letter;
}

describe('an acknowledgement of the erasure request received on Saturday 31 January 2026', () => {
  const ctx = sampleContext();

  it('tells the requester in English that we will answer by 2 March 2026', () => {
    const l = ok(renderLetter('acknowledgement', 'en', ctx));
    expect(l.subject).toBe('Your request DPO-2026-0042: acknowledgement of receipt');
    expect(l.text).toContain('on 31 January 2026');
    expect(l.text).toContain('at the latest by 2 March 2026');
    expect(l.text).toContain('(access to your personal data and erasure)');
    expect(l.salutation).toBe('Dear Zofia Łukasiewicz-Dvořák,');
  });

  it('in German it says "bis zum 2. März 2026"', () => {
    const l = ok(renderLetter('acknowledgement', 'de', ctx));
    expect(l.text).toContain('spätestens bis zum 2. März 2026');
    expect(l.text).toContain('am 31. Januar 2026');
    expect(l.refLine).toBe('Unser Zeichen: DPO-2026-0042');
    expect(l.closing).toBe('Mit freundlichen Grüßen');
  });

  it('in French it says "au plus tard le 2 mars 2026"', () => {
    const l = ok(renderLetter('acknowledgement', 'fr', ctx));
    expect(l.text).toContain('au plus tard le 2 mars 2026');
    expect(l.dateLine).toBe('20 février 2026');
    expect(l.refLine).toBe('Notre référence : DPO-2026-0042');
  });

  it('is addressed to the requester with her postal address, from the organisation’s letterhead', () => {
    const l = ok(renderLetter('acknowledgement', 'en', ctx));
    expect(l.recipient).toEqual(['Zofia Łukasiewicz-Dvořák', 'Müßiggasse 3', '10115 Berlin', 'Germany']);
    expect(l.letterhead[0]).toBe('International Microelectronics Assembly and Packaging Society');
    expect(l.letterhead).toContain('bschieman@imaps.org');
    expect(l.signature).toEqual(['Brian Schieman', 'Data Protection Officer', 'International Microelectronics Assembly and Packaging Society', 'bschieman@imaps.org']);
    expect(l.date).toBe('2026-02-20');
  });

  it('without a postal address it is addressed to her e-mail', () => {
    const c = sampleContext({ requester: { name: 'Zofia Łukasiewicz-Dvořák', email: 'zofia.lukasiewicz@example.org' } });
    expect(ok(renderLetter('acknowledgement', 'en', c)).recipient).toEqual(['Zofia Łukasiewicz-Dvořák', 'zofia.lukasiewicz@example.org']);
  });
});

describe('a letter with a field missing is not written at all', () => {
  it('an extension notice without reasons names the reasons as missing', () => {
    const ctx = sampleContext();
    ctx.letter = { ...ctx.letter, extensionReasons: undefined };
    const r = renderLetter('extension-notice', 'en', ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toEqual({ kind: 'missing-fields', fields: [{ field: 'letter.extensionReasons', label: 'the reasons for the extension' }] });
    expect(describeProblem(r.problem)).toBe('The letter cannot be written yet; missing: the reasons for the extension (letter.extensionReasons).');
  });

  it('an acknowledgement before the deadline is computed names the due date', () => {
    const ctx = sampleContext();
    ctx.case = { ...ctx.case, dueDates: {} };
    expect(missingFields('acknowledgement', 'de', ctx).map((f) => f.field)).toEqual(['due.response']);
  });

  it('a reason of only spaces counts as missing, so the letter never has a blank', () => {
    const ctx = sampleContext();
    ctx.letter = { ...ctx.letter, reasons: '   ' };
    expect(missingFields('refusal', 'fr', ctx).map((f) => f.field)).toEqual(['letter.reasons']);
  });

  it('every missing field is named at once, not one per attempt', () => {
    const ctx: LetterContext = { ...sampleContext(), letter: {} };
    ctx.organisation = { ...ctx.organisation, supervisoryAuthority: undefined };
    expect(missingFields('access-response', 'en', ctx).map((f) => f.field).sort()).toEqual([
      'letter.access.automatedDecisions', 'letter.access.categories', 'letter.access.purposes', 'letter.access.recipients',
      'letter.access.retention', 'letter.access.source', 'org.supervisoryAuthority',
    ]);
  });

  it('an unreadable date is treated as not given rather than printed wrong', () => {
    const ctx = sampleContext();
    ctx.case = { ...ctx.case, dueDates: { response: 'end of February' } };
    expect(missingFields('acknowledgement', 'en', ctx).map((f) => f.field)).toEqual(['due.response']);
  });

  it('renderLetterOrThrow throws an error the CLI can print', () => {
    const ctx = sampleContext();
    ctx.letter = {};
    expect(() => renderLetterOrThrow('fee-notice', 'en', ctx)).toThrow(LetterProblemError);
    expect(() => renderLetterOrThrow('fee-notice', 'en', ctx)).toThrow(/the fee amount \(letter\.fee\)/);
  });

  it('asking what an unknown template is missing is an error, not "nothing"', () => {
    expect(() => missingFields('apology', 'en', sampleContext())).toThrow('There is no letter template "apology".');
  });

  it('an unknown template or language is reported, not guessed', () => {
    const ctx = sampleContext();
    expect(renderLetter('apology', 'en', ctx)).toEqual({ ok: false, problem: { kind: 'unknown-template', templateId: 'apology' } });
    const r = renderLetter('closure', 'pl', ctx);
    expect(!r.ok && r.problem).toEqual({ kind: 'unsupported-language', templateId: 'closure', lang: 'pl', languages: ['en', 'de', 'fr'] });
  });
});

describe('optional paragraphs', () => {
  it('the identity request gives a reply date only when one is set', () => {
    const withDate = ok(renderLetter('identity-verification', 'en', sampleContext()));
    expect(withDate.text).toContain('Please reply by 14 February 2026.');
    const ctx = sampleContext();
    ctx.case = { ...ctx.case, dueDates: { response: '2026-03-02' } };
    expect(ok(renderLetter('identity-verification', 'en', ctx)).text).not.toContain('Please reply by');
  });

  it('a Shine the Light answer with no disclosures says so', () => {
    const l = ok(renderLetter('shine-the-light-response', 'en', sampleContext({ organisation: IMT })));
    expect(l.text).toContain('In 2025 we did not disclose your personal information to any third party');
  });

  it('a Shine the Light answer lists the disclosures when there were some', () => {
    const ctx = sampleContext({ organisation: IMT });
    ctx.letter = { ...ctx.letter, disclosures: ['Name and e-mail address: Acme Trade Shows, Inc.'] };
    const l = ok(renderLetter('shine-the-light-response', 'en', ctx));
    expect(l.blocks).toContainEqual({ kind: 'list', items: ['Name and e-mail address: Acme Trade Shows, Inc.'] });
    expect(l.text).not.toContain('did not disclose');
  });

  it('a Shine the Light answer with the disclosures not yet filled in is not written', () => {
    const ctx = sampleContext({ organisation: IMT });
    ctx.letter = { ...ctx.letter, disclosures: undefined };
    expect(missingFields('shine-the-light-response', 'en', ctx).map((f) => f.field)).toEqual(['letter.disclosures']);
  });
});

describe('a partial erasure refusal', () => {
  it('cites Art. 17(3) for each item kept, quotes the society’s own exceptions and the right to complain', () => {
    const l = ok(renderLetter('erasure-partly-refused', 'en', sampleContext()));
    expect(l.blocks).toContainEqual({
      kind: 'list',
      items: [
        'Invoices and payment records for 2023 to 2025: Art. 17(3)(b) GDPR: compliance with a legal obligation (US tax law requires us to keep them for seven years)',
        'Correspondence about your 2025 dispute: Art. 17(3)(e) GDPR: the establishment, exercise or defence of legal claims',
      ],
    });
    expect(l.text).toContain('- information kept to comply with legal obligations such as tax, legal reporting and auditing');
    expect(l.text).toContain('the Berlin Commissioner for Data Protection and Freedom of Information, and the right to seek a judicial remedy');
  });

  it('in German it cites "Art. 17 Abs. 3 lit. b DSGVO"', () => {
    expect(ok(renderLetter('erasure-partly-refused', 'de', sampleContext())).text).toContain('Art. 17 Abs. 3 lit. b DSGVO: Erfüllung einer rechtlichen Verpflichtung');
  });
});

describe('a complaint to I.M.T. under its Privacy Shield commitments', () => {
  it('names the next steps of its ladder in order: BBB National Programs, the DPA, Commerce, the FTC, arbitration', () => {
    const l = ok(renderLetter('complaint-response', 'en', sampleContext({ organisation: IMT })));
    const list = l.blocks.find((b) => b.kind === 'list');
    expect(list?.kind === 'list' && list.items).toEqual([
      'Independent recourse body: BBB National Programs (www.bbbprograms.org), free of charge',
      'Data protection authority: your local data protection authority',
      'US Department of Commerce: International Trade Administration',
      'US Federal Trade Commission: Federal Trade Commission (www.ftc.gov)',
      'Binding arbitration: the Data Privacy Framework Panel, by written notice to privacy@imtmems.com',
    ]);
  });

  it('uses the escalation module’s own sentences when the case gives them, e.g. after BBB was already tried', () => {
    const ctx = sampleContext({ organisation: IMT });
    ctx.letter = { ...ctx.letter, nextSteps: { fr: ['Vous pouvez saisir votre autorité de protection des données.', 'Vous pouvez invoquer l’arbitrage contraignant.'] } };
    const fr = ok(renderLetter('complaint-response', 'fr', ctx));
    expect(fr.blocks).toContainEqual({ kind: 'list', items: ['Vous pouvez saisir votre autorité de protection des données.', 'Vous pouvez invoquer l’arbitrage contraignant.'] });
    const en = ok(renderLetter('complaint-response', 'en', ctx)); // no English sentences given: built from the ladder
    expect(en.text).toContain('Independent recourse body: BBB National Programs');
  });

  it('cannot be answered for an organisation whose ladder is not set up', () => {
    const ctx = sampleContext({ organisation: { ...IMT, ladder: [{ stage: 'organisation', name: 'I.M.T.' }] } });
    expect(missingFields('complaint-response', 'en', ctx).map((f) => f.field)).toEqual(['org.ladder.next']);
  });

  it('the letter to BBB National Programs is addressed to BBB with our and their reference', () => {
    const ctx = sampleContext({ organisation: IMT });
    ctx.case = { ...ctx.case, externalRef: 'BBB-DPF-77812' };
    const l = ok(renderLetter('escalation-letter', 'en', ctx));
    expect(l.recipient[0]).toBe('BBB National Programs');
    expect(l.salutation).toBe('Dear Sir or Madam,');
    expect(l.refLine).toBe('Our reference: DPO-2026-0042 · Your reference: BBB-DPF-77812');
    expect(l.subject).toBe('Complaint of Zofia Łukasiewicz-Dvořák: our reference DPO-2026-0042');
  });

  it('a letter to a body needs the body’s name', () => {
    const ctx = sampleContext({ organisation: IMT });
    ctx.letter = { ...ctx.letter, addressee: undefined };
    expect(missingFields('escalation-letter', 'en', ctx).map((f) => f.field)).toEqual(['letter.addressee.name']);
  });
});

describe('the DPO edits one letter’s text', () => {
  const ctx = sampleContext();

  it('fields in the edited text are merged, bullets become a list', () => {
    const l = ok(renderLetter('acknowledgement', 'en', ctx, {
      subject: 'Re: {{case.subject}} [{{case.ref}}]',
      body: 'We have your request of {{case.receivedAt}}.\n\nWe will:\n\n- search the member database\n- answer by {{due.response}}\n\nThank you for your patience.',
    }));
    expect(l.subject).toBe('Re: Auskunft und Löschung meiner Daten [DPO-2026-0042]');
    expect(l.blocks).toEqual([
      { kind: 'paragraph', text: 'We have your request of 31 January 2026.' },
      { kind: 'paragraph', text: 'We will:' },
      { kind: 'list', items: ['search the member database', 'answer by 2 March 2026'] },
      { kind: 'paragraph', text: 'Thank you for your patience.' },
    ]);
  });

  it('the rendered body, edited and passed back, keeps its paragraphs and lists', () => {
    const original = ok(renderLetter('erasure-partly-refused', 'en', ctx));
    const edited = editableBody(original).replace('We keep this data only', 'We keep these records only');
    const again = ok(renderLetter('erasure-partly-refused', 'en', ctx, edited));
    expect(again.blocks.length).toBe(original.blocks.length);
    expect(again.blocks.filter((b) => b.kind === 'list')).toEqual(original.blocks.filter((b) => b.kind === 'list'));
    expect(again.text).toContain('We keep these records only for as long as the ground applies');
    expect(again.subject).toBe(original.subject);
  });

  it('an edited body that still has blanks to fill is flagged before export', () => {
    expect(missingFields('closure', 'en', ctx, 'We closed the case on {{today}}; the recourse body’s file is {{case.externalRef}}.').map((f) => f.field))
      .toEqual(['case.externalRef']);
  });

  it('a field the edited text names that has no value is still flagged', () => {
    const r = renderLetter('acknowledgement', 'en', ctx, 'Your case is known to the recourse body as {{case.externalRef}}.');
    expect(!r.ok && r.problem).toEqual({ kind: 'missing-fields', fields: [{ field: 'case.externalRef', label: "the recourse body's or regulator's reference" }] });
  });

  it('a misspelt field is refused rather than printed raw', () => {
    const r = renderLetter('acknowledgement', 'en', ctx, 'We will answer by {{due.respons}}.');
    expect(!r.ok && r.problem).toEqual({ kind: 'unknown-fields', fields: ['due.respons'] });
  });

  it('half-typed braces are refused rather than printed raw', () => {
    const r = renderLetter('acknowledgement', 'en', ctx, 'We will answer by {{due.response}. Thank you.');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem.kind).toBe('raw-placeholder');
  });

  it('a requester whose name contains braces does not trip the placeholder check', () => {
    const c = sampleContext({ requester: { name: 'Ana {{Test}} Novák', email: 'ana@example.org' } });
    expect(ok(renderLetter('closure', 'en', c)).salutation).toBe('Dear Ana {{Test}} Novák,');
  });
});

describe('the letter’s language', () => {
  it('is the request’s language by default', () => {
    expect(letterLanguage('acknowledgement', sampleContext())).toBe('de');
  });
  it('is the one the DPO asks for', () => {
    expect(letterLanguage('acknowledgement', sampleContext(), 'fr')).toBe('fr');
  });
  it('reads "de-CH" as German', () => {
    const c = sampleContext();
    expect(letterLanguage('acknowledgement', { case: { ...c.case, language: 'de-CH' } })).toBe('de');
  });
  it('falls back to English for a Polish request until Polish texts exist', () => {
    const c = sampleContext();
    expect(letterLanguage('acknowledgement', { case: { ...c.case, language: 'pl' } })).toBe('en');
  });
});
