// Preloaded with `node --require` by the hostile-input tests: when the process exits, its peak resident
// memory (maxRSS, in KB) is written to the file named by FOLLOWUP_PEAK_MEMORY_FILE.
'use strict';
const fs = require('node:fs');
process.on('exit', () => {
  const file = process.env.FOLLOWUP_PEAK_MEMORY_FILE;
  if (file) fs.writeFileSync(file, String(process.resourceUsage().maxRSS));
});
