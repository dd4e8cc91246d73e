/**
 * File names as the CLI prints them: control characters (C0, DEL, C1) and the invisible bidirectional
 * controls are shown as escapes (`\x1b`, `\u202e`), so a file name from a cloned repository can never
 * recolour, move the cursor in or rewrite the user's terminal. Bytes of a name that are not UTF-8 are
 * shown as `\xNN` too.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escape(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** A string safe to print to a terminal; every other character is kept as it is. */
export function printable(text: string): string {
  return text.replace(UNSAFE, escape);
}

// eslint-disable-next-line no-control-regex
const UNSAFE_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Multi-line output (findings, the plan): like `printable`, but line breaks and tabs are kept. */
export function printableText(text: string): string {
  return text.replace(UNSAFE_IN_TEXT, escape);
}

/** A file name given as bytes (not necessarily UTF-8), printable: valid UTF-8 is kept, other bytes are `\xNN`. */
export function printableBytes(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) {
      out += `\\x${bytes[i].toString(16).padStart(2, '0')}`;
      i++;
    } else {
      out += printable(Buffer.from(bytes.subarray(i, i + length)).toString('utf8'));
      i += length;
    }
  }
  return out;
}

/** The length of the valid UTF-8 sequence at `i`, or 0 when the byte there does not start one. */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const length = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (!length || i + length > b.length) return 0;
  for (let k = 1; k < length; k++) if ((b[i + k] & 0xc0) !== 0x80) return 0;
  const second = b[i + 1];
  if (c === 0xe0 && second < 0xa0) return 0; // overlong
  if (c === 0xed && second > 0x9f) return 0; // surrogate
  if (c === 0xf0 && second < 0x90) return 0; // overlong
  if (c === 0xf4 && second > 0x8f) return 0; // above U+10FFFF
  return length;
}

/** JSON text with the C1 controls (which JSON.stringify leaves raw) escaped too: the same value, printable. */
export function printableJson(json: string): string {
  return json.replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
