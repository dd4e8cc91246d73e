/**
 * Files the product writes are never half-written and never replace what they must not: the one atomic
 * writer (packages/node-host/atomicWrite.ts), "add to workspace dictionary" on `.followup.json` of every
 * shape, and a writer killed in the middle of a write.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileAtomic, isAlreadyExists, replaceFileAtomic } from '../packages/node-host/atomicWrite';
import { addWordToConfigFile } from '../packages/node-host/workspaceDictionaryFile';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'followup-atomic-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const leftovers = () => fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('createFileAtomic', () => {
  it('creates a new file whole, and refuses (EEXIST) to replace an existing one, leaving it as it was', () => {
    const file = path.join(dir, 'draft.md');
    createFileAtomic(file, 'first ✉️\n');
    expect(fs.readFileSync(file, 'utf8')).toBe('first ✉️\n');
    fs.writeFileSync(file, 'my own edits\n');
    let thrown: unknown;
    try {
      createFileAtomic(file, 'second\n');
    } catch (error) {
      thrown = error;
    }
    expect(isAlreadyExists(thrown)).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe('my own edits\n');
    expect(leftovers()).toEqual([]);
  });

  it('of many writers racing for one name, exactly one wins and the file is that writer’s text', () => {
    const file = path.join(dir, 'race.md');
    const outcomes = Array.from({ length: 20 }, (_, i) => {
      try {
        createFileAtomic(file, `writer ${i}\n`.repeat(1000));
        return i;
      } catch (error) {
        expect(isAlreadyExists(error)).toBe(true);
        return -1;
      }
    });
    const winners = outcomes.filter((o) => o >= 0);
    expect(winners).toHaveLength(1);
    expect(fs.readFileSync(file, 'utf8')).toBe(`writer ${winners[0]}\n`.repeat(1000));
    expect(leftovers()).toEqual([]);
  });
});

describe('replaceFileAtomic', () => {
  it('replaces the text, keeps the permissions, follows a symbolic link and leaves no temporary file', () => {
    const real = path.join(dir, 'real.json');
    const link = path.join(dir, 'link.json');
    fs.writeFileSync(real, '{}\n', { mode: 0o600 });
    fs.symlinkSync(real, link);
    replaceFileAtomic(link, '{ "words": [] }\n');
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(real, 'utf8')).toBe('{ "words": [] }\n');
    expect(fs.statSync(real).mode & 0o777).toBe(0o600);
    expect(leftovers()).toEqual([]);
  });

  it('when the rename fails, the target is untouched and the temporary file is removed', () => {
    const target = path.join(dir, 'a-folder');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'inside.md'), 'keep me');
    expect(() => replaceFileAtomic(target, 'text')).toThrow();
    expect(fs.readFileSync(path.join(target, 'inside.md'), 'utf8')).toBe('keep me');
    expect(leftovers()).toEqual([]);
  });

  it('a writer killed in the middle of writing leaves the old text or the new, never a mix or a stub', async () => {
    // The writer, bundled from the source, replaces the file again and again with 8 MB of one letter.
    const script = path.join(dir, 'writer.cjs');
    buildSync({
      stdin: {
        contents: `import { replaceFileAtomic } from ${JSON.stringify(path.join(__dirname, '..', 'packages', 'node-host', 'atomicWrite.ts'))};
          const file = process.argv[2];
          const texts = ['A', 'B'].map((c) => c.repeat(8 * 1024 * 1024));
          process.stdout.write('started\\n');
          for (let i = 0; ; i++) replaceFileAtomic(file, texts[i % 2]);`,
        resolveDir: __dirname,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: script,
      logLevel: 'silent',
    });
    const file = path.join(dir, 'words.txt');
    fs.writeFileSync(file, 'A'.repeat(8 * 1024 * 1024));
    const child = spawn(process.execPath, [script, file], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
    // Let it write a few times (the file changes), then kill it wherever it is.
    const first = fs.statSync(file).mtimeMs;
    await new Promise<void>((resolve) => {
      const watcher = fs.watch(dir, () => {
        if (fs.statSync(file).mtimeMs !== first) (watcher.close(), resolve());
      });
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    const text = fs.readFileSync(file, 'utf8');
    expect(text.length).toBe(8 * 1024 * 1024);
    expect(text === 'A'.repeat(text.length) || text === 'B'.repeat(text.length)).toBe(true);
  });
});

describe('add to the workspace dictionary', () => {
  const jsonValue = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }));
  const config = fc.record(
    {
      dialect: fc.constantFrom('en-GB', 'en-US'),
      words: fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }), { maxLength: 4 }),
      rules: fc.dictionary(fc.constantFrom('tone/hedging', 'tone', 'structure/too-long'), fc.constantFrom('off', 'info', 'error')),
      checkInWaitDays: fc.integer({ min: 0, max: 10 }),
      custom: fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), jsonValue, { maxKeys: 3 }),
    },
    { requiredKeys: [] },
  );
  const layout = fc.record({ indent: fc.constantFrom(2, 4, '\t'), eol: fc.constantFrom('\n', '\r\n'), bom: fc.boolean(), finalEol: fc.boolean() });
  const word = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter((w) => w.trim() === w && w !== '');

  it('keeps every other key and value, the indentation, the line endings and a BOM, whatever the file holds', () => {
    fc.assert(
      fc.property(config, layout, word, (value, { indent, eol, bom, finalEol }, added) => {
        const file = path.join(dir, '.followup.json');
        const body = JSON.stringify(value, null, indent).replace(/\n/g, eol);
        fs.writeFileSync(file, (bom ? '\ufeff' : '') + body + (finalEol ? eol : ''));
        const before = fs.readFileSync(file, 'utf8');
        const { changed } = addWordToConfigFile(file, added);
        const after = fs.readFileSync(file, 'utf8');
        const words = value.words ?? [];
        expect(changed).toBe(!words.includes(added));
        expect(JSON.parse(after.replace(/^\ufeff/, ''))).toEqual({ ...value, words: words.includes(added) ? words : [...words, added] });
        expect(after.startsWith('\ufeff')).toBe(bom);
        if (eol === '\r\n') expect(after.replace(/\r\n/g, '')).not.toContain('\n');
        else expect(after).not.toContain('\r');
        expect(after.endsWith(eol)).toBe(finalEol);
        // Every line outside the words list is the original's, indentation included (a comma may be added).
        const pad = typeof indent === 'number' ? ' '.repeat(indent) : '\t';
        const outside = (t: string) => {
          const lines = t.replace(/^\ufeff/, '').split(eol).map((l) => l.replace(/,$/, ''));
          const start = lines.findIndex((l) => l.startsWith(`${pad}"words": `));
          if (start < 0) return lines;
          let end = start;
          if (lines[start].endsWith('[')) while (lines[end] !== `${pad}]`) end++;
          return [...lines.slice(0, start), ...lines.slice(end + 1)];
        };
        expect(outside(after)).toEqual(outside(before));
        expect(leftovers()).toEqual([]);
      }),
      { seed: 41, numRuns: 200 },
    );
  });

  it('never writes a .followup.json that is not valid JSON, and says why', () => {
    const broken = fc
      .tuple(config, fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([value, cut]) => {
        const text = JSON.stringify({ ...value, words: ['Hartley'] }, null, 2);
        return text.slice(0, Math.floor(cut * (text.length - 1))) + ['', ',', '// note', '}'][Math.floor(cut * 4) % 4];
      })
      .filter((text) => {
        try {
          JSON.parse(text);
          return false;
        } catch {
          return text.trim() !== '';
        }
      });
    fc.assert(
      fc.property(broken, (text) => {
        const file = path.join(dir, '.followup.json');
        fs.writeFileSync(file, text);
        expect(() => addWordToConfigFile(file, 'Finch')).toThrow(/Cannot add "Finch" to .*: it is not valid JSON|is not a list/);
        expect(fs.readFileSync(file, 'utf8')).toBe(text);
        expect(leftovers()).toEqual([]);
      }),
      { seed: 42, numRuns: 150 },
    );
  });
});
