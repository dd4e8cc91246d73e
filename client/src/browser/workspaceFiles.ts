/**
 * The browser language server's file system (server/src/browser/browserServerHost.ts): it lists folders
 * and reads the start of drafts through these requests, answered here with `vscode.workspace.fs`, which
 * reads whatever the web workbench has open (a GitHub repository, a remote folder, a local folder).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  ReadDirectoryRequest,
  ReadFileStartRequest,
  type ReadDirectoryParams,
  type ReadDirectoryResult,
  type ReadFileStartParams,
  type ReadFileStartResult,
} from '../../../server/src/lsp/protocol';

export function answerFileRequests(client: BaseLanguageClient): void {
  client.onRequest(ReadDirectoryRequest, async (params: ReadDirectoryParams): Promise<ReadDirectoryResult> => {
    try {
      const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.parse(params.uri));
      return entries.map(([name, type]) => ({ name, kind: type & vscode.FileType.Directory ? 'folder' : type & vscode.FileType.File ? 'file' : 'other' }));
    } catch {
      return [];
    }
  });
  client.onRequest(ReadFileStartRequest, async (params: ReadFileStartParams): Promise<ReadFileStartResult> => {
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.parse(params.uri));
      return { text: new TextDecoder().decode(bytes.subarray(0, params.bytes)) };
    } catch {
      return null;
    }
  });
}
