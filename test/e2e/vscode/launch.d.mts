// Types for launch.mjs (so TypeScript tests can import it).
export interface ToolPaths { toolsDir: string; node24: string; codeServerDir: string; serverMain: string; playwrightCore: string; chromium: string }
export function toolPaths(env?: NodeJS.ProcessEnv): ToolPaths;
export interface RunVSCodeTestsOptions {
  extensionDevelopmentPath: string;
  extensionTestsPath: string;
  workspace?: string;
  userSettings?: Record<string, unknown>;
  timeoutMs?: number;
  screenshotPath?: string;
  env?: Record<string, string>;
  /** 'web': the development extension and its tests run in the browser's web worker extension host. */
  extensionDevelopmentKind?: 'web' | 'workspace';
  keepRunDir?: boolean;
  verbose?: boolean;
  log?: (line: string) => void;
}
export interface RunVSCodeTestsResult {
  ok: boolean;
  exitCode: number | null;
  durationMs: number;
  runDir: string;
  result?: unknown;
  error?: string;
  consoleErrors: string[];
}
export function runVSCodeTests(options: RunVSCodeTestsOptions): Promise<RunVSCodeTestsResult>;
export const WORKSPACE_RESULT_FILE: string;
