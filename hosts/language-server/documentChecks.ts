/**
 * Diagnostics scheduling: when each open document is checked, which result is still current, and which
 * check may publish. Every check started for a document gets a ticket; a check overtaken by a newer one
 * (a later edit, a settings change, a close) never publishes, so the editor never shows stale findings.
 */
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckOutcome, CheckRunner } from '../../packages/engine/checkRunner';
import { formatIsoDate, type DateValue } from '../../packages/engine/dates';
import type { Settings } from '../../packages/engine/settings';
import type { SiblingDraft } from '../../packages/engine/siblingDraft';
import { draftPlan, type Plan } from '../../packages/engine/timeline';
import { isConfigDocument } from './configDocument';
import { findingToDiagnostic } from './diagnostics';
import { fileOf } from './settingsStore';

/** One check of one version of a document, with what it was checked against. */
export interface Checked {
  version: number;
  settings: Settings;
  today: string;
  result: CheckOutcome;
  plan: Plan | undefined;
}

export interface DocumentChecksHost {
  /** Where checks run: the check worker with a time limit (node/workerCheckRunner.ts), or this thread. */
  runner: CheckRunner;
  /** The open document as it is now, or undefined once it is closed. */
  document(uri: string): TextDocument | undefined;
  allDocuments(): readonly TextDocument[];
  settingsFor(uri: string): Promise<Settings>;
  /** The other drafts of the workspace, for the sequence rules; `except` (the checked draft's id) may be left out. */
  siblings(settings: Settings, today: DateValue, except: string): readonly SiblingDraft[];
  today(): DateValue;
  /** Whether a check publishes its diagnostics (else the client pulls them: diagnosticDelivery.ts). */
  pushes(): boolean;
  publish(params: { uri: string; version?: number; diagnostics: Diagnostic[] }): void;
  /** Asks the editor to fetch code lenses and pulled diagnostics again (after every document was checked again). */
  refreshViews(): void;
  log(message: string): void;
}

export class DocumentChecks {
  /** Per document: incremented for every check started, so a check that was overtaken never publishes. */
  private readonly generation = new Map<string, number>();
  private readonly checked = new Map<string, Checked>();

  constructor(private readonly host: DocumentChecksHost) {}

  /**
   * Checks the document as given (off this thread, within the "checkTimeoutSeconds" limit), and keeps the
   * result as its latest while the document is open; undefined when `wanted` said it was overtaken.
   */
  async run(document: TextDocument, settings: Settings, wanted?: () => boolean): Promise<Checked | undefined> {
    const now = this.host.today();
    const file = fileOf(document.uri);
    const limit = { seconds: settings.checkTimeoutSeconds, setting: '"checkTimeoutSeconds"' };
    const id = file ?? document.uri;
    const job = { text: document.getText(), settings, today: now, siblings: this.host.siblings(settings, now, id), id, limit, wanted };
    const result = await this.host.runner.run(job);
    if (!result) return undefined;
    const plan = result.isDraft ? draftPlan(result.facts, settings, now) : undefined;
    const entry = { version: document.version, settings, today: formatIsoDate(now), result, plan };
    if (this.host.document(document.uri)) this.checked.set(document.uri, entry);
    return entry;
  }

  /** The check result for the document as it is now: the last published one when still current. */
  async current(document: TextDocument): Promise<Checked | undefined> {
    const settings = await this.host.settingsFor(document.uri);
    const latest = this.host.document(document.uri);
    if (!latest) return undefined;
    const cached = this.checked.get(latest.uri);
    if (cached && cached.version === latest.version && cached.settings === settings && cached.today === formatIsoDate(this.host.today())) return cached;
    return this.run(latest, settings);
  }

  /** Checks a document and publishes its diagnostics, unless the document changed while settings were fetched. */
  async validate(document: TextDocument): Promise<void> {
    const { uri, version } = document;
    if (isConfigDocument(uri) || !this.host.pushes()) return;
    const ticket = (this.generation.get(uri) ?? 0) + 1;
    this.generation.set(uri, ticket);
    const settings = await this.host.settingsFor(uri);
    const latest = this.host.document(uri);
    // Overtaken: a newer change (or a settings change) started another check, which will publish.
    if (this.generation.get(uri) !== ticket || !latest || latest.version !== version) return;
    const entry = await this.run(latest, settings, () => this.generation.get(uri) === ticket);
    if (!entry || this.generation.get(uri) !== ticket) return;
    const diagnostics: Diagnostic[] = entry.result.findings.map(findingToDiagnostic);
    this.host.publish({ uri, version, diagnostics });
  }

  /** validate(), with a failure logged instead of rejected. */
  validateSafely(document: TextDocument): Promise<void> {
    return this.validate(document).catch((error: unknown) => this.host.log(`Checking ${document.uri} failed: ${(error as Error)?.stack ?? String(error)}`));
  }

  /** Checks every open document again (settings, dictionaries or other drafts changed). */
  recheckAll(): void {
    for (const doc of this.host.allDocuments()) void this.validateSafely(doc);
    this.host.refreshViews();
  }

  /** A closed document: a check still under way for it does not publish, and its result is dropped. */
  forget(uri: string): void {
    this.generation.set(uri, (this.generation.get(uri) ?? 0) + 1);
    this.checked.delete(uri);
  }
}
