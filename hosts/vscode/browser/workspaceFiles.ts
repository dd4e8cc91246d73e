/**
 * The browser language server's file system (hosts/language-server/browser-host/browserServerHost.ts): it lists folders,
 * reads the start of drafts and the `.followup.json` files, and writes the workspace dictionary through
 * these requests, answered here with `vscode.workspace.fs`, which reads whatever the web workbench has
 * open (a GitHub repository, a remote folder, a local folder).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CONFIG_FILE_NAME } from '../../../packages/engine/configText';
import {
  ReadConfigFilesRequest,
  ReadDirectoryRequest,
  ReadFileStartRequest,
  WriteFileRequest,
  type ReadConfigFilesParams,
  type ReadConfigFilesResult,
  type ReadDirectoryParams,
  type ReadDirectoryResult,
  type ReadFileStartParams,
  type ReadFileStartResult,
  type WriteFileParams,
} from '../../language-server/protocol';

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
  client.onRequest(ReadConfigFilesRequest, async (params: ReadConfigFilesParams): Promise<ReadConfigFilesResult> => {
    // At most this many: a workspace is not expected to hold more settings files than drafts.
    const uris = params.uris ? params.uris.map((uri) => vscode.Uri.parse(uri)) : await vscode.workspace.findFiles(`**/${CONFIG_FILE_NAME}`, undefined, 500);
    return Promise.all(
      uris.map(async (uri) => {
        try {
          return { uri: uri.toString(), text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) };
        } catch {
          return { uri: uri.toString(), text: null };
        }
      }),
    );
  });
  client.onRequest(WriteFileRequest, async (params: WriteFileParams): Promise<void> => {
    await vscode.workspace.fs.writeFile(vscode.Uri.parse(params.uri), new TextEncoder().encode(params.text));
  });
}
