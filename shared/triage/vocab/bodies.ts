// Regulators and recourse bodies that write to a DPO, recognised by sender domain label, display
// name or a signature naming them. Domain labels are compared whole ("ico" in casework@ico.org.uk).
import type { Jurisdiction } from '../../domain/ids';

export type BodyKind = 'recourse-body' | 'dpa' | 'ftc' | 'commerce' | 'arbitration';

export interface Body {
  kind: BodyKind;
  name: string;
  /** Second-level domain labels the body sends from. */
  domains: readonly string[];
  /** Names and abbreviations as written in signatures and display names. */
  names: readonly string[];
  /** The complainant's likely jurisdiction when nothing else says. */
  jurisdiction?: Jurisdiction;
}

export const BODIES: readonly Body[] = [
  { kind: 'recourse-body', name: 'BBB National Programs', domains: ['bbbprograms', 'bbbnp', 'bbb'], names: ['bbb national programs', 'bbb eu privacy shield', 'council of better business bureaus', 'bbb national programs data privacy framework services'] },
  { kind: 'recourse-body', name: 'TrustArc / TRUSTe', domains: ['trustarc', 'truste'], names: ['trustarc', 'truste'] },
  { kind: 'recourse-body', name: 'JAMS', domains: ['jamsadr'], names: ['jams'] },
  { kind: 'recourse-body', name: 'PrivacyTrust', domains: ['privacytrust'], names: ['privacytrust'] },
  { kind: 'recourse-body', name: 'EU DPA panel', domains: [], names: ['eu data protection authorities panel', 'informal panel of eu dpas', 'dpa panel'] },
  { kind: 'arbitration', name: 'ICDR / AAA', domains: ['adr', 'icdr'], names: ['international centre for dispute resolution', 'american arbitration association', 'icdr', 'data privacy framework panel', 'privacy shield panel'] },
  { kind: 'ftc', name: 'Federal Trade Commission', domains: ['ftc'], names: ['federal trade commission', 'ftc'], jurisdiction: 'us-other' },
  { kind: 'commerce', name: 'US Department of Commerce (ITA)', domains: ['trade', 'doc', 'commerce', 'dataprivacyframework', 'privacyshield'], names: ['international trade administration', 'department of commerce', 'data privacy framework program', 'privacy shield team'] },
  { kind: 'dpa', name: "Information Commissioner's Office (ICO)", domains: ['ico'], names: ["information commissioner's office", 'information commissioner', 'ico'], jurisdiction: 'uk' },
  { kind: 'dpa', name: 'CNIL', domains: ['cnil'], names: ['cnil', "commission nationale de l'informatique et des libertés"], jurisdiction: 'eu' },
  { kind: 'dpa', name: 'BfDI', domains: ['bfdi'], names: ['bfdi', 'bundesbeauftragte für den datenschutz', 'bundesbeauftragter für den datenschutz'], jurisdiction: 'eu' },
  { kind: 'dpa', name: 'German state DPA (LfD/LDA)', domains: ['datenschutz-berlin', 'datenschutz', 'lda', 'baylda', 'lfd', 'ldi', 'datenschutzzentrum', 'tlfdi', 'lfdi', 'hmbbfdi', 'datenschutz-hamburg', 'datenschutz-mv', 'lda-brandenburg', 'saechsdsb'], names: ['landesbeauftragte für datenschutz', 'landesbeauftragter für datenschutz', 'landesbeauftragte für den datenschutz', 'landesamt für datenschutzaufsicht', 'unabhängiges landeszentrum für datenschutz', 'berliner beauftragte für datenschutz', 'hamburgische beauftragte für datenschutz'], jurisdiction: 'eu' },
  { kind: 'dpa', name: 'Austrian DSB', domains: ['dsb'], names: ['österreichische datenschutzbehörde', 'datenschutzbehörde'], jurisdiction: 'eu' },
  { kind: 'dpa', name: 'Data Protection Commission (Ireland)', domains: ['dataprotection'], names: ['data protection commission', 'an coimisiún um chosaint sonraí'], jurisdiction: 'eu' },
  { kind: 'dpa', name: 'Garante per la protezione dei dati personali', domains: ['gpdp', 'garanteprivacy'], names: ['garante per la protezione dei dati personali', 'garante privacy'], jurisdiction: 'eu' },
  { kind: 'dpa', name: 'AEPD', domains: ['aepd'], names: ['agencia española de protección de datos', 'aepd'], jurisdiction: 'eu' },
  { kind: 'dpa', name: 'Autoriteit Persoonsgegevens', domains: ['autoriteitpersoonsgegevens'], names: ['autoriteit persoonsgegevens'], jurisdiction: 'eu' },
  { kind: 'dpa', name: 'Belgian Data Protection Authority', domains: ['gegevensbeschermingsautoriteit', 'autoriteprotectiondonnees', 'dataprotectionauthority'], names: ['gegevensbeschermingsautoriteit', 'autorité de protection des données'], jurisdiction: 'eu' },
  { kind: 'dpa', name: 'UODO', domains: ['uodo'], names: ['urząd ochrony danych osobowych', 'prezes uodo', 'uodo'], jurisdiction: 'eu' },
  { kind: 'dpa', name: 'CNPD', domains: ['cnpd'], names: ['comissão nacional de proteção de dados', 'commission nationale pour la protection des données', 'cnpd'], jurisdiction: 'eu' },
  { kind: 'dpa', name: 'IMY', domains: ['imy'], names: ['integritetsskyddsmyndigheten', 'imy'], jurisdiction: 'eu' },
  { kind: 'dpa', name: 'Datatilsynet', domains: ['datatilsynet'], names: ['datatilsynet'], jurisdiction: 'eu' },
  { kind: 'dpa', name: 'EDPB', domains: ['edpb'], names: ['european data protection board', 'edpb'], jurisdiction: 'eu' },
  { kind: 'dpa', name: 'FDPIC / EDÖB', domains: ['edoeb'], names: ['edöb', 'eidgenössischer datenschutz- und öffentlichkeitsbeauftragter', 'federal data protection and information commissioner', 'fdpic', 'pfpdt', 'préposé fédéral à la protection des données'], jurisdiction: 'ch' },
  { kind: 'dpa', name: 'California Privacy Protection Agency', domains: ['cppa'], names: ['california privacy protection agency', 'cppa'], jurisdiction: 'us-ca' },
  // US state privacy laws (Virginia, Colorado, Oregon…) are enforced by the state's attorney general.
  { kind: 'dpa', name: 'US state attorney general', domains: ['doj', 'oag'], names: ["attorney general's office", 'office of the attorney general', 'attorney general', 'department of justice'], jurisdiction: 'us-other' },
  { kind: 'dpa', name: 'ANPD (Brazil)', domains: ['anpd'], names: ['autoridade nacional de proteção de dados', 'anpd'], jurisdiction: 'other' },
];
