/**
 * What `followup --help` and `followup COMMAND --help` print. The `new` synopsis is built from the same
 * tables as its options (engine/inputs.ts) and the draft format (engine/kinds.ts), so a new option or a
 * newly required field shows up here (and in the README, which a test compares with this text).
 */
import { FIELDS, KINDS, type Kind } from '../../packages/engine/kinds';
import { inputsFor } from '../shared/templates';
import { INPUTS, type InputSpec } from '../../packages/engine/inputs';

export type Command = 'check' | 'new' | 'timeline';
export const COMMANDS: readonly Command[] = ['check', 'new', 'timeline'];

const CHECK_SYNOPSIS = 'followup check [--format text|json] [--today YYYY-MM-DD] [--dialect en-US|en-GB] [--config FILE] [--all-markdown] [--timeout SECONDS] PATH...';
const TIMELINE_SYNOPSIS = 'followup timeline [--today YYYY-MM-DD] [--format text|json] [--ics FILE [--force]] PATH...';

/** A short metavariable for an option's value: D for dates, URL for links, the first letter otherwise. */
function metavar(input: InputSpec): string {
  if (input.type === 'date' || input.type === 'datetime') return 'D';
  if (input.type === 'url') return 'URL';
  return input.label.replace(/^Your /, '').charAt(0).toUpperCase();
}

/** Required by the draft format for this kind; the interview date is not, as it defaults to today. */
export function requiredInput(kind: Kind, input: InputSpec): boolean {
  if (input.name === 'interview_date') return false;
  return FIELDS.some((f) => f.name === input.name && f.requiredFor.includes(kind));
}

function option(input: InputSpec, required: boolean): string {
  const text = `--${input.flag} ${metavar(input)}`;
  return required ? text : `[${text}]`;
}

/** Kinds for which an input is required, in KINDS order. */
function kindsRequiring(input: InputSpec): Kind[] {
  return KINDS.filter((kind) => inputsFor(kind).includes(input) && requiredInput(kind, input));
}

function list(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The one-paragraph synopsis of `new`: every option, and which kinds require which. */
function newSynopsis(): string {
  const always = INPUTS.filter((input) => KINDS.every((kind) => requiredInput(kind, input)));
  const rest = INPUTS.filter((input) => !always.includes(input));
  const words = [
    'followup new KIND',
    ...always.map((input) => option(input, true)),
    ...rest.map((input) => option(input, false)),
    '[--today YYYY-MM-DD]',
    '[--out FILE [--force]]',
  ];
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && (line + ' ' + word).length > 108) {
      lines.push(line);
      line = ' '.repeat('followup new'.length) + ' ' + word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  const notes = rest
    .map((input) => ({ input, kinds: kindsRequiring(input) }))
    .filter(({ kinds }) => kinds.length)
    .map(({ input, kinds }) => `  --${input.flag} is required for ${list(kinds)}`);
  lines.push(...notes);
  return lines.join('\n');
}

export function synopsis(command: Command): string {
  if (command === 'check') return CHECK_SYNOPSIS;
  if (command === 'timeline') return TIMELINE_SYNOPSIS;
  return newSynopsis();
}

/** `followup --help`: every command's synopsis (the README's CLI block is this text). */
export function usage(): string {
  return `Usage:\n${COMMANDS.map((c) => indent(synopsis(c))).join('\n')}\n  followup --help | --version\n  followup COMMAND --help`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

function table(rows: ReadonlyArray<readonly [string, string]>): string {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`).join('\n');
}

/** `followup COMMAND --help`. */
export function commandHelp(command: Command): string {
  const head = `Usage:\n${indent(synopsis(command))}\n\n`;
  if (command === 'check') {
    return (
      head +
      'Checks Markdown drafts (files, or every draft below a folder) and prints what to fix.\n\n' +
      'Options:\n' +
      table([
        ['--format text|json', 'text (default) or JSON: [{ file, findings: [...] }]'],
        ['--today YYYY-MM-DD', 'the date "today" means for the timing rules (default: the real today)'],
        ['--dialect en-US|en-GB', 'the spelling and date forms to expect (default: .followup.json, else en-US)'],
        ['--config FILE', 'use this .followup.json for every file instead of the one beside each draft'],
        ['--all-markdown', 'check Markdown files without draft front matter too'],
        ['--timeout SECONDS', 'stop checking a file after this long and report it as not checked (default 10)'],
        ['-h, --help', 'show this help'],
      ]) +
      '\n\nExit status: 0 when nothing is an error, 1 when something is, 2 on a usage or file error.\n'
    );
  }
  if (command === 'timeline') {
    return (
      head +
      'Shows every draft grouped by interview, with the day to send it and its state.\n\n' +
      'Options:\n' +
      table([
        ['--today YYYY-MM-DD', 'the date "today" means (default: the real today)'],
        ['--format text|json', 'text (default) or JSON'],
        ['--ics FILE', 'also write calendar reminders, one per email to send'],
        ['--force', 'replace an --ics FILE that is not a calendar'],
        ['-h, --help', 'show this help'],
      ]) +
      '\n'
    );
  }
  const kinds = KINDS.map((kind) => {
    const inputs = inputsFor(kind);
    const text = inputs.map((input) => option(input, requiredInput(kind, input))).join(' ');
    return [kind, text] as const;
  });
  return (
    head +
    'Writes a new draft of one kind from the bundled templates, to stdout or to --out FILE.\n\n' +
    'Kinds, with the options each uses (the others are refused):\n' +
    table(kinds) +
    '\n\nOptions:\n' +
    table([
      ...INPUTS.map((input) => [`--${input.flag} ${metavar(input)}`, `${input.prompt}, e.g. ${input.example}`] as const),
      ['--today YYYY-MM-DD', 'the date "today" means (default: the real today); the interview date defaults to it'],
      ['--out FILE', 'write the draft to FILE (a new file) instead of stdout'],
      ['--force', 'with --out: replace FILE if it exists'],
      ['-h, --help', 'show this help'],
    ]) +
    '\n'
  );
}

/** Whether the arguments of a command ask for help (before a `--` that ends the options). */
export function asksForHelp(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}
