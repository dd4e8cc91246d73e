/** `followup check`: arguments to settings to the engine to output. */
import * as path from 'node:path';
import type { CheckOutcome, CheckRunner } from '../../packages/engine/checkRunner';
import { localToday, type DateValue } from '../../packages/engine/dates';
import type { Dialect, Settings } from '../../packages/engine/settings';
import { cachedSettingsLoader, ConfigError, readConfigFile } from '../../packages/node-host/configFile';
import { applySettings, defaultSettings } from '../../packages/engine/settings';
import { siblingsOf } from '../../packages/engine/rules/sequence';
import { readRegularFile } from '../../packages/node-host/boundedRead';
import { checkRunnerBesideBundle } from '../../packages/node-host/workerCheckRunner';
import { draftByteCap, unreadable } from './draftRead';
import { cliExclusion } from './exclusion';
import { collectFiles, looksBinary } from './files';
import { printableJson } from './printable';
import { toJson, toText, type FileResult } from './format';
import type { Io } from './io';

export interface CheckArgs {
  paths: string[];
  format: 'text' | 'json';
  today?: DateValue;
  dialect?: Dialect;
  config?: string;
  allMarkdown: boolean;
  /** The longest one file's check may take, in seconds (default 10): past it, the file is reported as not checked. */
  timeout?: number;
}

/** Per file: nobody waits on a keystroke here, so twice the editor's default budget. */
export const DEFAULT_CLI_TIMEOUT_SECONDS = 10;

/**
 * Checks the files, each in the check worker (one for the run, replaced when a file runs past the time
 * limit) unless a runner is given.
 */
export async function runCheck(args: CheckArgs, io: Io, runner: CheckRunner = checkRunnerBesideBundle()): Promise<number> {
  // The worker starts and loads the engine while this thread reads the files and their front matter.
  runner.warm?.();
  try {
    return await checkFiles(args, io, runner);
  } finally {
    runner.dispose();
  }
}

async function checkFiles(args: CheckArgs, io: Io, runner: CheckRunner): Promise<number> {
  const today = args.today ?? localToday();
  const loadSettings = cachedSettingsLoader();
  let fixedConfig: { settings: Settings; warnings: string[] } | undefined;
  if (args.config) {
    try {
      const { settings, problems } = applySettings(defaultSettings(), readConfigFile(args.config));
      fixedConfig = { settings, warnings: problems.map((p) => `${args.config}: ${p.message}`) };
    } catch (error) {
      io.error(error instanceof ConfigError ? error.message : String(error));
      return 2;
    }
  }
  const { files, errors } = collectFiles(args.paths, cliExclusion(loadSettings, fixedConfig?.settings));
  let fileError = errors.length > 0;
  for (const e of errors) io.error(e);
  const warned = new Set<string>();
  const results: FileResult[] = [];
  const showProgress = io.stderrIsTTY && files.length > 20 && args.format === 'text';
  let hasError = false;

  // First pass: read every file and its settings, so each draft is checked knowing the others of its
  // interview (the sequence rules).
  const loadedFiles: Array<{ display: string; text: string; settings: Settings }> = [];
  files.forEach((file) => {
    let loaded: { settings: Settings; warnings: string[] };
    try {
      loaded = fixedConfig ?? loadSettings(file.settingsPath);
    } catch (error) {
      const message = error instanceof ConfigError ? error.message : String(error);
      if (!warned.has(message)) io.error(message);
      warned.add(message);
      fileError = true;
      return;
    }
    for (const w of loaded.warnings) if (!warned.has(w)) (warned.add(w), io.error(`warning: ${w}`));
    const settings: Settings = {
      ...loaded.settings,
      ...(args.dialect ? { dialect: args.dialect } : {}),
      ...(args.allMarkdown ? { checkAllMarkdown: true } : {}),
    };
    let bytes: Buffer;
    try {
      bytes = readRegularFile(file.absolute, draftByteCap(settings));
    } catch (error) {
      io.error(`${file.display}: ${unreadable(error)}`);
      fileError = true;
      return;
    }
    if (looksBinary(bytes)) {
      io.error(`${file.display}: not a text file; skipped. Give the path of a Markdown draft.`);
      fileError = true;
      return;
    }
    loadedFiles.push({ display: file.display, text: bytes.toString('utf8'), settings });
  });
  const settingsById = new Map(loadedFiles.map((f) => [f.display, f.settings]));
  const siblings = siblingsOf(
    loadedFiles.map((f) => ({ id: f.display, text: f.text })),
    (id) => settingsById.get(id)!,
    today,
  );
  const limit = { seconds: args.timeout ?? DEFAULT_CLI_TIMEOUT_SECONDS, setting: '"--timeout"' };
  for (const [index, file] of loadedFiles.entries()) {
    if (showProgress) io.progress(`Checking ${index + 1}/${loadedFiles.length} ${path.basename(file.display)}`);
    let result: CheckOutcome;
    try {
      result = (await runner.run({ text: file.text, settings: file.settings, today, suggest: true, siblings, id: file.display, limit }))!;
    } catch (error) {
      // A bug must not cost the other files their findings: this file is reported, the rest are checked.
      io.error(`${file.display}: could not be checked (${(error as Error)?.name ?? 'Error'}: ${(error as Error)?.message ?? String(error)}). Please report this with the file.`);
      fileError = true;
      continue;
    }
    // Stopped (too slow, or out of memory): its one finding says so, and the run fails like an unreadable file.
    if (result.notChecked) fileError = true;
    if (result.findings.some((f) => f.severity === 'error')) hasError = true;
    results.push({ file: file.display, findings: result.findings });
  }
  if (showProgress) io.progress('');

  if (args.format === 'json') io.out(printableJson(JSON.stringify(toJson(results), null, 2)) + '\n');
  else {
    const text = toText(results, io.colour);
    if (text) io.out(text);
    else if (!fileError) io.error(files.length ? `No problems in ${files.length} file${files.length === 1 ? '' : 's'}.` : 'No Markdown files found.');
  }
  return fileError ? 2 : hasError ? 1 : 0;
}
