/**
 * The base protocol's framing (`Content-Length: N\r\n\r\n` + N bytes), read strictly: a header line that
 * is not `Name: value`, a header section over 8 KB, a missing or malformed Content-Length, or one over
 * `MAX_CONTENT_LENGTH` (64 MB) is a `FramingError`. The server then ends with one line on stderr instead
 * of waiting for ever for a header that will not come, or buffering a gigabyte announced by a client.
 */

export const MAX_CONTENT_LENGTH = 64 * 1024 * 1024;
const MAX_HEADER_BYTES = 8 * 1024;
const HEADER_END = Buffer.from('\r\n\r\n');

export class FramingError extends Error {}

export class FrameParser {
  private header = Buffer.alloc(0);
  private body: Buffer[] = [];
  private bodyLength = 0;
  /** Bytes still to read of the current body; -1 while reading a header. */
  private remaining = -1;

  /** Feeds bytes; returns the bodies completed by them, in order. Throws FramingError on a corrupt stream. */
  push(chunk: Buffer): Buffer[] {
    const bodies: Buffer[] = [];
    let data = chunk;
    while (data.length) {
      if (this.remaining < 0) {
        const joined = this.header.length ? Buffer.concat([this.header, data]) : data;
        const end = joined.indexOf(HEADER_END);
        if (end < 0) {
          if (joined.length > MAX_HEADER_BYTES) throw new FramingError(`a message header longer than ${MAX_HEADER_BYTES} bytes without its end (\\r\\n\\r\\n)`);
          this.header = Buffer.from(joined);
          return bodies;
        }
        this.remaining = contentLength(joined.subarray(0, end).toString('ascii'));
        this.header = Buffer.alloc(0);
        this.body = [];
        this.bodyLength = 0;
        data = joined.subarray(end + HEADER_END.length);
      }
      const take = Math.min(this.remaining, data.length);
      if (take) this.body.push(Buffer.from(data.subarray(0, take)));
      this.bodyLength += take;
      this.remaining -= take;
      data = data.subarray(take);
      if (this.remaining === 0) {
        bodies.push(Buffer.concat(this.body, this.bodyLength));
        this.body = [];
        this.remaining = -1;
      }
    }
    return bodies;
  }
}

function contentLength(header: string): number {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new FramingError(`a corrupt message header: ${JSON.stringify(line.slice(0, 60))} is not "Name: value"`);
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name !== 'content-length') continue;
    if (!/^\d{1,12}$/.test(value)) throw new FramingError(`a Content-Length that is not a number: ${JSON.stringify(value.slice(0, 40))}`);
    length = Number(value);
  }
  if (length === undefined) throw new FramingError('a message header without Content-Length');
  if (length > MAX_CONTENT_LENGTH) throw new FramingError(`a message of ${length.toLocaleString('en')} bytes, over the ${MAX_CONTENT_LENGTH.toLocaleString('en')} (64 MB) that are accepted`);
  return length;
}

export function frame(body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}
