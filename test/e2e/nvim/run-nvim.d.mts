// Types for run-nvim.mjs (so TypeScript tests can import it).
export interface LspRange { start: { line: number; character: number }; end: { line: number; character: number } }
export interface LspDiagnostic { range: LspRange; severity?: number; code?: string | number; source?: string; message: string; [k: string]: unknown }
export interface RunNvimOptions {
  cmd: string[] | string;
  file: string;
  workspace?: string;
  actionCode?: string;
  actionTitle?: string;
  actionAt?: { line: number; character: number };
  settings?: unknown;
  filetype?: string;
  timeoutMs?: number;
  waitMs?: number;
  cwd?: string;
  keepRunDir?: boolean;
  nvim?: string;
}
export interface NvimSummary {
  ok: boolean;
  error?: string;
  steps: string[];
  timings: Record<string, number>;
  diagnostics_count?: number;
  nvim_diagnostics_count?: number;
  action_titles?: string[];
  action_title?: string;
  buffer_changed?: boolean;
}
export interface RunNvimResult {
  ok: boolean;
  exitCode: number;
  timedOut: boolean;
  durationMs: number;
  summary?: NvimSummary;
  diagnostics?: LspDiagnostic[];
  diagnosticsAfter?: LspDiagnostic[];
  text?: string;
  stdout: string;
  stderr: string;
  runDir: string;
  error?: string;
}
export function runNvim(options: RunNvimOptions): Promise<RunNvimResult>;
