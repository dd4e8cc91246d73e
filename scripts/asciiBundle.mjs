// A bundle's text in ASCII. V8 keeps a script's source for as long as it runs, in every thread that loads
// it, and one character past ASCII anywhere makes the whole source a two-byte string: twice the memory
// (the server's source is about 2 MB). esbuild already writes strings, templates and identifiers in ASCII
// (its default `charset`) and the build drops comments (`minifyWhitespace`), but it leaves regular
// expression literals as written: what is left is there, and in a regular expression `\uXXXX` means the
// character itself (an escaped one, `\’`, is the character too). Source map columns after such a
// character on its line move by five; lines are kept.
import { readFileSync, writeFileSync } from 'node:fs';

const PAST_ASCII = /(\\*)([^\x00-\x7f])/g;

export function asciiText(text) {
  return text.replace(PAST_ASCII, (_, slashes, c) => {
    const escape = `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    // An odd run of backslashes escapes the character itself: the escape takes its place.
    return (slashes.length % 2 ? slashes.slice(1) : slashes) + escape;
  });
}

export function asciiBundle(file) {
  writeFileSync(file, asciiText(readFileSync(file, 'utf8')));
}
