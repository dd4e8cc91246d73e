/** Hover on a front-matter date: the date in words, with its weekday, and the draft's timeline. */
import type { Hover } from 'vscode-languageserver';
import { monthName, parseDateValue, relativeDays, weekdayName, type DateValue } from '../../packages/engine/dates';
import { fieldSpec, KIND_LABELS } from '../../packages/engine/kinds';
import type { Plan } from '../../packages/engine/timeline';
import { shortDate } from '../../packages/engine/timeline';
import { SourceText } from '../../packages/engine/source';
import type { FrontMatter } from '../../packages/engine/frontmatter';
import type { ServerContext } from './serverContext';
import { frontMatterOf } from './textEdits';

export function longDate(d: DateValue): string {
  const time = d.minutes === undefined ? '' : ` at ${String(Math.floor(d.minutes / 60)).padStart(2, '0')}:${String(d.minutes % 60).padStart(2, '0')}`;
  return `${weekdayName(d)} ${d.day} ${monthName(d.month)} ${d.year}${time}`;
}

/** The timeline as Markdown list lines, with the next action last. */
export function timelineMarkdown(plan: Plan, today: DateValue): string {
  const lines = plan.entries.map((e) => `- ${shortDate(e.date, today)} — ${e.label}`);
  const title = plan.kind ? `Timeline of this ${KIND_LABELS[plan.kind]}` : 'Timeline';
  return [`**${title}**`, '', ...lines, '', `**Next:** ${plan.next.title}. ${plan.next.detail}`].join('\n');
}

export function dateHover(input: {
  frontMatter: FrontMatter | undefined;
  source: SourceText;
  offset: number;
  plan: Plan | undefined;
  today: DateValue;
}): Hover | null {
  const { frontMatter, offset } = input;
  if (!frontMatter) return null;
  for (const field of frontMatter.fields.values()) {
    const spec = fieldSpec(field.key);
    if (!spec || (spec.type !== 'date' && spec.type !== 'datetime')) continue;
    if (offset < field.valueStart || offset > field.valueEnd || field.valueStart === field.valueEnd) continue;
    const range = input.source.rangeOf(field.valueStart, field.valueEnd);
    const parsed = parseDateValue(field.text, spec.type === 'datetime');
    if (!parsed.ok) {
      return { range, contents: { kind: 'markdown', value: `\`${field.text}\` ${parsed.reason}.` } };
    }
    const head = `**${longDate(parsed.value)}** (${relativeDays(parsed.value, input.today)})`;
    const body = input.plan ? timelineMarkdown(input.plan, input.today) : '';
    return { range, contents: { kind: 'markdown', value: body ? `${head}\n\n${body}` : head } };
  }
  return null;
}

/** `textDocument/hover`: answered from the document's current check (its plan). */
export function registerHover(server: ServerContext): void {
  server.connection.onHover(
    server.guardAsync(
      'hover',
      async (params) => {
        const document = server.documents.get(params.textDocument.uri);
        if (!document) return null;
        const entry = await server.checks.current(document);
        if (!entry) return null;
        const source = new SourceText(document.getText());
        return dateHover({
          frontMatter: frontMatterOf(source.text),
          source,
          offset: source.offsetAt(params.position),
          plan: entry.plan,
          today: server.state.today(),
        });
      },
      null,
    ),
  );
}
