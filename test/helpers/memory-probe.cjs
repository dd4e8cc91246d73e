// Preloaded with `node --expose-gc --require` by the memory test: on SIGUSR2 the process collects its
// garbage and writes one `MEMORY {json}` line to stderr: its resident memory (VmRSS), and its live data,
// the heap in use after a full collection less compiled code (which grows as the JIT warms up, not with data).
'use strict';
const fs = require('node:fs');
const v8 = require('node:v8');
process.on('SIGUSR2', () => {
  if (typeof global.gc === 'function') {
    global.gc();
    global.gc();
  }
  const rssKb = Number(/^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0);
  const spaces = v8.getHeapSpaceStatistics();
  const used = (names) => spaces.filter((s) => names.includes(s.space_name)).reduce((n, s) => n + s.space_used_size, 0);
  const heapUsed = spaces.reduce((n, s) => n + s.space_used_size, 0);
  const code = used(['code_space', 'code_large_object_space']);
  process.stderr.write(`MEMORY ${JSON.stringify({ rssKb, heapUsed, code, data: heapUsed - code })}\n`);
});
