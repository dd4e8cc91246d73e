/** Templates: the catalogue, the one renderer and the inputs table, shared by the CLI and the client. */
export { BUNDLED_TEMPLATES, inputsFor, isOptionalField, renderDraft, templateFileName } from './catalogue';
export { INPUTS, inputSpec, validateInput, validateAnswerOrder, dateAnswer, type InputName, type InputSpec } from '../../../packages/engine/inputs';
export { renderTemplate, placeholdersIn, splitFrontMatter, CURSOR, type Rendered, type TemplateValues } from './render';
export { sendDate, templateValues, whenFrom, dayAndDate, type Answers, type ValueContext } from './values';
export { yamlScalar } from './yamlScalar';
