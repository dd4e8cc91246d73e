/**
 * The bundled templates, one Markdown file per kind under `templates/`, imported as text so `followup
 * new` and the extension work from `dist/` alone. A user's own template text (the editor's
 * `followup.templatesFolder`) is passed in and rendered the same way.
 */
import { FIELDS, KINDS, type Kind } from '../../../packages/engine/kinds';
import checkIn from '../../../templates/check-in.md';
import linkedinHeadsUp from '../../../templates/linkedin-heads-up.md';
import linkedinRequest from '../../../templates/linkedin-request.md';
import otherOffer from '../../../templates/other-offer.md';
import pointOfInterest from '../../../templates/point-of-interest.md';
import thankYou from '../../../templates/thank-you.md';
import { INPUTS, type InputSpec } from '../../../packages/engine/inputs';
import { placeholdersIn, renderTemplate, type Rendered } from './render';
import { DERIVED, SEND_DATE_NEEDS, templateValues, type Answers, type ValueContext } from './values';

export const BUNDLED_TEMPLATES: Readonly<Record<Kind, string>> = {
  'thank-you': thankYou,
  'check-in': checkIn,
  'point-of-interest': pointOfInterest,
  'other-offer': otherOffer,
  'linkedin-request': linkedinRequest,
  'linkedin-heads-up': linkedinHeadsUp,
};

/** The file name a template of this kind has, bundled or in the user's templates folder. */
export function templateFileName(kind: Kind): string {
  return `${kind}.md`;
}

/** The answers a template needs, in the order they are asked: its placeholders and what they depend on. */
export function inputsFor(kind: Kind, template: string = BUNDLED_TEMPLATES[kind]): InputSpec[] {
  const needed = new Set<string>();
  for (const name of placeholdersIn(template)) {
    needed.add(name);
    for (const dep of DERIVED[name] ?? []) needed.add(dep);
    if (name === 'send_date') for (const dep of SEND_DATE_NEEDS[kind] ?? []) needed.add(dep);
  }
  return INPUTS.filter((input) => needed.has(input.name));
}

/** Front-matter fields that may be left out of a draft of this kind when there is no value. */
export function isOptionalField(kind: Kind, key: string): boolean {
  const spec = FIELDS.find((f) => f.name === key);
  return !!spec && !spec.requiredFor.includes(kind);
}

/** Renders a draft of `kind` from the answers, with the bundled template unless one is given. */
export function renderDraft(kind: Kind, answers: Answers, context: ValueContext, template: string = BUNDLED_TEMPLATES[kind]): Rendered {
  return renderTemplate(template, templateValues(kind, answers, context), { optionalField: (key) => isOptionalField(kind, key) });
}

export { KINDS };
