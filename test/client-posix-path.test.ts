/** The client's URI-path helpers (packages/engine/posixPath.ts, used where node:path is missing: the browser) agree with node:path's posix. */
import { posix } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { basename, dirname, join, normalize } from '../packages/engine/posixPath';

const segment = fc.constantFrom('', '.', '..', 'a', 'b c', 'followups', '...', 'x.md', '/', '//');
const pathText = fc.array(segment, { maxLength: 8 }).map((parts) => parts.join('/'));

describe('posixPath, as node:path posix does it on URI paths', () => {
  it('normalize', () => {
    fc.assert(fc.property(pathText, (p) => { expect(normalize(p).replace(/(.)\/$/, '$1')).toBe(posix.normalize(p).replace(/(.)\/$/, '$1')); }), { numRuns: 2000 });
  });
  it('join', () => {
    fc.assert(fc.property(pathText, pathText, (a, b) => { expect(join(a, b).replace(/(.)\/$/, '$1')).toBe(posix.join(a, b).replace(/(.)\/$/, '$1')); }), { numRuns: 2000 });
  });
  it('dirname and basename', () => {
    fc.assert(fc.property(pathText.map((p) => posix.normalize(p)), (p) => {
      expect(dirname(p)).toBe(posix.dirname(p));
      expect(basename(p)).toBe(posix.basename(p));
    }), { numRuns: 2000 });
  });
  it('keeps a workspace path inside its root', () => {
    expect(normalize('/ws/followups/../../etc')).toBe('/etc');
    expect(join('/ws', '../x')).toBe('/x');
    expect(normalize('/..')).toBe('/');
  });
});
