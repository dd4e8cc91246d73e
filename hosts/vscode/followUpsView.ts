/**
 * The Follow-Ups view in the Explorer: every draft of the workspace, grouped by company and interview,
 * with what to send when. Drafts are read from their front matter only (open documents as the editor
 * holds them, other files from disk), kept by URI and re-read one at a time as they change, so typing
 * in a draft costs one front-matter parse. Nothing is read until the view (or the API) asks: the tree is
 * rebuilt lazily after a change, which the view hears about after a short pause.
 */
import * as vscode from 'vscode';
import { readBoundedText } from './editor/boundedRead';
import { buildPlan } from '../../packages/engine/plan';
import type { DraftFacts } from '../../packages/engine/rules/types';
import { defaultSettings, type Settings } from '../../packages/engine/settings';
import { frontMatterFacts, siblingFromFacts } from '../../packages/engine/siblings';
import { todayProvider } from '../language-server/today';
import { FOLLOW_UPS_VIEW_ID } from './commandTable';
import { folderExclusion, type Exclusion } from './draftExclusion';
import { folderSettings } from './editor/planSettings';
import { followUpsTree, type FollowUpDraftNode, type FollowUpGroupNode, type IconSpec } from './followUpsTree';

export type FollowUpNode = FollowUpGroupNode | FollowUpDraftNode;

/** What `activate()` returns under `followUps`, for scripts and end-to-end tests. */
export interface FollowUpsApi {
  /** The view's items as plain data, rebuilt first when a change is pending. */
  snapshot(): Promise<FollowUpGroupNode[]>;
  /** Rescans the whole workspace (files, settings, today) and returns the new items. */
  refresh(): Promise<FollowUpGroupNode[]>;
  /** Fires after every rebuild, with the new items. */
  readonly onDidChange: vscode.Event<FollowUpGroupNode[]>;
}

const DRAFT_GLOB = '**/*.{md,markdown}';
const EXCLUDE_GLOB = '**/node_modules/**';
const MARKDOWN_PATH = /\.(?:md|markdown)$/i;
/** A pause in typing before the view redraws. */
const REDRAW_DELAY_MS = 300;

export class FollowUpsProvider implements vscode.TreeDataProvider<FollowUpNode>, vscode.Disposable {
  private readonly treeChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.treeChanged.event;
  private readonly rebuilt = new vscode.EventEmitter<FollowUpGroupNode[]>();
  readonly onDidRebuild = this.rebuilt.event;

  /** Drafts by URI string: their front-matter facts. Files that are not drafts are not kept. */
  private readonly drafts = new Map<string, DraftFacts>();
  private readonly settingsByFolder = new Map<string, Settings>();
  private readonly exclusionByFolder = new Map<string, Exclusion>();
  private readonly changedUris = new Set<string>();
  private needsFullScan = true;
  private stale = true;
  private tree: FollowUpGroupNode[] = [];
  private building: Promise<void> | undefined;
  private redrawTimer: ReturnType<typeof setTimeout> | undefined;
  private midnightTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    const drafts = vscode.workspace.createFileSystemWatcher(DRAFT_GLOB);
    const configFiles = vscode.workspace.createFileSystemWatcher('**/.followup.json');
    const changed = (uri: vscode.Uri) => this.invalidate(uri);
    const everything = () => this.invalidateAll();
    this.subscriptions.push(
      drafts,
      configFiles,
      drafts.onDidCreate(changed),
      drafts.onDidChange(changed),
      drafts.onDidDelete(changed),
      configFiles.onDidCreate(everything),
      configFiles.onDidChange(everything),
      configFiles.onDidDelete(everything),
      vscode.workspace.onDidChangeConfiguration((e) => (e.affectsConfiguration('followup') || e.affectsConfiguration('files.exclude')) && this.invalidateAll()),
      vscode.workspace.onDidChangeWorkspaceFolders(everything),
      // A folder deleted or renamed in the editor: the watcher names only the folder, not the drafts in it.
      vscode.workspace.onDidDeleteFiles(everything),
      vscode.workspace.onDidRenameFiles(everything),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && this.invalidate(e.document.uri)),
      vscode.workspace.onDidSaveTextDocument((d) => this.invalidate(d.uri)),
      // Closing an unsaved draft puts the text on disk back in charge.
      vscode.workspace.onDidCloseTextDocument((d) => this.invalidate(d.uri)),
    );
    this.armMidnight();
  }

  /** The draft at `uri` may have changed: re-read it before the next look. */
  invalidate(uri: vscode.Uri): void {
    if (!MARKDOWN_PATH.test(uri.path) || !vscode.workspace.getWorkspaceFolder(uri) || uri.path.includes('/node_modules/')) return;
    this.changedUris.add(uri.toString());
    this.markStale();
  }

  /** Settings, folders or the day changed: read everything again. */
  invalidateAll(): void {
    this.needsFullScan = true;
    this.markStale();
  }

  readonly api: FollowUpsApi = {
    snapshot: () => this.current(),
    refresh: () => {
      this.invalidateAll();
      return this.current();
    },
    onDidChange: this.onDidRebuild,
  };

  getTreeItem(node: FollowUpNode): vscode.TreeItem {
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.label, node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `interview:${node.id}`;
      item.description = node.description;
      item.tooltip = node.tooltip;
      item.iconPath = themeIcon(node.icon);
      item.contextValue = 'followupInterview';
      return item;
    }
    const uri = vscode.Uri.parse(node.uri);
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.id = `draft:${node.uri}`;
    item.resourceUri = uri;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = themeIcon(node.icon);
    item.contextValue = node.contextValue;
    item.command = { command: 'vscode.open', title: 'Open Draft', arguments: [uri] };
    return item;
  }

  async getChildren(node?: FollowUpNode): Promise<FollowUpNode[]> {
    if (!node) return this.current();
    return node.type === 'group' ? node.children : [];
  }

  dispose(): void {
    clearTimeout(this.redrawTimer);
    clearTimeout(this.midnightTimer);
    for (const s of this.subscriptions) s.dispose();
    this.treeChanged.dispose();
    this.rebuilt.dispose();
  }

  private markStale(): void {
    this.stale = true;
    clearTimeout(this.redrawTimer);
    this.redrawTimer = setTimeout(() => this.treeChanged.fire(), REDRAW_DELAY_MS);
  }

  /** The tree, rebuilt first if anything changed since the last build. */
  private async current(): Promise<FollowUpGroupNode[]> {
    if (this.building) await this.building;
    if (this.stale) {
      this.building = this.build().finally(() => (this.building = undefined));
      await this.building;
    }
    return this.tree;
  }

  private async build(): Promise<void> {
    this.stale = false;
    const full = this.needsFullScan;
    this.needsFullScan = false;
    const changed = [...this.changedUris];
    this.changedUris.clear();
    try {
      if (full) await this.scanAll();
      else for (const uri of changed) await this.read(vscode.Uri.parse(uri));
    } catch (error) {
      if (full) this.needsFullScan = true;
      throw error;
    }
    const today = todayProvider(undefined).today();
    const siblings = [...this.drafts].map(([uri, facts]) => siblingFromFacts(uri, facts, this.settingsFor(vscode.Uri.parse(uri)), today));
    this.tree = followUpsTree(buildPlan(siblings, today), (uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri)));
    this.rebuilt.fire(this.tree);
  }

  private async scanAll(): Promise<void> {
    this.settingsByFolder.clear();
    this.exclusionByFolder.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const settings = await folderSettings(folder);
      this.settingsByFolder.set(folder.uri.toString(), settings);
      this.exclusionByFolder.set(folder.uri.toString(), folderExclusion(folder, settings));
    }
    const files = await vscode.workspace.findFiles(DRAFT_GLOB, EXCLUDE_GLOB);
    this.drafts.clear();
    await Promise.all(files.map((uri) => this.read(uri)));
  }

  /** Reads one file (the editor's text when it is open) and keeps it when it is a draft. */
  private async read(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (folder && this.exclusionByFolder.get(folder.uri.toString())?.(uri)) {
      this.drafts.delete(key); // left out by `exclude` or files.exclude
      return;
    }
    const settings = this.settingsFor(uri);
    let text: string | undefined = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key)?.getText();
    if (text === undefined) {
      try {
        text = await readBoundedText(uri, settings.maxFileSize * 4);
      } catch {
        text = undefined; // deleted, or unreadable: not in the view
      }
    }
    const facts = text !== undefined && text.length <= settings.maxFileSize ? frontMatterFacts(text, settings) : undefined;
    if (facts?.isDraft) this.drafts.set(key, facts.facts);
    else this.drafts.delete(key);
  }

  private settingsFor(uri: vscode.Uri): Settings {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return (folder && this.settingsByFolder.get(folder.uri.toString())) ?? defaultSettings();
  }

  /** At local midnight "due today" becomes "overdue" and "waiting" may become "due today". */
  private armMidnight(): void {
    const now = new Date();
    const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 5);
    this.midnightTimer = setTimeout(() => {
      this.invalidateAll();
      this.armMidnight();
    }, next.getTime() - now.getTime());
  }
}

function themeIcon(icon: IconSpec): vscode.ThemeIcon {
  return new vscode.ThemeIcon(icon.id, icon.color ? new vscode.ThemeColor(icon.color) : undefined);
}

/** Registers the view; returns the provider (for the commands and the extension's API) and its disposables. */
export function createFollowUpsView(): { provider: FollowUpsProvider; disposable: vscode.Disposable } {
  const provider = new FollowUpsProvider();
  const view = vscode.window.createTreeView(FOLLOW_UPS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  return { provider, disposable: vscode.Disposable.from(view, provider) };
}
