/**
 * `followup new KIND --company C [...] [--out FILE [--force]]`: renders a draft from the bundled
 * templates, the same ones the editor commands use, to stdout or atomically to a new file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { localToday, parseDateValue, type DateValue } from '../../packages/engine/dates';
import { FIELDS, isKind, KINDS, type Kind } from '../../packages/engine/kinds';
import { closest } from '../../packages/engine/similarity';
import { createFileAtomic, isAlreadyExists, replaceFileAtomic } from '../../packages/node-host/atomicWrite';
import { notReplaceable } from './outputFile';
import { ConfigError, loadSettingsFor } from '../../packages/node-host/configFile';
import { inputsFor, renderDraft, validateAnswerOrder, validateInput, type Answers, type InputSpec } from '../shared/templates';
import { INPUTS } from '../../packages/engine/inputs';
import type { Io } from './io';

const OPTIONS = {
  ...Object.fromEntries(INPUTS.map((input) => [input.flag, { type: 'string' as const }])),
  out: { type: 'string' as const },
  force: { type: 'boolean' as const, default: false },
  today: { type: 'string' as const },
};

class NewError extends Error {}

export function runNew(argv: readonly string[], io: Io): number {
  try {
    return create(argv, io);
  } catch (error) {
    if (error instanceof NewError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.error(`${(error as Error).message.split('\n')[0]}`);
      return 2;
    }
    throw error;
  }
}

function create(argv: readonly string[], io: Io): number {
  const parsed = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const positionals = parsed.positionals;
  const kind = kindFrom(positionals);
  const today = todayFrom(values.today as string | undefined);
  const out = values.out as string | undefined;

  const needed = inputsFor(kind);
  const answers: Answers = {};
  for (const input of INPUTS) {
    const raw = values[input.flag] as string | undefined;
    if (raw === undefined) continue;
    if (!needed.includes(input)) {
      throw new NewError(`--${input.flag} is not used by a ${kind} draft; leave it out (it uses ${needed.map((i) => `--${i.flag}`).join(', ')})`);
    }
    const problem = validateInput(input, raw);
    if (problem) throw new NewError(`--${input.flag}: ${problem}`);
    answers[input.name] = raw.trim();
  }
  answers.interview_date ??= formatDay(today);
  const missing = needed.filter((input) => answers[input.name] === undefined);
  const required = missing.filter((input) => isRequired(kind, input));
  if (required.length) {
    const [first] = required;
    throw new NewError(`a ${kind} draft needs --${first.flag} (${first.prompt.replace(/ \(.*\)$/, '').toLowerCase()}), e.g. --${first.flag} "${first.example}"`);
  }
  const order = validateAnswerOrder(answers);
  if (order) throw new NewError(order);

  let checkInWaitDays: number;
  try {
    const loaded = loadSettingsFor(path.resolve(out ?? 'draft.md'));
    for (const warning of loaded.warnings) io.error(`warning: ${warning}`);
    checkInWaitDays = loaded.settings.checkInWaitDays;
  } catch (error) {
    throw new NewError(error instanceof ConfigError ? error.message : String(error));
  }

  const { text } = renderDraft(kind, answers, { today, checkInWaitDays });
  if (out) writeNew(out, text, values.force === true);
  else io.out(text);
  if (missing.length) {
    io.error(`fill in ${missing.map((i) => `{{${i.name}}}`).join(', ')} in the draft before sending (or pass ${missing.map((i) => `--${i.flag}`).join(', ')})`);
  }
  if (out) io.error(`wrote ${out}`);
  return 0;
}

function kindFrom(positionals: string[]): Kind {
  const [given, ...extra] = positionals;
  if (!given) throw new NewError(`new needs a kind: one of ${KINDS.join(', ')}, e.g. "followup new thank-you --company \\"Hartley & Finch LLP\\""`);
  if (extra.length) throw new NewError(`unexpected "${extra[0]}": quote values that contain spaces, e.g. --company "Hartley & Finch LLP"`);
  if (isKind(given)) return given;
  const near = closest(given, KINDS);
  throw new NewError(`unknown kind "${given}"${near ? `; did you mean "${near}"?` : ''} Kinds are ${KINDS.join(', ')}`);
}

function todayFrom(raw: string | undefined): DateValue {
  if (raw === undefined) return localToday();
  const parsed = parseDateValue(raw, false);
  if (!parsed.ok) throw new NewError(`--today "${raw}" ${parsed.reason}`);
  return parsed.value;
}

/** Required by the draft format for this kind; the interview date is not, as it defaults to today. */
function isRequired(kind: Kind, input: InputSpec): boolean {
  return FIELDS.some((f) => f.name === input.name && f.requiredFor.includes(kind));
}

function formatDay(d: DateValue): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/**
 * Writes the draft atomically (temp file, then into place): a new file only, unless `force`, so a draft
 * the user already has is never replaced by accident.
 */
function writeNew(file: string, text: string, force: boolean): void {
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir)) throw new NewError(`${file}: the folder ${path.dirname(file)} does not exist; create it first`);
  const exists = `${file} already exists; choose another --out, or add --force to replace it`;
  const refusal = notReplaceable(file, '--out');
  if (refusal) throw new NewError(refusal);
  try {
    if (force) replaceFileAtomic(file, text);
    else createFileAtomic(file, text);
  } catch (error) {
    if (isAlreadyExists(error)) throw new NewError(exists);
    const code = (error as NodeJS.ErrnoException).code;
    throw new NewError(`${file}: cannot be written (${code ?? (error as Error).message})`);
  }
}
