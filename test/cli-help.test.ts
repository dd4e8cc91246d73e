/** `followup COMMAND --help`: per-command help on stdout with exit 0, and the README's synopsis is the CLI's. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli';
import { FIELDS, KINDS } from '../packages/engine/kinds';
import { inputsFor } from '../hosts/shared/templates';
import { INPUTS } from '../packages/engine/inputs';

const NEW_FLAGS = [...INPUTS.map((i) => `--${i.flag}`), '--today', '--out', '--force'];

describe('per-command help', () => {
  it.each([
    [['check', '--help'], /followup check \[--format text\|json\]/],
    [['check', '-h'], /followup check /],
    [['new', '--help'], /followup new KIND --company C/],
    [['new', 'thank-you', '--company', 'X', '--help'], /followup new KIND/],
    [['timeline', '--help'], /followup timeline \[--today/],
    [['help', 'timeline'], /followup timeline \[--today/],
  ])('%j prints that command’s help and exits 0', (args, synopsis) => {
    const run = runCli(args);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Usage:\n/);
    expect(run.stdout).toMatch(synopsis);
    expect(run.stdout).toContain('-h, --help');
  });

  it('a --help after "--" is not a help request', () => {
    const run = runCli(['check', '--', '--help']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--help: no such file or folder/);
  });

  it('`followup new --help` shows every option, and the ones each kind requires', () => {
    const help = runCli(['new', '--help']).stdout;
    for (const flag of NEW_FLAGS) expect(help).toContain(flag);
    for (const kind of KINDS) {
      const row = help.split('\n').find((line) => line.trimStart().startsWith(`${kind} `));
      expect(row, kind).toBeDefined();
      for (const input of inputsFor(kind)) {
        // Required by the draft format (the interview date is not: it defaults to today) means shown without brackets.
        const required = input.name !== 'interview_date' && FIELDS.some((f) => f.name === input.name && f.requiredFor.includes(kind));
        expect(row!.includes(`[--${input.flag} `), `${kind} --${input.flag}`).toBe(!required);
        expect(row).toContain(`--${input.flag} `);
      }
    }
    // The three kinds that need an interviewer say so in the synopsis.
    const needInterviewer = KINDS.filter((k) => FIELDS.find((f) => f.name === 'interviewer')!.requiredFor.includes(k));
    expect(needInterviewer.length).toBeGreaterThan(0);
    expect(help).toMatch(new RegExp(`--interviewer is required for ${needInterviewer.slice(0, -1).join(', ')} and ${needInterviewer.at(-1)}`));
  });

  it('the options it lists are the ones `new` accepts', () => {
    const run = runCli(['new', 'point-of-interest', '--company', 'Acme', '--interviewer', 'Jo Bloggs', '--topic', 'repairs', '--link', 'https://example.org/a', '--sender', 'Ann Lee', '--today', '2026-11-20']);
    expect(run.status).toBe(0);
  });
});

describe('README', () => {
  it('quotes the CLI synopsis exactly as `followup --help` prints it', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /## The CLI\n\n```\n([\s\S]*?)```/.exec(readme)![1];
    const usage = runCli(['--help']).stdout.split('\n').slice(1).filter(Boolean).map((line) => line.slice(2));
    expect(block.trimEnd().split('\n')).toEqual(usage);
    for (const flag of NEW_FLAGS) expect(block).toContain(flag);
  });
});

describe('the Neovim 0.7 config', () => {
  it('is the same block in the README as in docs/editors.md (which the Neovim end-to-end test runs)', () => {
    const block = (file: string) => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      return /```lua\n([\s\S]*?)```/.exec(text.slice(text.indexOf('**Neovim 0.7**')))![1];
    };
    expect(block('README.md')).toBe(block('docs/editors.md'));
    expect(block('README.md')).toMatch(/vim\.fn\.executable\('followup-language-server'\)/);
  });
});
