/**
 * The adversarial suite (issue 16): files built to be slow or large, each through the built CLI and the
 * built language server over JSON-RPC. Every file gets its findings or one clear "not checked" finding;
 * nothing crashes; nothing is written; the server answers a hover on another document while the hostile
 * one is checked. Time and memory are printed for docs/reliability.md and asserted only with generous
 * bounds (the machine is shared). The inputs come from a fixed seed.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliMeasured } from './helpers/cli';
import { draftText, INTERVIEW } from './helpers/drafts';
import { LspClient } from './helpers/lspClient';
import { mulberry32 } from './helpers/random';

const TODAY = '2026-11-20';
const random = mulberry32(16);
const pick = (chars: string) => chars[Math.floor(random() * chars.length)];
const repeatRandom = (chars: string, length: number) => Array.from({ length }, () => pick(chars)).join('');

const FRONT = { kind: 'thank-you', ...INTERVIEW, send_date: TODAY, subject: 'Thank you' };
const GOOD = draftText(FRONT, 'Dear Ms Hale,\n\nThank you for meeting me today. I am keen to join the the team.\n\nKind regards,\nAnna Lewis\n');
const withBody = (body: string) => draftText(FRONT, `Dear Ms Hale,\n\n${body}\n\nKind regards,\nAnna Lewis\n`);
const withFrontMatter = (extra: string) => `---\nkind: thank-you\ncompany: ${INTERVIEW.company}\ninterviewer: ${INTERVIEW.interviewer}\ninterview_date: ${INTERVIEW.interview_date}\n${extra}\n---\n\nDear Ms Hale,\n\nThank you.\n\nKind regards,\nAnna Lewis\n`;

function words(length: number): string {
  const list = ['thank', 'you', 'for', 'the', 'interview', 'team', 'role', 'meeting', 'today', 'project', 'keen', 'join'];
  let text = '';
  while (text.length < length) text += `${list[Math.floor(random() * list.length)]} `;
  return text.slice(0, length);
}

function aliasBomb(): string {
  const lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  return lines.join('\n');
}

/** A 4.9 MB or 5.1 MB draft: front matter, then paragraphs of ordinary words. */
function megabytes(mb: number): string {
  const paragraph = `${words(600)}\n\n`;
  return withBody(paragraph.repeat(Math.ceil((mb * 1_000_000) / paragraph.length))).slice(0, mb * 1_000_000);
}

interface Attack {
  name: string;
  /** Folder: default settings, limits raised so the file is parsed, or limits raised and a short time limit. */
  folder: 'default' | 'raised' | 'slow';
  text: string;
  /** Checked as a note (no kind): --all-markdown / checkAllMarkdown. */
  note?: boolean;
}

const ATTACKS: Attack[] = [
  { name: 'emphasis-brackets-backticks-800k', folder: 'raised', text: withBody(repeatRandom('*_[`', 800_000)) },
  { name: 'block-quotes-50000-deep', folder: 'raised', text: withBody(`${'>'.repeat(50_000)} deep`) },
  { name: 'lists-50000-deep', folder: 'raised', text: withBody(`${Array.from({ length: 50_000 }, () => pick('-*+')).join(' ')} deep`) },
  { name: 'backticks-1mb', folder: 'raised', text: withBody('`'.repeat(1_000_000)) },
  { name: 'yaml-alias-bomb', folder: 'default', text: withFrontMatter(aliasBomb()) },
  { name: 'yaml-deep-flow-nesting', folder: 'default', text: withFrontMatter(`deep: ${'['.repeat(20_000)}${']'.repeat(20_000)}`) },
  { name: 'yaml-deep-block-nesting', folder: 'raised', text: withFrontMatter(Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' end') },
  { name: 'front-matter-10000-keys', folder: 'raised', text: withFrontMatter(Array.from({ length: 10_000 }, (_, i) => `key_${i}: value ${i}`).join('\n')) },
  { name: 'front-matter-5000-keys-twice', folder: 'raised', text: withFrontMatter(Array.from({ length: 10_000 }, (_, i) => `key_${i % 5_000}: value ${i}`).join('\n')) },
  { name: 'single-line-100k-body', folder: 'raised', text: withBody(words(100_000)) },
  { name: 'single-line-100k-front-matter', folder: 'raised', text: withFrontMatter(`position: ${words(100_000)}`) },
  { name: 'file-4.9mb', folder: 'default', text: megabytes(4.9) },
  { name: 'file-5.1mb', folder: 'default', text: megabytes(5.1) },
  { name: 'note-4.9mb-past-the-time-limit', folder: 'slow', note: true, text: Array.from({ length: 8_200 }, () => words(600)).join('\n\n') }, // each paragraph different: the engine caches its work per paragraph
];

const SETTINGS: Record<Attack['folder'], object | undefined> = {
  default: undefined,
  raised: { maxFileSize: 1_100_000 },
  slow: { maxFileSize: 10_000_000, checkTimeoutSeconds: 1, checkAllMarkdown: true },
};

/** Findings that say the file was not checked, and why. */
const NOT_CHECKED = ['structure/not-checked', 'structure/file-too-large', 'structure/too-deeply-nested'];

const fileOf = (a: Attack) => `${a.folder}/${a.name}.md`;

function workspaceFiles(): Record<string, string> {
  const files: Record<string, string> = { 'good.md': GOOD };
  for (const [folder, settings] of Object.entries(SETTINGS)) if (settings) files[`${folder}/.followup.json`] = JSON.stringify(settings);
  for (const attack of ATTACKS) files[fileOf(attack)] = attack.text;
  return files;
}

/** Every file below `dir`, by its hash and modification time: what "nothing was written" compares. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = `${createHash('sha1').update(fs.readFileSync(file)).digest('hex')} ${fs.statSync(file).mtimeMs}`;
  }
  return out;
}

describe('adversarial files through the CLI', () => {
  let dir: string;
  let before: Record<string, string>;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(tmpdir(), 'followup-adversarial-'));
    for (const [name, text] of Object.entries(workspaceFiles())) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    before = snapshot(dir);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(ATTACKS)('$name: findings or one "not checked", no crash, nothing written', (attack) => {
    const args = ['check', '--format', 'json', '--today', TODAY, ...(attack.note ? ['--all-markdown'] : []), ...(attack.folder === 'slow' ? ['--timeout', '1'] : []), fileOf(attack)];
    const run = runCliMeasured(args, { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
    const reported = (JSON.parse(run.stdout || '[]') as Array<{ findings: Array<{ rule: string; message: string }> }>)[0];
    const findings = reported?.findings ?? [];
    const stopped = findings.filter((f) => NOT_CHECKED.includes(f.rule));
    const outcome = stopped.length ? `not checked (${stopped[0].rule})` : reported ? `${findings.length} findings` : `not read: ${run.stderr.trim()}`;
    console.log(`CLI ${attack.name} (${attack.text.length.toLocaleString('en')} characters): exit ${run.status}, ${run.ms.toFixed(0)} ms, peak ${run.peakMb.toFixed(0)} MB, ${outcome}`);
    expect(run.status === 0 || run.status === 1 || run.status === 2).toBe(true);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    // Its findings, or one finding saying why not (and exit 2 when it was stopped), or one line saying it was not read.
    if (stopped.length) expect(findings).toHaveLength(1);
    if (stopped[0]?.rule === 'structure/not-checked') expect(run.status).toBe(2);
    if (!reported) expect(run.stderr).toMatch(/not checked/);
    expect(run.ms).toBeLessThan(20_000);
    expect(run.peakMb).toBeLessThan(300);
    expect(snapshot(dir)).toEqual(before);
  });

  it('a file stopped at the time limit costs only itself: the others are checked in the same run', () => {
    const run = runCliMeasured(['check', '--today', TODAY, '--all-markdown', '--timeout', '1', 'slow', 'good.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/note-4\.9mb-past-the-time-limit\.md\n.*info {2,}This file \(4,[\d,]+ characters\) was not checked: checking it took longer than 1 s, so it was stopped\. Shorten the file \(one email per file\), or raise "--timeout"/);
    expect(run.stdout).toMatch(/good\.md\n(.*\n)*.*grammar\/repeated-word/);
  });
});

describe('adversarial files through the language server', () => {
  let client: LspClient;
  let before: Record<string, string>;
  beforeAll(async () => {
    client = await LspClient.start({ today: TODAY, files: workspaceFiles() });
    before = snapshot(client.workspace);
  });
  afterAll(async () => {
    if (client) expect(await client.stop()).toBe(0);
  });

  it('checks each hostile file, or says it did not, while answering a hover on another document', async () => {
    const good = await client.open('good.md', GOOD);
    expect((await client.diagnosticsFor(good)).map((d) => d.code)).toContain('grammar/repeated-word');
    const hoverAt = { textDocument: { uri: good }, position: { line: GOOD.split('\n').findIndex((l) => l.startsWith('interview_date')), character: 18 } };
    expect(await client.request('textDocument/hover', hoverAt)).not.toBeNull();
    for (const attack of ATTACKS) {
      const started = performance.now();
      const uri = await client.open(fileOf(attack), attack.text);
      // While the hostile file is being checked: a hover on the good draft, answered at once.
      const hover = await client.request('textDocument/hover', hoverAt);
      const hoverMs = performance.now() - started;
      const diagnostics = await client.diagnosticsFor(uri, 1);
      const checkedMs = performance.now() - started;
      const stopped = diagnostics.filter((d) => NOT_CHECKED.includes(String(d.code)));
      const outcome = stopped.length ? `not checked (${stopped[0].code})` : `${diagnostics.length} findings`;
      console.log(`server ${attack.name}: diagnostics after ${checkedMs.toFixed(0)} ms, ${outcome}; hover on another draft answered in ${hoverMs.toFixed(0)} ms`);
      expect(hover).not.toBeNull();
      expect(hoverMs).toBeLessThan(3_000);
      if (stopped.length) expect(diagnostics).toHaveLength(1);
      if (attack.folder === 'slow') expect(stopped[0]?.message).toMatch(/was not checked: checking it took longer than 1 s, so it was stopped\. Shorten the file \(one email per file\), or raise "checkTimeoutSeconds"/);
      await client.close(uri);
    }
    // After a worker was stopped, the next check runs on its replacement.
    const after = await client.change(good, [{ text: GOOD.replace('keen to', 'eager to') }]);
    expect((await client.diagnosticsFor(good, after)).map((d) => d.code)).toContain('grammar/repeated-word');
    const peak = Number(/^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${client.process.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    console.log(`server peak memory (VmHWM) over the suite: ${peak.toFixed(0)} MB`);
    expect(peak).toBeLessThan(500);
    expect(snapshot(client.workspace)).toEqual(before);
  }, 120_000);
});
