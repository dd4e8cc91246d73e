/**
 * The protocol's lifecycle, enforced before any handler runs: nothing but `initialize` (and `exit`) is
 * served before `initialize`, `initialize` only once, and nothing but `exit` after `shutdown`. A request
 * that breaks it is not dropped (the client would wait for ever) but rewritten into `REJECTED_METHOD`,
 * which the server answers with the error code carried in its params: -32002 (ServerNotInitialized) before
 * `initialize`, -32600 (InvalidRequest) for a second `initialize` or any request after `shutdown`.
 * Notifications before `initialize` and after `shutdown` are dropped, as the LSP specification says
 * (except `exit`). Used on stdio (stdioGuard.ts) and on Node IPC (lifecycleReader.ts).
 */

export const REJECTED_METHOD = 'followup/$rejected';
export const SERVER_NOT_INITIALIZED = -32002;
export const INVALID_REQUEST = -32600;

export interface RejectedParams {
  code: number;
  message: string;
}

interface JsonRpcMessage {
  jsonrpc?: string;
  id?: number | string | null;
  method?: unknown;
  params?: unknown;
}

export type LifecycleVerdict = { pass: true } | { pass: false; replacement?: JsonRpcMessage };

export class Lifecycle {
  private initializeSeen = false;
  private shutdownSeen = false;

  /** Whether every message must be judged; else only those that may be `initialize` or `shutdown`. */
  get judgesEverything(): boolean {
    return !this.initializeSeen || this.shutdownSeen;
  }

  /** What to do with one message from the client. */
  judge(message: unknown): LifecycleVerdict {
    if (!message || typeof message !== 'object') return { pass: true };
    const m = message as JsonRpcMessage;
    if (typeof m.method !== 'string') return { pass: true }; // a response to a request of the server
    const isRequest = m.id !== undefined && m.id !== null;
    if (m.method === 'initialize' && isRequest) {
      if (!this.initializeSeen) {
        this.initializeSeen = true;
        return { pass: true };
      }
      return reject(m, INVALID_REQUEST, 'initialize was already received: a server is initialized once. Restart the server to initialize it again.');
    }
    if (m.method === 'exit') return { pass: true };
    if (this.shutdownSeen) {
      if (!isRequest) return { pass: false };
      return reject(m, INVALID_REQUEST, `"${String(m.method).slice(0, 100)}" was sent after shutdown: the server only waits for exit now, and did nothing.`);
    }
    if (this.initializeSeen) {
      if (m.method === 'shutdown' && isRequest) this.shutdownSeen = true;
      return { pass: true };
    }
    if (!isRequest) return { pass: false };
    return reject(m, SERVER_NOT_INITIALIZED, `"${String(m.method).slice(0, 100)}" was sent before initialize: the server is not initialized yet, and did nothing.`);
  }
}

function reject(m: JsonRpcMessage, code: number, message: string): LifecycleVerdict {
  const params: RejectedParams = { code, message };
  return { pass: false, replacement: { jsonrpc: '2.0', id: m.id, method: REJECTED_METHOD, params } };
}
