// Business mail often ends in a privacy notice ("You have the right of access, rectification,
// erasure, restriction, portability and objection..."). It names every right and asks for none, so
// its paragraphs are left out before a message is read for a request: an invoice with a GDPR
// footer is not an access request. A paragraph that also makes a demand ("I request") stays.
import { findPhrase, fold, foldOnce } from './match';
import { RIGHT_NAME_STEMS } from './vocab/common';
import { VOCABULARIES } from './vocab/index';

/** Distinct rights a paragraph names for it to read as a notice listing them. */
const RIGHTS_IN_A_NOTICE = 4;

const DEMANDS = [...new Set(VOCABULARIES.flatMap((v) => v.demand))];

const STEMS = Object.values(RIGHT_NAME_STEMS);

/** Names enough distinct rights to be a notice listing them. */
function namesManyRights(folded: string): boolean {
  let named = 0;
  for (const stems of STEMS) if (stems.test(folded) && ++named >= RIGHTS_IN_A_NOTICE) return true;
  return false;
}

function isRightsNotice(paragraph: string): boolean {
  // Folded without being remembered: the message's own texts must stay among the recent ones.
  const f = foldOnce(paragraph);
  return namesManyRights(f.folded) && !DEMANDS.some((d) => findPhrase(f, d));
}

/** The text without the paragraphs that are privacy notices, and how many were left out. */
export function withoutRightsNotices(text: string): { text: string; removed: number } {
  // A paragraph folds to a piece of the folded text, so one that names four rights leaves them
  // named in the whole: most mail names fewer and is not cut up (the folded text is read next anyway).
  if (!namesManyRights(fold(text).folded)) return { text, removed: 0 };
  const paragraphs = text.split(/\n[ \t]*\n/);
  const kept = paragraphs.filter((p) => !isRightsNotice(p));
  return kept.length === paragraphs.length ? { text, removed: 0 } : { text: kept.join('\n\n'), removed: paragraphs.length - kept.length };
}
