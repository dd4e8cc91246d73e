// Preloaded with `node --require` in tests: every way to reach the network throws and is reported on
// stderr, so a test can prove that a whole run opened no socket and made no DNS look-up.
'use strict';
const report = (what) => {
  process.stderr.write(`NETWORK ATTEMPT: ${what}\n`);
  throw new Error(`network access is forbidden in this test: ${what}`);
};
const net = require('node:net');
const tls = require('node:tls');
const http = require('node:http');
const https = require('node:https');
const dns = require('node:dns');
const dgram = require('node:dgram');
for (const [mod, name, fns] of [
  [net, 'net', ['connect', 'createConnection']],
  [tls, 'tls', ['connect']],
  [http, 'http', ['request', 'get']],
  [https, 'https', ['request', 'get']],
  [dns, 'dns', ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']],
  [dns.promises, 'dns.promises', ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']],
  [dgram, 'dgram', ['createSocket']],
]) {
  for (const fn of fns) mod[fn] = (...args) => report(`${name}.${fn}(${typeof args[0] === 'string' ? args[0] : ''})`);
}
const originalListen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  // Allow IPC pipes only; refuse TCP ports.
  if (typeof args[0] === 'number' || (args[0] && typeof args[0] === 'object' && 'port' in args[0])) report('net.Server.listen(port)');
  return originalListen.apply(this, args);
};
globalThis.fetch = (url) => report(`fetch(${url})`);
process.stderr.write('no-network guard installed\n');
