/** Where "Add to the workspace dictionary" may write for a draft, or why it may not (the host decides: ServerHost). */
export type DictionaryTarget = { ok: true; file: string } | { ok: false; reason: string };
