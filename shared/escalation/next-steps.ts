// What a complaint-response letter tells the requester about the routes still open to them, in their
// language where the ladder has it (English otherwise). Built from the ladder, so a profile's own bodies appear.
import { canMoveTo, currentStage } from './moves';
import { type EscalationStep, type Ladder, type LadderStage, NEXT_STEP_LANGUAGES, type NextStepLanguage } from './types';

export interface RequesterNextSteps {
  /** The language the paragraphs are in (English when the requested one is not available). */
  lang: NextStepLanguage;
  paragraphs: string[];
}

export function requesterNextSteps(ladder: Ladder, history: readonly EscalationStep[], lang: string): RequesterNextSteps {
  const wanted = lang.toLowerCase().slice(0, 2);
  const language: NextStepLanguage = (NEXT_STEP_LANGUAGES as readonly string[]).includes(wanted) ? (wanted as NextStepLanguage) : 'en';
  const tried = new Set(history.map((h) => h.stage));
  const now = currentStage(history);
  const organisation = ladder.stages[0];
  // The organisation's paragraph ("write to us", "appeal to us") is said while the complaint is still with it.
  const stages = ladder.stages.filter((s) => {
    if (s.stage === 'organisation') return now === null || now === 'organisation';
    if (tried.has(s.stage)) return false;
    return !s.onlyWhenReady || canMoveTo(ladder, history, s.stage).unmetPreconditions.length === 0;
  });
  const useLanguage = stages.every((s) => s.requesterText[language] !== undefined) ? language : 'en';
  return { lang: useLanguage, paragraphs: stages.map((s) => fill(s.requesterText[useLanguage] ?? s.requesterText.en, s, organisation)) };
}

function fill(text: string, stage: LadderStage, organisation: LadderStage): string {
  const org = organisation.body;
  const values: Record<string, string> = {
    body: stage.body.name,
    url: stage.body.url ?? stage.body.email ?? stage.body.postal ?? stage.body.name,
    email: stage.body.email ?? stage.body.url ?? stage.body.name,
    postal: stage.body.postal ?? stage.body.name,
    org: org.name,
    orgEmail: org.email ?? org.postal ?? org.name,
  };
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
