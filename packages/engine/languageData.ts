/**
 * Where the engine's compiled language data comes from: the host says, once, at startup. The engine only
 * names a file (`terms.words`, `lexicon.tags`, `misspellings.tsv`, `en-GB/index.words`, `en-GB/extra.words`)
 * and gets its bytes; the Node hosts read them from the folder beside the bundle (packages/node-host/
 * languageData.ts), a browser host from the extension's own folder. Each file is asked for lazily, on its
 * first use, so a dialect nobody checks is never loaded. The file formats are the build's (scripts/build.mjs).
 */

export interface LanguageDataSource {
  /** The bytes of the named data file, or undefined when the host has none by that name. */
  read(name: string): Uint8Array | undefined;
}

let source: LanguageDataSource | undefined;

/** Called by the host before the first check (the CLI and the language server: useNodeLanguageData()). */
export function setLanguageDataSource(data: LanguageDataSource): void {
  source = data;
}

/** The bytes of a named data file, from the host's source. */
export function readLanguageData(name: string): Uint8Array | undefined {
  if (!source) throw new Error(`No language data source to read ${name} from: the host calls setLanguageDataSource() at startup (Node: useNodeLanguageData()).`);
  return source.read(name);
}
