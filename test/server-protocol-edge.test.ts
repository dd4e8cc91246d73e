/**
 * A client that breaks the protocol (issue 18, third table), over stdio and Node IPC as editors connect:
 * requests before `initialize` get -32002 and do nothing (no words.txt written), a second `initialize` is
 * an error, and a garbled header or a Content-Length over 64 MB ends the server with one line on stderr
 * (exit 1) instead of a silent hang or a gigabyte buffered.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StreamMessageReader } from 'vscode-jsonrpc/node';
import { SERVER } from './helpers/lspClient';

interface Reply {
  id?: number;
  result?: unknown;
  error?: { code: number; message: string };
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill();
});

function home(): string {
  return fs.mkdtempSync(path.join(tmpdir(), 'followup-edge-'));
}

function wordsFile(dir: string): string {
  return path.join(dir, 'config', 'followup', 'words.txt');
}

const INITIALIZE = { processId: null, rootUri: null, capabilities: {}, initializationOptions: {} };
const ADD_WORD = { command: 'followup.addUserWord', arguments: ['Zorblatt'] };

/** A server on stdio, written to byte by byte as a client would, with its replies and stderr collected. */
function stdioServer(dir: string) {
  const child = spawn(process.execPath, [SERVER, '--stdio'], {
    env: { PATH: process.env.PATH, HOME: dir, XDG_CONFIG_HOME: path.join(dir, 'config') },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.push(child);
  child.stdin!.on('error', () => undefined); // the server may close its end first: that is the point
  const replies: Reply[] = [];
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  new StreamMessageReader(child.stdout!).listen((m) => replies.push(m as Reply));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const send = (message: object) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
    child.stdin!.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
  };
  const reply = async (id: number): Promise<Reply> => {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const found = replies.find((r) => r.id === id);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no reply ${id}; stderr: ${stderr}`);
  };
  return { child, send, reply, exited, stderr: () => stderr };
}

describe('the lifecycle, on stdio', () => {
  it('answers a request before initialize with -32002 and does nothing; a second initialize is an error', async () => {
    const dir = home();
    const s = stdioServer(dir);
    s.send({ id: 1, method: 'workspace/executeCommand', params: ADD_WORD });
    s.send({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///x.md', languageId: 'markdown', version: 1, text: 'hi' } } });
    const early = await s.reply(1);
    expect(early.error?.code).toBe(-32002);
    expect(early.error?.message).toMatch(/"workspace\/executeCommand" was sent before initialize/);
    expect(fs.existsSync(wordsFile(dir))).toBe(false);

    s.send({ id: 2, method: 'initialize', params: INITIALIZE });
    expect((await s.reply(2)).result).toMatchObject({ capabilities: expect.any(Object) });
    s.send({ id: 3, method: 'initialize', params: INITIALIZE });
    const second = await s.reply(3);
    expect(second.error?.code).toBe(-32600);
    expect(second.error?.message).toMatch(/initialize was already received/);

    // After initialize, the same command works.
    s.send({ method: 'initialized', params: {} });
    s.send({ id: 4, method: 'workspace/executeCommand', params: ADD_WORD });
    expect((await s.reply(4)).error).toBeUndefined();
    expect(fs.readFileSync(wordsFile(dir), 'utf8')).toBe('Zorblatt\n');
    s.send({ id: 5, method: 'shutdown' });
    await s.reply(5);
    s.send({ method: 'exit' });
    expect(await s.exited).toBe(0);
    expect(s.stderr()).toBe('');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('a second initialize however it is spelt', () => {
  it('is an error even with the method name written with a JSON escape', async () => {
    const s = stdioServer(home());
    s.send({ id: 1, method: 'initialize', params: INITIALIZE });
    await s.reply(1);
    const body = Buffer.from(`{"jsonrpc":"2.0","id":2,"method":"\\u0069nitialize","params":${JSON.stringify(INITIALIZE)}}`);
    s.child.stdin!.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
    expect((await s.reply(2)).error?.code).toBe(-32600);
  });
});

describe('a corrupt stream ends the server with one line on stderr', () => {
  it('a garbled header followed by a well-formed request', async () => {
    const s = stdioServer(home());
    const started = performance.now();
    s.child.stdin!.write('this is not a header\r\n\r\n');
    s.send({ id: 1, method: 'initialize', params: INITIALIZE });
    expect(await s.exited).toBe(1);
    console.log(`garbled header: exited in ${(performance.now() - started).toFixed(0)} ms`);
    expect(s.stderr().trim().split('\n')).toEqual(['followup-language-server: the client sent a corrupt message header: "this is not a header" is not "Name: value"; the connection cannot go on.']);
  });

  it('a Content-Length of 1,000,000,000 followed by data is refused before anything is buffered', async () => {
    const s = stdioServer(home());
    const started = performance.now();
    s.child.stdin!.write('Content-Length: 1000000000\r\n\r\n');
    s.child.stdin!.write(Buffer.alloc(4 * 1024 * 1024, 0x61));
    expect(await s.exited).toBe(1);
    console.log(`Content-Length 1e9: exited in ${(performance.now() - started).toFixed(0)} ms`);
    expect(s.stderr().trim().split('\n')).toEqual([
      'followup-language-server: the client sent a message of 1,000,000,000 bytes, over the 67,108,864 (64 MB) that are accepted; the connection cannot go on.',
    ]);
  });

  it('a header that never ends', async () => {
    const s = stdioServer(home());
    s.child.stdin!.write('Content-Length: 10\r\n' + 'X-Padding: y\r\n'.repeat(1000));
    expect(await s.exited).toBe(1);
    expect(s.stderr()).toMatch(/^followup-language-server: the client sent a message header longer than 8192 bytes/);
  });
});

describe('the lifecycle, on Node IPC (as VS Code connects)', () => {
  it('answers a request before initialize with -32002, and a second initialize with an error', async () => {
    const dir = home();
    const child = fork(SERVER, ['--node-ipc'], { env: { PATH: process.env.PATH, HOME: dir, XDG_CONFIG_HOME: path.join(dir, 'config') }, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    children.push(child);
    const replies: Reply[] = [];
    child.on('message', (m) => replies.push(m as Reply));
    const reply = async (id: number) => {
      for (let i = 0; i < 1000 && !replies.find((r) => r.id === id); i++) await new Promise((r) => setTimeout(r, 10));
      return replies.find((r) => r.id === id)!;
    };
    child.send({ jsonrpc: '2.0', id: 1, method: 'workspace/executeCommand', params: ADD_WORD });
    expect((await reply(1)).error?.code).toBe(-32002);
    child.send({ jsonrpc: '2.0', id: 2, method: 'initialize', params: INITIALIZE });
    expect((await reply(2)).result).toBeDefined();
    child.send({ jsonrpc: '2.0', id: 3, method: 'initialize', params: INITIALIZE });
    expect((await reply(3)).error?.code).toBe(-32600);
    expect(fs.existsSync(wordsFile(dir))).toBe(false);
    child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('the frame parser', () => {
  it('gives back exactly the bodies sent, however the bytes are cut', async () => {
    const { FrameParser, frame } = await import('../packages/node-host/framing');
    const bodies = ['{}', JSON.stringify({ text: 'é🙂'.repeat(1000) }), '', 'x'.repeat(70_000)].map((t) => Buffer.from(t));
    const stream = Buffer.concat([...bodies.map(frame), Buffer.from('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 2\r\n\r\n[]')]);
    for (const size of [1, 7, 4096, stream.length]) {
      const parser = new FrameParser();
      const got: Buffer[] = [];
      for (let i = 0; i < stream.length; i += size) got.push(...parser.push(stream.subarray(i, i + size)));
      expect(got.map(String)).toEqual([...bodies.map(String), '[]']);
    }
  });
});

describe('the lifecycle, on a socket (--socket=N, the server connects to the editor)', () => {
  it('answers a request before initialize with -32002', async () => {
    const net = await import('node:net');
    const { StreamMessageWriter } = await import('vscode-jsonrpc/node');
    const dir = home();
    const listener = net.createServer();
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const port = (listener.address() as { port: number }).port;
    const connected = new Promise<import('node:net').Socket>((resolve) => listener.once('connection', resolve));
    const child = spawn(process.execPath, [SERVER, `--socket=${port}`], { env: { PATH: process.env.PATH, HOME: dir, XDG_CONFIG_HOME: path.join(dir, 'config') }, stdio: 'ignore' });
    children.push(child);
    const socket = await connected;
    const replies: Reply[] = [];
    new StreamMessageReader(socket).listen((m) => replies.push(m as Reply));
    const writer = new StreamMessageWriter(socket);
    await writer.write({ jsonrpc: '2.0', id: 1, method: 'workspace/executeCommand', params: ADD_WORD } as never);
    for (let i = 0; i < 1000 && !replies.length; i++) await new Promise((r) => setTimeout(r, 10));
    expect(replies[0]?.error?.code).toBe(-32002);
    expect(fs.existsSync(wordsFile(dir))).toBe(false);
    socket.destroy();
    listener.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
