import { describe, expect, it } from 'vitest';
import { classifyMessage } from './classify';
import type { ClassifyInput } from './types';

const mail = (subject: string, text: string, from = { name: 'Sam Requester', email: 'sam@mail.example' }, extra: Partial<ClassifyInput> = {}): ClassifyInput => ({
  subject, text, from, to: [{ name: '', email: 'privacy@shop.example' }], ...extra,
});

describe('classifying clear requests in each of the nine languages', () => {
  const cases: [string, string, string, string, string, string][] = [
    ['en', 'Erasure request', 'Please erase all personal data you hold about me under Article 17 GDPR.\n\nSam, 4 Rue Neuve, Brussels, Belgium', 'erasure', 'eu', 'erasure'],
    ['de', 'Auskunftsersuchen nach Art. 15 DSGVO', 'Sehr geehrte Damen und Herren, ich bitte um Auskunft über die zu meiner Person gespeicherten Daten.\nMit freundlichen Grüßen, Jonas Richter, Leipzig', 'access', 'eu', 'Auskunftsersuchen'],
    ['fr', 'Demande de rectification', "Bonjour, mon adresse est inexacte dans votre fichier client. Je vous demande de rectifier mes données conformément à l'article 16 du RGPD. Camille, Nantes, France", 'rectification', 'eu', 'rectification'],
    ['es', 'Ejercicio del derecho de oposición', 'Me opongo al tratamiento de mis datos personales con fines de mercadotecnia directa. Pablo, Sevilla, España', 'objection', 'eu', 'oposición'],
    ['it', 'Richiesta di portabilità dei dati', "Chiedo di ricevere i miei dati personali in un formato strutturato e leggibile da dispositivo automatico (art. 20 GDPR). Marco, Bologna, Italia", 'portability', 'eu', 'portabilità'],
    ['nl', 'Intrekken toestemming', 'Hierbij trek ik mijn toestemming in voor het verwerken van mijn persoonsgegevens voor uw klantenkaart. Groet, Daan, Eindhoven', 'withdraw-consent', 'eu', 'trek ik mijn toestemming in'],
    ['pl', 'Żądanie ograniczenia przetwarzania', 'Na podstawie art. 18 RODO żądam ograniczenia przetwarzania moich danych osobowych do czasu wyjaśnienia sprawy. Anna, Poznań, Polska', 'restriction', 'eu', 'ograniczenia przetwarzania'],
    ['pt', 'Pedido de apagamento de dados', 'Venho por este meio solicitar o apagamento de todos os meus dados pessoais, ao abrigo do artigo 17.º do RGPD. Rui, Lisboa, Portugal', 'erasure', 'eu', 'apagamento'],
    ['sv', 'Begäran om registerutdrag', 'Hej, jag begär ett registerutdrag enligt artikel 15 i dataskyddsförordningen över de personuppgifter ni behandlar om mig. Vänliga hälsningar, Karin, Malmö', 'access', 'eu', 'registerutdrag'],
  ];
  for (const [lang, subject, text, type, jurisdiction, phrase] of cases) {
    it(`${lang}: "${subject}" is ${type} (${jurisdiction}) and the explanation quotes "${phrase}"`, () => {
      const t = classifyMessage(mail(subject, text));
      expect(t.requestType).toBe(type);
      expect(t.jurisdiction).toBe(jurisdiction);
      expect(t.language).toBe(lang);
      expect(t.explanation.join('\n').toLowerCase()).toContain(phrase.toLowerCase());
      expect(t.regimes).toEqual(['gdpr']);
    });
  }
});

describe('precedence between request types', () => {
  it('a reminder that quotes the original access request is a follow-up, and the chased type is kept', () => {
    const t = classifyMessage(mail('Re: Access request', 'I sent you a request on 3 March and still have not received any reply. Please answer.\n\nOn 3 Mar 2025, Sam wrote:\n> I request a copy of my personal data under Article 15 GDPR.', undefined, { inReplyTo: 'abc@mail.example' }));
    expect(t.requestType).toBe('follow-up');
    expect(t.requestTypes).toContain('access');
    expect(t.explanation.join('\n')).toMatch(/follow-up/);
  });

  it('a complaint about a refused erasure is a complaint, not a new erasure request', () => {
    const t = classifyMessage(mail('Your refusal to delete my data', 'You refused my erasure request of 2 May. Your reply is inadequate and I am dissatisfied: Article 17 GDPR applies. If you do not act, I reserve the right to complain to the supervisory authority.'));
    expect(t.requestType).toBe('complaint');
    expect(t.requestTypes).toContain('erasure');
  });

  it('the usual "otherwise I will complain to the authority" line does not turn a request into a complaint', () => {
    const t = classifyMessage(mail('Request for erasure', 'I request the erasure of my personal data under Article 17 GDPR. If you do not answer within one month, I reserve the right to lodge a complaint with the supervisory authority.'));
    expect(t.requestType).toBe('erasure');
  });

  it('a full access request that also wants the data it provided in a machine-readable format is an access request, portability kept among its types', () => {
    const t = classifyMessage(mail('Meine Daten', [
      'Guten Tag, ich verlange Auskunft nach Art. 15 DSGVO über die zu meiner Person gespeicherten Daten, die Verarbeitungszwecke und die Empfänger.',
      'Die Daten, die ich Ihnen bereitgestellt habe, übermitteln Sie mir bitte nach Art. 20 Abs. 1 DSGVO in einem strukturierten, gängigen und maschinenlesbaren Format.',
      'Mit freundlichen Grüßen, Jonas Richter, Berlin',
    ].join('\n\n')));
    expect(t.requestType).toBe('access');
    expect(t.requestTypes).toContain('portability');
  });

  it('asking only for the provided data in a machine-readable format stays a portability request', () => {
    const t = classifyMessage(mail('Datenübertragbarkeit', 'Guten Tag, bitte übermitteln Sie mir die Daten, die ich Ihnen bereitgestellt habe, nach Art. 20 DSGVO in einem maschinenlesbaren Format (CSV).\n\nJonas Richter, Berlin'));
    expect(t.requestType).toBe('portability');
  });

  it('a letter lodging a complaint under Article 77 GDPR about an unanswered access request is a complaint', () => {
    const t = classifyMessage(mail('My personal data', 'I hereby lodge a complaint according to Article 77 GDPR. On 3 March I sent a request under Article 15 GDPR to the controller below; it has not been met.\n\nAoife Byrne, Dublin, Ireland'));
    expect(t.requestType).toBe('complaint');
  });

  it('a reminder that the month has passed without an answer is a follow-up, its threat of the authority included', () => {
    const en = classifyMessage(mail('My personal data', 'On 3 March I sent you a request under Article 15 GDPR. I did not receive an answer, so the one-month period is exceeded. Please reply within two weeks, otherwise I will contact the supervisory authority.\n\nAoife Byrne, Dublin, Ireland'));
    expect(en.requestType).toBe('follow-up');
    const fr = classifyMessage(mail('Mes données', "Le 3 mars je vous ai envoyé une demande selon l'article 15 du RGPD. Je vous contacte une nouvelle fois. Autrement je déposerai plainte auprès de la CNIL.\n\nCamille Laurent, Lyon"));
    expect(fr.requestType).toBe('follow-up');
  });

  it('a German reply saying the answer to an access request fell short of the GDPR is a complaint, however often it names Art. 15', () => {
    const t = classifyMessage(mail('Re: Anfrage nach Art. 15 DSGVO', 'Guten Tag,\n\nam 3. März hatte ich eine Anfrage nach Art. 15 DSGVO an Sie gerichtet. Ich nehme Bezug auf Ihre Antwort darauf vom 20. März. Leider bin ich nicht der Meinung, dass Sie meine Anfrage entsprechend der Vorgaben der DSGVO beantwortet haben: eine Ausweiskopie zu verlangen ist für ein Online-Konto unverhältnismäßig.\n\nJonas Richter, Berlin', undefined, { inReplyTo: 'answer-1@shop.example' }));
    expect(t.requestType).toBe('complaint');
  });

  it('a model letter asking for all the information one is entitled to under the Data Protection Act is a UK access request', () => {
    const t = classifyMessage(mail('Data Protection Act request', 'I am writing to request all the information to which I am entitled under the Data Protection Act. This should cover any other information you may hold about me; please search all your records.\n\nOliver Hughes'));
    expect(t.requestType).toBe('access');
    expect(t.jurisdiction).toBe('uk');
  });

  it('a letter chasing an unanswered subject access request is a follow-up, though its subject names the request', () => {
    const t = classifyMessage(mail('Non response to my subject access request', 'I am writing further to my letter of 3 February, in which I made a subject access request, because I have not received any response. The time limit has now expired; please respond as soon as possible.\n\nOliver Hughes, Leeds LS1 4AB'));
    expect(t.requestType).toBe('follow-up');
    expect(t.requestTypes).toContain('access');
  });

  it('a notice from the ICO is regulator mail, with its reference and the complainant named', () => {
    const t = classifyMessage(mail('Our reference: IC-123456-AB12', 'Dear Sir or Madam\n\nJohn Smith has raised a concern with us about how you handled his request.\nPlease reply to him within 28 days, quoting our reference.\n\nCase Officer\nInformation Commissioner\'s Office', { name: 'ICO Casework', email: 'casework@ico.org.uk' }));
    expect(t.requestType).toBe('regulator');
    expect(t.fromBody).toEqual({ kind: 'dpa', name: "Information Commissioner's Office (ICO)", externalRef: 'IC-123456-AB12' });
    expect(t.jurisdiction).toBe('uk');
    expect(t.requester.name).toBe('John Smith');
  });

  it('a requester who mentions the ICO is not the ICO', () => {
    const t = classifyMessage(mail('Subject access request', 'I make a subject access request under the UK GDPR. If you do not respond I will contact the ICO.\nSam, Bristol BS1 4DJ'));
    expect(t.fromBody).toBeNull();
    expect(t.requestType).toBe('access');
    expect(t.jurisdiction).toBe('uk');
  });

  it('spam under a "PRIVACY POLICY update" subject, whose body says nothing of privacy, is not a privacy matter', () => {
    const t = classifyMessage(mail('PRIVACY POLICY update', 'Congratulations! You have been selected to receive 2 free VIP passes. Why wait? Claim them now at http://203.0.113.9 and save 75%!', { name: 'Promo', email: 'win@promo.example' }));
    expect(t.requestType).toBe('not-privacy');
  });

  it('a question about cookies under a privacy subject stays an inquiry', () => {
    const t = classifyMessage(mail('Privacy question about your website', 'Do you send the browsing data of your visitors to the United States? And do you honour Do Not Track? Just a question, I am not asking for anything.'));
    expect(t.requestType).toBe('inquiry');
  });

  it('a newsletter with a privacy footer is not a privacy matter', () => {
    const t = classifyMessage(mail('Spring sale: 30% off everything', 'Our biggest discount of the year is here! Click here to shop: https://shop.example/a https://shop.example/b https://shop.example/c\nWe respect your privacy. To unsubscribe click here.', { name: 'Deals', email: 'news@deals.example' }, { headers: { 'list-unsubscribe': '<https://deals.example/u>' } }));
    expect(t.requestType).toBe('not-privacy');
    expect(t.jurisdiction).toBe('other');
    expect(t.regimes).toEqual([]);
  });

  it('a question about the privacy policy is an inquiry', () => {
    const t = classifyMessage(mail('Question', 'Hi, I have a question: do you share my email address with advertisers? How long do you keep it?'));
    expect(t.requestType).toBe('inquiry');
  });

  it('a parent asking to delete a child\'s account is child-data-deletion under COPPA', () => {
    const t = classifyMessage(mail('Delete my kid\'s account', 'My daughter is 10 and made an account without my permission. As her parent, please delete her account and all her data.\nTucson, AZ 85701'));
    expect(t.requestType).toBe('child-data-deletion');
    expect(t.jurisdiction).toBe('us-other');
    expect(t.regimes).toEqual(['coppa']);
  });

  it('"Do Not Sell or Share" from a Californian is a sale/share opt-out under the CCPA', () => {
    const t = classifyMessage(mail('Do Not Sell or Share My Personal Information', 'Under the CCPA I direct you not to sell or share my personal information.\nOakland, CA 94612'));
    expect(t.requestType).toBe('sale-share-opt-out');
    expect(t.jurisdiction).toBe('us-ca');
    expect(t.regimes).toEqual(['ccpa']);
    expect(t.explanation.join('\n')).toMatch(/CA 94612|CCPA/);
  });

  it('an unsubscribe is an objection marked as a marketing opt-out (CAN-SPAM in the US)', () => {
    const t = classifyMessage(mail('Unsubscribe', 'Please unsubscribe me from your marketing emails.\nAustin, TX 78701'));
    expect(t.requestType).toBe('objection');
    expect(t.marketingOptOut).toBe(true);
    expect(t.regimes).toEqual(['can-spam']);
  });

  it('a Brazilian LGPD request is jurisdiction other with regime lgpd', () => {
    const t = classifyMessage(mail('Exclusão de dados', 'Solicito a eliminação dos meus dados pessoais, nos termos da LGPD.\nRecife, Brasil'));
    expect(t.requestType).toBe('erasure');
    expect(t.jurisdiction).toBe('other');
    expect(t.regimes).toEqual(['lgpd']);
  });
});

describe('the PRIVACY POLICY subject rule, references and the requester', () => {
  it('flags "PRIVACY POLICY" in the subject case-insensitively and notes its absence without dropping the request', () => {
    expect(classifyMessage(mail('privacy policy – access', 'I request access to my personal data.')).subjectHasPrivacyPolicy).toBe(true);
    const without = classifyMessage(mail('Access', 'I request access to my personal data under Article 15 GDPR.'));
    expect(without.subjectHasPrivacyPolicy).toBe(false);
    expect(without.requestType).toBe('access');
    expect(without.explanation.join('\n')).toMatch(/lacks "PRIVACY POLICY".*request all the same/);
  });

  it('finds our case reference in the subject', () => {
    const t = classifyMessage(mail('Re: [DPO-2026-0042] Your access request', 'Thanks, but I am still waiting for the copy.'));
    expect(t.caseRefs).toEqual(['DPO-2026-0042']);
  });

  it('takes the requester from a web form rather than the no-reply relay', () => {
    const t = classifyMessage(mail('Contact form', 'Name: Maria Lopez\nEmail: maria@mail.example\nMessage: please delete my account and data', { name: 'Website', email: 'noreply@shop.example' }));
    expect(t.requester).toMatchObject({ name: 'Maria Lopez', email: 'maria@mail.example', source: 'form' });
  });

  it('names the consumer, not the agent, for an authorised agent request', () => {
    const t = classifyMessage(mail('Opt-out request on behalf of Jane Doe', 'This is an authorized agent request. Jane Doe opts out of the sale of her personal information under the CCPA.', { name: 'Agent Co', email: 'agent@agents.example' }));
    expect(t.requester).toMatchObject({ name: 'Jane Doe', source: 'agent', agent: { email: 'agent@agents.example' } });
  });
});

describe('mail that is something else than it first looks', () => {
  it('a request a colleague forwards is classified as the request it carries, in its own language', () => {
    const t = classifyMessage(mail('WG: Löschung meiner Daten', [
      'Hi, please see the request below from one of our members. Can you handle it?', '', 'Petra', '',
      '-----Ursprüngliche Nachricht-----', 'Von: Jonas Richter <jonas@mail.example>', 'Gesendet: Montag, 19. Mai 2025 08:12', 'Betreff: Löschung meiner Daten', '',
      'Hallo, bitte löschen Sie mein Konto und alle meine Daten. Viele Grüße, Jonas Richter, Leipzig',
    ].join('\n'), { name: 'Petra Office', email: 'petra@shop.example' }));
    expect(t).toMatchObject({ requestType: 'erasure', language: 'de', jurisdiction: 'eu' });
    expect(t.explanation[0]).toMatch(/forwarded message/);
    // The case is opened for the member who wrote, not for the colleague who forwarded it.
    expect(t.requester).toMatchObject({ name: 'Jonas Richter', email: 'jonas@mail.example', source: 'from' });
  });

  it('an invoice whose footer lists every data protection right is not a privacy request', () => {
    const t = classifyMessage(mail('Factura 2026/0192 – pago pendiente', [
      'Buenos días, les recordamos que la factura 2026/0192 sigue pendiente de pago. Saludos, Distribuciones Levante, Valencia', '',
      'Protección de datos: puede ejercer sus derechos de acceso, rectificación, supresión, limitación, portabilidad y oposición dirigiéndose a dpo@levante.example (RGPD).',
    ].join('\n')));
    expect(t.requestType).toBe('not-privacy');
    expect(t.explanation).toContain('left out a privacy notice that lists every right (a footer), which asks for nothing');
  });

  it('a customer who asks to keep her data for a dispute, not to delete it, asks for restriction', () => {
    const t = classifyMessage(mail('Do not delete my order data', 'Please do not delete my order history: I need it for my dispute with the courier. Just do not use it for anything else until it is settled. Sam, Leeds, UK'));
    expect(t.requestType).toBe('restriction');
  });

  it('a reply that only asks after the access request it quotes is a follow-up, though it names the right', () => {
    const t = classifyMessage(mail('Re: Verzoek om inzage in mijn persoonsgegevens', [
      'Beste,', '', 'Op 12 mei heb ik onderstaand verzoek om inzage gestuurd. Is het goed aangekomen?', '', 'Groeten, Annelies', '',
      'Op ma 12 mei 2025 om 09:14 schreef Annelies <annelies@mail.example>:', '> Op grond van artikel 15 AVG verzoek ik u om inzage in mijn persoonsgegevens.',
    ].join('\n'), undefined, { inReplyTo: 'first@mail.example' }));
    expect(t.requestType).toBe('follow-up');
    expect(t.explanation.join('\n')).toContain('about the access request already made');
  });

  it('a reply that asks again, in so many words, is the request itself', () => {
    const t = classifyMessage(mail('Re: Your access request', 'I request a copy of all personal data you hold about me, including the call notes.', undefined, { inReplyTo: 'first@mail.example' }));
    expect(t.requestType).toBe('access');
  });

  it('an out-of-office reply in the thread of a marketing opt-out is not a privacy request', () => {
    const t = classifyMessage(mail('Automatic reply: RE: PRIVACY POLICY: opt out of direct marketing', 'I am out of the office until Monday with limited access to e-mail.'));
    expect(t.requestType).toBe('not-privacy');
    expect(t.explanation[0]).toMatch(/auto-reply/);
  });

  it('a job application that ends in a GDPR consent line is not a privacy request', () => {
    const t = classifyMessage(mail('Application – Process Engineer', [
      'Dear Hiring Team, I am writing to apply for the Process Engineer position advertised on your careers page. My CV is attached.', '',
      'I hereby consent to the processing of my personal data for the purposes of the recruitment process, in accordance with the GDPR.',
    ].join('\n')));
    expect(t.requestType).toBe('not-privacy');
  });

  it('a recourse body writing on letterhead full of US addresses about a Dutch complainant is about the EU', () => {
    const t = classifyMessage(mail('DPF Services Case No. DPF-2026-00417 - Notice of Complaint', [
      'BBB National Programs - Data Privacy Framework Services', '1676 International Drive, Suite 550, McLean, VA 22102', '',
      'Privacy Contact', 'Shop Example, Inc.', '75 Robin Hill Road', 'Santa Barbara, CA 93117', '',
      'Re: Case No. DPF-2026-00417 - Complainant: Mr. Joost van Leeuwen (the', 'Netherlands)', '',
      'BBB National Programs has received an eligible complaint from the above individual. Please respond within 15 business days.',
    ].join('\n'), { name: 'DPF Services', email: 'dpf@bbbnp.org' }));
    expect(t.requestType).toBe('regulator');
    expect(t.jurisdiction).toBe('eu');
    // Its case number's "00417" is no Swiss (+41) telephone number.
    expect(t.explanation.join(' ')).not.toMatch(/00417/);
  });

  it('a complaint about how an erasure request of September was handled stays a complaint, though it names erasure often', () => {
    const t = classifyMessage(mail('Beschwerde - Umgang mit meinem Löschantrag vom 22.09.2026', [
      'Am 22. September habe ich die Löschung meines Kontos und aller meiner Daten beantragt. Sie haben die Löschung bestätigt.',
      'Trotzdem erhalte ich weiter Ihren Newsletter. Ich bin über diesen Umgang mit meinen Daten ausgesprochen verärgert; die Löschung wurde offenbar nie durchgeführt.',
      'Ich erwarte binnen 14 Tagen eine Erklärung.',
    ].join('\n')));
    expect(t.requestType).toBe('complaint');
  });

  it('a new restriction request that mentions the dues reminder it received is a restriction request, not a follow-up', () => {
    const t = classifyMessage(mail('Verzoek om beperking van de verwerking', [
      'In uw laatste herinnering staat dat de vordering aan een incassobureau kan worden overgedragen. Dit klopt niet: ik heb betaald.',
      'Op grond van artikel 18 AVG verzoek ik u de verwerking van deze gegevens te beperken zolang u de juistheid controleert.',
    ].join('\n')));
    expect(t.requestType).toBe('restriction');
  });

  it('a reply to our access answer that now demands erasure is an erasure request, not a follow-up', () => {
    const t = classifyMessage(mail('RE: Your CCPA access request (Ref IMT-PR-25-0388)', [
      'Thanks for the report. Having seen it, please delete my cell number, the sales call notes and my CRM record.',
      'I am a California resident.', '',
      '-----Original Message-----', 'From: Privacy <privacy@shop.example>', 'Subject: Your CCPA access request', '',
      'Please find attached the personal information we hold about you, as you requested under the CCPA right to know.',
    ].join('\n'), undefined, { inReplyTo: '<answer@shop.example>' }));
    expect(t.requestType).toBe('erasure');
  });

  it("an FTC staff letter a colleague forwards is the FTC's mail", () => {
    const t = classifyMessage(mail('Fwd: Consumer complaint - FTC Ref. 178-44-2026', [
      'Please log this in the privacy tracker.', '', 'Karen', '',
      '---------- Forwarded message ---------', 'From: Jordan Ellis <jellis@ftc.gov>', 'Date: Thu, Apr 9, 2026 at 2:14 PM', 'Subject: Consumer complaint - FTC Ref. 178-44-2026', 'To: Karen Lindqvist <klindqvist@shop.example>', '',
      'The staff of the Federal Trade Commission has received a complaint from a consumer, Mr. Raymond Gaskins of Tampa, Florida,',
      'who states that your company kept sending him commercial email after he unsubscribed. Please respond within 30 days.',
    ].join('\n'), { name: 'Karen Lindqvist', email: 'klindqvist@shop.example' }));
    expect(t.requestType).toBe('regulator');
    expect(t.fromBody?.kind).toBe('ftc');
  });

  it("a state attorney general's notice of a consumer complaint under a state privacy law is regulator mail", () => {
    const t = classifyMessage(mail('Notice of consumer complaint - File No. OCPA-2026-0877', [
      'The Oregon Department of Justice has received the enclosed complaint from a consumer in Eugene, Oregon, under the Oregon Consumer Privacy Act.',
      'Please respond to the consumer and provide us with a copy of your response within 30 days.',
    ].join('\n'), { name: 'Oregon DOJ Consumer Protection', email: 'privacy.complaints@doj.oregon.gov' }));
    expect(t.requestType).toBe('regulator');
    expect(t.jurisdiction).toBe('us-other');
  });

  it('someone who signs with a UK mobile number (07 and nine digits) is in the UK; a French 07 number is not', () => {
    expect(classifyMessage(mail('stop', 'take me off all your mailing lists please\nDave\n07700 900123')).jurisdiction).toBe('uk');
    expect(classifyMessage(mail('stop', 'take me off all your mailing lists please\nDave\n07 12 34 56 78')).jurisdiction).not.toBe('uk');
  });

  it('a Swede who signs "Seattle, WA" is in the US; the organisation\'s own "Santa Barbara, CA" in the quoted mail places no one', () => {
    const swede = classifyMessage(mail('Fråga om hur ni använder mina uppgifter', 'Jag undrar: säljer ni uppgifterna från formuläret vidare till andra företag?\n\nTack!\nJohan Lindqvist\nSeattle, WA'));
    expect(swede.jurisdiction).toBe('us-other');
    const quotingUs = classifyMessage(mail('Re: your request', 'Vielen Dank, gibt es schon Neuigkeiten zu meiner Anfrage?\n\nAm 3. März schrieb Privacy:\n> Shop Example, Inc., 75 Robin Hill Road\n> Santa Barbara, CA\n> We received your access request.', undefined, { inReplyTo: '<a@shop.example>' }));
    expect(quotingUs.jurisdiction).not.toBe('us-ca');
  });

  it('an Ohio resident whose letter names the CCPA among "applicable privacy laws" is in another US state; a Californian naming it stays in California', () => {
    const ohio = classifyMessage(mail('Request for Deletion of Personal Information', 'I request that you delete all of the information you have collected about me.\n\nAddress: 123 Main Street, Columbus, OH 43004\n\nI am sending this request under applicable privacy laws, including, but not limited to, the General Data Protection Regulation ("GDPR") and the California Consumer Privacy Act ("CCPA").'));
    expect(ohio.requestType).toBe('erasure');
    expect(ohio.jurisdiction).toBe('us-other');
    const californian = classifyMessage(mail('Request for Deletion of Personal Information', 'Under the California Consumer Privacy Act (CCPA) I request that you delete all of the information you have collected about me.\n\nDana Whitfield\n1200 Sunset Blvd, Los Angeles, CA 90026'));
    expect(californian.jurisdiction).toBe('us-ca');
  });

  it('a requester who forwards her own unanswered access request is chasing it: a follow-up', () => {
    const t = classifyMessage(mail('TR: Demande d\'accès à mes données - relance', [
      'Bonjour,', '', 'Je me permets de vous relancer au sujet de ma demande ci-dessous, envoyée le 2 février et restée sans réponse à ce jour.', '', 'Nathalie', '',
      '-------- Message transféré --------', 'Sujet : Demande d\'accès à mes données', 'Date : Mon, 2 Feb 2026 09:14:22 +0100',
      'De : Nathalie Dubois <nathalie.dubois@mail.example>', '', 'Conformément à l\'article 15 du RGPD, je vous demande l\'accès à mes données personnelles.',
    ].join('\n'), { name: 'Nathalie Dubois', email: 'nathalie.dubois@mail.example' }));
    expect(t.requestType).toBe('follow-up');
  });
});
