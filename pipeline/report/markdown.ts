// Markdown chapters (templates/report/chapters/<id>.md): prose in Markdown with the same Handlebars expressions
// as an .hbs chapter ({{int facts.national.arsverkTotal}}, {{table "size-rates"}}, {{ref "figure" "x"}}).
//
// Order: Markdown first, with every Handlebars expression protected, then Handlebars on the resulting HTML.
// Each {{…}} is swapped for a private-use token that Markdown leaves alone, markdown-it turns the prose into
// HTML, and the tokens are put back, giving an HTML Handlebars template. So what a helper writes (tables,
// figures, numbers with no-break spaces, fact texts) is never read as Markdown, and Markdown never sees quotes
// or underscores inside an expression. A paragraph holding nothing but expressions ({{#if x}} on its own line
// between blank lines) loses its <p>; a line that starts with a block helper ({{table}}, {{figure}},
// {{section}}) or a partial is a block of its own, without <p>, even without blank lines around it. `{.lead}` at the end of a paragraph gives
// it a class (markdown-it-attrs). Raw HTML is allowed (`html: true`).
import MarkdownIt from 'markdown-it';
import markdownItAttrs from 'markdown-it-attrs';

/** Helpers whose output is block-level HTML: a line holding only one of them is a block of its own. */
export const BLOCK_HELPERS: readonly string[] = ['table', 'figure', 'section', 'questions'];

const OPEN = '\uE010';
const CLOSE = '\uE011';
const TOKEN = /\uE010(\d+)\uE011/g;
const EXPRESSION = /\{\{\{[\s\S]*?\}\}\}|\{\{!--[\s\S]*?--\}\}|\{\{[\s\S]*?\}\}/g;

const md = new MarkdownIt({ html: true, linkify: false, typographer: false, breaks: false }).use(markdownItAttrs, {
  allowedAttributes: ['class', 'id', 'lang'],
});
/**
 * A paragraph that holds only expressions ({{#if x}} on its own line), or that starts with a block-level one
 * (env.blocks: a partial block with HTML after it on the line), is not a paragraph: its <p> is hidden, as
 * markdown-it does for tight lists.
 */
md.core.ruler.push('expression-blocks', (state) => {
  const blocks = (state.env as { blocks?: Set<number> }).blocks ?? new Set<number>();
  const t = state.tokens;
  for (let i = 0; i + 2 < t.length; i++) {
    if (t[i]!.type !== 'paragraph_open' || t[i + 1]!.type !== 'inline' || t[i + 2]!.type !== 'paragraph_close') continue;
    const content = t[i + 1]!.content;
    const first = /^\uE010(\d+)\uE011/.exec(content);
    if (content.replace(TOKEN, '').trim() === '' || (first && blocks.has(Number(first[1])))) {
      t[i]!.hidden = true;
      t[i + 2]!.hidden = true;
    }
  }
});

/** The title of a Markdown chapter (its first non-blank line `# Title`), and the source with that line blanked (line numbers kept). */
export function markdownTitle(source: string): { title: string; body: string } | undefined {
  const m = /^(\s*\n)?# +(.+?)[ \t]*#*[ \t]*$/m.exec(source);
  if (!m || source.slice(0, m.index).trim() !== '') return undefined;
  const line = m[0].slice(m[1]?.length ?? 0);
  const start = m.index + (m[1]?.length ?? 0);
  return { title: m[2]!, body: source.slice(0, start) + source.slice(start + line.length) };
}

export interface MarkdownTemplate {
  /** An HTML Handlebars template. */
  template: string;
  /** The line of the Markdown source that a line/column of `template` comes from (for error messages). */
  sourceLine: (line: number, column: number) => number | undefined;
}

/** Whether a line holding only expressions opens or closes block-level output (a block helper or a partial). */
function isBlockLine(expressions: readonly string[], partialBlocks: Set<string>): boolean {
  const first = expressions[0];
  if (first === undefined) return false;
  const open = /^\{\{~?#>\s*([\w/-]+)/.exec(first);
  if (open) {
    partialBlocks.add(open[1]!);
    return true;
  }
  if (/^\{\{~?>/.test(first)) return true;
  const close = /^\{\{~?\/\s*([\w/-]+)/.exec(first);
  if (close) return partialBlocks.has(close[1]!);
  const name = /^\{\{~?\s*([\w-]+)/.exec(first)?.[1];
  return name !== undefined && BLOCK_HELPERS.includes(name);
}

/** A Markdown chapter (its body, without the title line) → an HTML Handlebars template. */
export function markdownTemplate(source: string): MarkdownTemplate {
  const expressions: { text: string; offset: number }[] = [];
  const protectedSource = source.replace(EXPRESSION, (text: string, offset: number) => {
    expressions.push({ text, offset });
    return `${OPEN}${expressions.length - 1}${CLOSE}`;
  });
  // Lines that start with a block-level expression: blank lines around them, so Markdown ends the paragraph
  // there, and the paragraph they make is hidden (the core rule above).
  const partialBlocks = new Set<string>();
  const blocks = new Set<number>();
  const lines = protectedSource.split('\n').map((line) => {
    const first = /^\s*\uE010(\d+)\uE011/.exec(line);
    if (!first) return line;
    const texts = [...line.matchAll(TOKEN)].map((m) => expressions[Number(m[1])]!.text);
    if (!isBlockLine(texts, partialBlocks)) return line;
    blocks.add(Number(first[1]));
    return `\n${line}\n`;
  });
  const html = md.render(lines.join('\n'), { blocks });

  const segments: { at: number; end: number; offset: number }[] = [];
  let out = '';
  let last = 0;
  for (const m of html.matchAll(TOKEN)) {
    out += html.slice(last, m.index);
    const e = expressions[Number(m[1])]!;
    segments.push({ at: out.length, end: out.length + e.text.length, offset: e.offset });
    out += e.text;
    last = m.index + m[0].length;
  }
  out += html.slice(last);

  const lineStarts = [0];
  for (let i = out.indexOf('\n'); i >= 0; i = out.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return {
    template: out,
    sourceLine(line, column) {
      const at = (lineStarts[line - 1] ?? out.length) + column;
      // The expression at (or the last one before) the position: its line in the source.
      let best: (typeof segments)[number] | undefined;
      for (const s of segments) if (s.at <= at) best = s;
      if (best === undefined) return undefined;
      return source.slice(0, best.offset).split('\n').length;
    },
  };
}
