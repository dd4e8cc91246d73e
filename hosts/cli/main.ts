/** The `followup` command line: parses arguments and dispatches to a command. */
import { parseArgs } from 'node:util';
import { parseDateValue, type DateValue } from '../../packages/engine/dates';
import { DIALECTS, type Dialect } from '../../packages/engine/settings';
import { runCheck } from './check';
import { processIo, type Io } from './io';
import { runNew } from './new';
import { runTimeline } from './timeline';
import { asksForHelp, commandHelp, COMMANDS, usage, type Command } from './help';

export const USAGE = usage();

class UsageError extends Error {}

export function main(argv: readonly string[], io: Io = processIo()): number | Promise<number> {
  try {
    return dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.error(`${(error as Error).message.split('\n')[0]} (run "followup --help" for usage)`);
      return 2;
    }
    throw error;
  }
}

function dispatch(argv: readonly string[], io: Io): number | Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || (command === 'help' && !rest.length)) {
    io.out(USAGE + '\n');
    return command ? 0 : 2;
  }
  // `followup COMMAND --help` and `followup help COMMAND`: that command's help, before its options are parsed.
  const helpFor = command === 'help' ? rest[0] : asksForHelp(rest) ? command : undefined;
  if (helpFor !== undefined && COMMANDS.includes(helpFor as Command)) {
    io.out(commandHelp(helpFor as Command));
    return 0;
  }
  if (command === '--version' || command === '-v') {
    io.out(`${process.env.FOLLOWUP_VERSION ?? '0.0.0'}\n`);
    return 0;
  }
  if (command === 'help') throw new UsageError(`no help for "${rest[0]}"; commands are ${COMMANDS.join(', ')}`);
  if (command === 'check') return check(rest, io);
  if (command === 'new') return runNew(rest, io);
  if (command === 'timeline') return timeline(rest, io);
  throw new UsageError(`unknown command "${command}"; commands are check, new and timeline`);
}

function parseToday(value: string | undefined): DateValue | undefined {
  if (value === undefined) return undefined;
  const parsed = parseDateValue(value, false);
  if (!parsed.ok) throw new UsageError(`--today "${value}" ${parsed.reason}`);
  return parsed.value;
}

function timeline(argv: readonly string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { today: { type: 'string' }, ics: { type: 'string' }, format: { type: 'string', default: 'text' }, force: { type: 'boolean', default: false } },
  });
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not "${values.format}"`);
  if (!positionals.length) throw new UsageError('timeline needs at least one file or folder, e.g. "followup timeline examples"');
  return runTimeline({ paths: positionals, today: parseToday(values.today), ics: values.ics, force: values.force, format: values.format }, io);
}

function check(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      today: { type: 'string' },
      dialect: { type: 'string' },
      config: { type: 'string' },
      'all-markdown': { type: 'boolean', default: false },
      timeout: { type: 'string' },
    },
  });
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(Number.isInteger(timeout) && timeout >= 1 && timeout <= 600)) {
    throw new UsageError(`--timeout must be a whole number of seconds from 1 to 600, not "${values.timeout}"`);
  }
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not "${values.format}"`);
  const today = parseToday(values.today);
  if (values.dialect !== undefined && !DIALECTS.includes(values.dialect as Dialect)) {
    throw new UsageError(`--dialect must be en-US or en-GB, not "${values.dialect}"`);
  }
  if (!positionals.length) throw new UsageError('check needs at least one file or folder, e.g. "followup check examples"');
  return runCheck(
    {
      paths: positionals,
      format: values.format,
      today,
      dialect: values.dialect as Dialect | undefined,
      config: values.config,
      allMarkdown: values['all-markdown'] ?? false,
      timeout,
    },
    io,
  );
}

export { UsageError };
