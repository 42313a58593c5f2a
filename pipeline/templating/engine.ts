// A Handlebars environment for the report and the fact sheets: strict (a template that reads a missing field
// fails with the template's name, the field and the line), Norwegian number helpers, partials from folders.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Handlebars from 'handlebars';
import { registerHelpers, type Lang } from './helpers.ts';
import { PipelineError } from '../errors.ts';

export class TemplateError extends PipelineError {
  constructor(
    readonly template: string,
    readonly field: string | undefined,
    readonly detail: string,
  ) {
    super(field ? 'template.missing-field' : 'template.failed', `template ${template}: ${field ? `missing field "${field}"` : 'error'} (${detail})`);
  }
}

export interface EngineOptions {
  /** Folders whose `*.hbs` files become partials, named by path without extension (`partials/table`). */
  partialDirs?: string[];
  /** Written standard for the word helpers (`change`, `plural` words); default bokmål. */
  lang?: Lang;
}

export interface TemplateEngine {
  /** Renders a template file (path) or a registered template name with `context`. */
  render(template: string, context: object): string;
  /** Renders template text (e.g. made from a Markdown chapter); errors name `template`. Compiled once per text. */
  renderSource(template: string, source: string, context: object): string;
  /** The underlying Handlebars environment, for extra helpers. */
  readonly handlebars: typeof Handlebars;
}

const STRICT: CompileOptions = { strict: true, noEscape: false, preventIndent: true };
type CompileOptions = Parameters<typeof Handlebars.compile>[1];

function hbsFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.hbs')) out.push(p);
    }
  };
  if (statSync(dir, { throwIfNoEntry: false })?.isDirectory()) walk(dir);
  return out;
}

/** Turns Handlebars' `"x" not defined in [object Object] - 3:14` into a TemplateError naming the template. */
export function templateError(template: string, err: unknown): TemplateError {
  const message = err instanceof Error ? err.message : String(err);
  const m = /^"([^"]+)" not defined in .* - (\d+):(\d+)/.exec(message);
  if (m) return new TemplateError(template, m[1], `line ${m[2]}, column ${Number(m[3]) + 1}`);
  return new TemplateError(template, undefined, message.split('\n')[0] ?? message);
}

export function createEngine(opts: EngineOptions = {}): TemplateEngine {
  const hb = Handlebars.create();
  registerHelpers(hb, opts.lang ?? 'nb');
  for (const dir of opts.partialDirs ?? []) {
    for (const file of hbsFiles(dir)) {
      const name = relative(dir, file).replace(/\.hbs$/, '').split('\\').join('/');
      const compiled = hb.compile(readFileSync(file, 'utf8'), STRICT);
      // Partials report errors under their own name.
      hb.registerPartial(name, (ctx: unknown, o?: Handlebars.RuntimeOptions) => {
        try {
          return compiled(ctx, o);
        } catch (err) {
          throw err instanceof TemplateError ? err : templateError(`${file}`, err);
        }
      });
    }
  }
  const cache = new Map<string, { source: string; fn: Handlebars.TemplateDelegate }>();
  const run = (template: string, source: () => string, context: object): string => {
    const text = source();
    let entry = cache.get(template);
    if (!entry || entry.source !== text) {
      try {
        entry = { source: text, fn: hb.compile(text, STRICT) };
      } catch (err) {
        throw templateError(template, err);
      }
      cache.set(template, entry);
    }
    try {
      return entry.fn(context);
    } catch (err) {
      throw err instanceof TemplateError ? err : templateError(template, err);
    }
  };
  const files = new Map<string, string>();
  return {
    handlebars: hb,
    render(template, context) {
      return run(template, () => files.get(template) ?? files.set(template, readFileSync(template, 'utf8')).get(template)!, context);
    },
    renderSource(template, source, context) {
      return run(template, () => source, context);
    },
  };
}
