/**
 * Every handler of the language server runs guarded: an exception becomes a log line and the handler's
 * fallback answer, never a crash of the server or an error the editor shows for a request it did not
 * care about.
 */
export interface HandlerGuards {
  /** Logs a failure of the named handler, with its stack. */
  failed(name: string, error: unknown): void;
  guard<A extends unknown[], R>(name: string, handler: (...args: A) => R, fallback: R): (...args: A) => R;
  guardAsync<A extends unknown[], R>(name: string, handler: (...args: A) => Promise<R>, fallback: R): (...args: A) => Promise<R>;
}

export function handlerGuards(log: (message: string) => void): HandlerGuards {
  const failed = (name: string, error: unknown) => log(`${name} failed: ${(error as Error)?.stack ?? String(error)}`);
  return {
    failed,
    guard:
      (name, handler, fallback) =>
      (...args) => {
        try {
          return handler(...args);
        } catch (error) {
          failed(name, error);
          return fallback;
        }
      },
    guardAsync:
      (name, handler, fallback) =>
      async (...args) => {
        try {
          return await handler(...args);
        } catch (error) {
          failed(name, error);
          return fallback;
        }
      },
  };
}
