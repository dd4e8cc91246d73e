/**
 * The server's stdin as the protocol connection reads it, through a strict edge: frames are checked
 * (framing.ts) and every message goes through the lifecycle (lifecycle.ts) before the connection sees
 * it. A corrupt stream calls `onCorrupt` with one line (the server prints it and exits).
 */
import { Transform, type TransformCallback } from 'node:stream';
import { frame, FrameParser, FramingError } from './framing';
import { Lifecycle } from '../../hosts/language-server/lifecycle';

/** Bodies between `initialize` and `shutdown` need a look only when they may be either (or written with escapes). */
const INITIALIZE = Buffer.from('"initialize"');
const SHUTDOWN = Buffer.from('shutdown');
const ESCAPE = Buffer.from('\\u');

export function guardStdin(onCorrupt: (line: string) => void): Transform {
  const parser = new FrameParser();
  const lifecycle = new Lifecycle();
  let broken = false;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      if (broken) return done();
      let bodies: Buffer[];
      try {
        bodies = parser.push(chunk);
      } catch (error) {
        broken = true;
        onCorrupt(error instanceof FramingError ? `the client sent ${error.message}; the connection cannot go on.` : String(error));
        return done();
      }
      for (const body of bodies) {
        if (!lifecycle.judgesEverything && !body.includes(INITIALIZE) && !body.includes(SHUTDOWN) && !body.includes(ESCAPE)) {
          this.push(frame(body));
          continue;
        }
        let message: unknown;
        try {
          message = JSON.parse(body.toString('utf8'));
        } catch {
          this.push(frame(body)); // not JSON: the connection answers with a parse error
          continue;
        }
        const verdict = lifecycle.judge(message);
        if (verdict.pass) this.push(frame(body));
        else if (verdict.replacement) this.push(frame(Buffer.from(JSON.stringify(verdict.replacement), 'utf8')));
      }
      done();
    },
  });
}
