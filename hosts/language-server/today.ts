/**
 * What "today" means for timing rules: the local date, unless fixed for tests and demos by the
 * environment variable FOLLOWUP_TODAY=YYYY-MM-DD or the initialization option `today`.
 */
import { localToday, parseDateValue, type DateValue } from '../../packages/engine/dates';

/** The environment, where there is one (a browser worker has no `process`). */
const processEnv = (): Record<string, string | undefined> => (typeof process === 'undefined' ? {} : process.env);

export function todayProvider(initOption: unknown, env: Record<string, string | undefined> = processEnv()): { today(): DateValue; problem?: string } {
  for (const [source, value] of [
    ['initializationOptions.today', initOption],
    ['FOLLOWUP_TODAY', env.FOLLOWUP_TODAY],
  ] as const) {
    if (value === undefined || value === null || value === '') continue;
    const parsed = typeof value === 'string' ? parseDateValue(value, false) : undefined;
    if (parsed?.ok) {
      const fixed = parsed.value;
      return { today: () => fixed };
    }
    return { today: () => localToday(), problem: `${source} ${JSON.stringify(value)} is not a date in the form YYYY-MM-DD; using the real date.` };
  }
  return { today: () => localToday() };
}
