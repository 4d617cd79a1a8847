// Bodies a complaint can be taken to. Addresses are the public complaint routes named in the legal
// reference (LEGAL-REFERENCE §2.7, §3); an organisation profile can replace any of them with the body its
// own policy names.
import type { Body } from './types';

/** Stand-in for the organisation until ladderFor() fills in a profile's own name and address. */
export const THE_ORGANISATION: Body = { name: 'the organisation' };

export const BBB_NATIONAL_PROGRAMS: Body = {
  name: 'BBB National Programs',
  url: 'https://bbbprograms.org/programs/privacy/dpf/disputes',
  postal: 'BBB National Programs, Inc., 3033 Wilson Boulevard, Suite 600, Arlington, VA 22201, United States',
  note: 'Data Privacy Framework Services (formerly BBB EU Privacy Shield). Free for individuals; the decision binds the business, not the individual.',
};

export const EU_DPA_PANEL: Body = {
  name: 'the informal panel of EU data protection authorities',
  note: 'The recourse body for HR data, or where the organisation chose to cooperate with the EU DPAs.',
};

export const EU_SUPERVISORY_AUTHORITIES: Body = {
  name: 'a data protection supervisory authority in the EU (for example in the country where you live or work)',
  url: 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en',
  note: 'The EDPB keeps the list of national supervisory authorities; the Swiss FDPIC acts for Swiss individuals.',
};

export const US_DEPARTMENT_OF_COMMERCE: Body = {
  name: 'the U.S. Department of Commerce (International Trade Administration)',
  url: 'https://www.dataprivacyframework.gov',
  note: 'Receives complaints referred by EU and Swiss data protection authorities.',
};

export const FTC: Body = {
  name: 'the U.S. Federal Trade Commission',
  url: 'https://reportfraud.ftc.gov',
  note: 'Enforcement authority for most Privacy Shield / DPF participants.',
};

export const ANNEX_I_ARBITRATION: Body = {
  name: 'binding arbitration before the Data Privacy Framework Panel (Annex I), administered by ICDR-AAA',
  url: 'https://go.adr.org/dpfeufiling.html',
  note: 'Non-monetary, individual-specific relief only; no fee for the individual. Invoked by written notice to the organisation.',
};

export const US_COURT: Body = { name: 'a United States court', note: 'Review and enforcement of an arbitral award.' };

export const EU_COURT: Body = { name: 'the competent court', note: 'Art. 79 GDPR against the controller; Art. 78 GDPR against a supervisory authority.' };

export const ICO: Body = {
  name: "the Information Commissioner's Office (ICO)",
  url: 'https://ico.org.uk/make-a-complaint/',
  phone: '0303 123 1113',
};

export const UK_TRIBUNAL: Body = {
  name: 'the First-tier Tribunal (General Regulatory Chamber)',
  note: 'DPA 2018 s.166: an order against the ICO when it does not progress a complaint.',
};

export const CPPA: Body = {
  name: 'the California Privacy Protection Agency (or the California Attorney General)',
  url: 'https://cppa.ca.gov',
};

export const STATE_ATTORNEY_GENERAL: Body = {
  name: "the Attorney General of the consumer's state",
  note: 'The controller must give the complaint channel when it denies an appeal.',
};

export const FDPIC: Body = {
  name: 'the Federal Data Protection and Information Commissioner (FDPIC)',
  url: 'https://www.edoeb.admin.ch',
};

export const SWISS_CIVIL_COURT: Body = { name: 'the competent Swiss civil court' };
