// The targets of `npm run bench --check` (issue 14): a ratio to the floor measured in the same run, or an
// absolute figure where the issue gives one. Ratios to harper.js apply when it runs (`--peers`).
export const TARGETS = {
  coldStart: { ratio: 1.6, text: '≤ 1.6 × floor' },
  edit300: { value: 5, text: 'p95 ≤ 5 ms' },
  edit10k: { value: 20, text: 'p95 ≤ 20 ms' },
  suggestion: { value: 20, text: 'p95 ≤ 20 ms' },
  memory: { value: 100, text: '≤ 100 MB' },
  memoryBoth: { value: 115, text: '≤ 115 MB' },
  cliOne: { ratio: 2.5, text: '≤ 2.5 × node -e 0' },
  cli1000: { value: 5000, text: '≤ 5 s' },
  harperColdStart: { ratio: 0.06, text: '≤ 0.06 × harper.js' },
  harperMemory: { ratio: 0.2, text: '≤ 0.2 × harper.js' },
};
