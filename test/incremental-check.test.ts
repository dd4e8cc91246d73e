/**
 * Re-checking only what changed must never change a finding. A draft is parsed in chunks that are reused
 * while their text is unchanged, and rules cache their work per block of prose; these tests make random
 * edits (fixed seed, so a failure reproduces) and compare, after every edit:
 * - the chunked parse with one parse of the whole text (mdast with positions, prose blocks, code, links,
 *   comments), and
 * - check() that reuses the caches of all the earlier edits with check() from empty caches.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../packages/engine/check';
import { parseDraft, parseDraftWhole, type Draft } from '../packages/engine/draft';
import { chunkStarts } from '../packages/engine/markdownChunks';
import { defaultSettings } from '../packages/engine/settings';
import { LruCache } from '../packages/engine/spelling/lru';
import { mulberry32 as rng } from './helpers/random';

const today = { year: 2026, month: 11, day: 20 };
const settings = { ...defaultSettings(), checkAllMarkdown: true };


const DRAFT = `---
kind: thank-you
company: Hartley & Finch LLP
interviewer: Margaret Hale
position: Legal Secretary
interview_date: 2026-11-19
send_date: 2026-11-20
subject: Thank you for the interview
---

Dear Margaret,

Thank you for taking the time to meet me on Friday. I realy enjoyed our conversation about the new
case management system, and I just wanted to say sorry for running late!!

I have attached the [summary](https://example.com/summary) we talked about. Please let me know if
there is anything else you need. I recieve around forty letters a day.

> A quote from the article: "we value the the people".

- first point about the role
- second point

<!-- followup-disable-next-line tone/hedging -->
I think I could perhaps help with the backlog.

Kind regards,
Anna Lewis
`;

const NOTES = `# Interview notes

Some notes about the interview with the the team. It went well, I think, and I was a bit nervous.

\`\`\`js
const x = 1;

const y = 2;
\`\`\`

## Questions

1. What does a typical day look like?

2. How is the team organised?

<!--
A comment that spans

blank lines
-->

    indented code

after the code, a paragraph with an URL https://example.com/path and a email me@example.com.

<pre>
preformatted

text
</pre>

Setext heading
==============

~~~
tilde fence
~~~

* * *

Last paragraph, SHOUTING VERY LOUDLY here. Sorry, sorry, so sorry.
`;

/** Pieces that open and close the constructs that can span blank lines, and plain text. */
const PIECES = [
  '\n', '\n\n', ' ', 'a', 'the ', 'recieve ', '```\n', '```', '~~~~\n', '<!--', '-->', '<pre>', '</pre>', '- ', '1. ', '> ',
  '    ', '\t', '#', '---\n', '[x]: https://example.com\n', '[x]', '`', '*', '_', '!', '"', '\r\n', '\r', 'Sorry! ', 'I think ',
  'ASAP ', 'kind: check-in\n', '<div>\n', '===\n', ':', '<script>', '</script>',
];

function edit(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const r = random();
  if (r < 0.55) return text.slice(0, at) + PIECES[Math.floor(random() * PIECES.length)] + text.slice(at);
  if (r < 0.85) return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 8));
  // Move a line elsewhere, as cut and paste does.
  const lines = text.split('\n');
  const [line] = lines.splice(Math.floor(random() * lines.length), 1);
  lines.splice(Math.floor(random() * (lines.length + 1)), 0, line);
  return lines.join('\n');
}

function comparable(draft: Draft) {
  const { source, ...rest } = draft;
  return { ...rest, text: source.text };
}

describe('chunked parsing', () => {
  // Hundreds of whole-text parses: about 10 s on an idle machine, over 40 s on a loaded one (a bound on work, not time).
  it('equals one parse of the whole text after every random edit', { timeout: 180_000 }, () => {
    for (const [seed, start] of [[1, DRAFT], [2, NOTES], [3, DRAFT.replace(/\n/g, '\r\n')], [4, NOTES + DRAFT], [5, '']] as const) {
      const random = rng(seed);
      let text: string = start;
      for (let step = 0; step < 400; step++) {
        text = edit(text, random);
        const chunked = parseDraft(text);
        const whole = parseDraftWhole(text);
        if (JSON.stringify(comparable(chunked)) !== JSON.stringify(comparable(whole))) {
          // Show the text that differs, so the failure can be reproduced and reduced.
          expect({ seed, step, ...comparable(chunked) }).toEqual({ seed, step, ...comparable(whole) });
        }
      }
    }
  });

  it('does cut the texts above into chunks (else the comparison would prove nothing)', () => {
    expect(chunkStarts(NOTES, 0)?.length).toBeGreaterThan(8);
    expect(chunkStarts(DRAFT, parseDraft(DRAFT).bodyStart)?.length).toBeGreaterThan(5);
    // A link reference definition changes how text anywhere parses: no cuts.
    expect(chunkStarts(`${NOTES}\n[x]: https://example.com\n`, 0)).toBeUndefined();
  });
});

describe('check() with caches', () => {
  it('finds the same as a check from empty caches, after every random edit', () => {
    for (const [seed, start] of [[11, DRAFT], [12, NOTES]] as const) {
      const random = rng(seed);
      let text: string = start;
      for (let step = 0; step < 120; step++) {
        text = edit(text, random);
        const reused = check(text, { settings, today }).findings;
        LruCache.clearAll();
        const fresh = check(text, { settings, today }).findings;
        expect({ seed, step, text, findings: reused }).toEqual({ seed, step, text, findings: fresh });
      }
    }
  });
});
