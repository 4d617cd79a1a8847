// What the template picker shows: each template with its languages and the facts the DPO supplies
// for it (the ones the case cannot know), required ones first.
import type { TemplateView } from '../../../shared/contract/letters';
import { FIELDS, fieldsIn, listTemplates, TEMPLATES, type BlockSpec } from '../../../shared/letters';

/** Fields filled from what the DPO types for one letter, or that override a fact the profile may lack. */
const DPO_SUPPLIED = (f: string) => f.startsWith('letter.') || ['due.requesterReply', 'case.externalRef', 'org.supervisoryAuthority', 'org.recourseBody'].includes(f);

function blockFields(b: BlockSpec): string[] {
  if (typeof b === 'string') return fieldsIn(b);
  const out: string[] = [];
  if ('when' in b && b.when) out.push(b.when);
  if ('whenEmpty' in b && b.whenEmpty) out.push(b.whenEmpty);
  if ('list' in b) out.push(b.list, ...fieldsIn(b.intro ?? ''));
  if ('item' in b) out.push(...fieldsIn(b.item));
  if ('p' in b) out.push(...fieldsIn(b.p));
  return out;
}

export function templateViews(): TemplateView[] {
  return listTemplates().map((info) => {
    const t = TEMPLATES.find((x) => x.id === info.id)!;
    const required = new Set(t.requires.filter(DPO_SUPPLIED));
    const mentioned = new Set<string>();
    for (const text of Object.values(t.texts)) {
      for (const f of fieldsIn(text.subject)) mentioned.add(f);
      for (const b of text.body) for (const f of blockFields(b)) mentioned.add(f);
    }
    if (t.to === 'addressee') required.add('letter.addressee.name');
    const optional = [...mentioned].filter((f) => DPO_SUPPLIED(f) && !required.has(f));
    const extraFields = [...[...required].map((f) => ({ field: f, required: true })), ...optional.map((f) => ({ field: f, required: false }))]
      .filter((x) => FIELDS[x.field])
      .map((x) => ({ ...x, label: FIELDS[x.field].label }));
    return { ...info, extraFields };
  });
}
