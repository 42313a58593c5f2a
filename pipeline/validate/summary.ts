// A short terminal summary of findings (English, for whoever runs the pipeline; the findings' own
// messages stay Norwegian): counts by severity and rule, then the first few errors and warnings.
import type { Finding, Severity } from '../types.ts';
import { isRuleId, RULES } from './messages.ts';

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** `is248_2024.xlsx › Årsverk!F17` */
export function locationText(f: Finding): string {
  const place = f.sheet ? (f.cell ? `${f.sheet}!${f.cell}` : f.sheet) : f.cell;
  return place ? `${f.file} › ${place}` : f.file;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines;
}

export interface SummaryOptions {
  /** How many findings to show in full (errors first, then warnings). Default 8. */
  show?: number;
  /** Line width. Default 100. */
  width?: number;
  /** The files checked (names as in findings), so that files without findings count too. */
  files?: readonly string[];
}

export function summariseFindings(findings: readonly Finding[], opts: SummaryOptions = {}): string {
  const show = opts.show ?? 8;
  const width = opts.width ?? 100;
  const counts = countBySeverity(findings);
  const files = new Set([...(opts.files ?? []), ...findings.map((f) => f.file)]);
  const out: string[] = [];
  const head = `${plural(counts.error, 'error', 'errors')}, ${plural(counts.warning, 'warning', 'warnings')}, ${counts.info} info`;
  out.push(files.size > 1 ? `${head} in ${files.size} files` : files.size === 1 ? `${[...files][0]}: ${head}` : head);
  if (findings.length === 0) return out.join('\n');

  const byRule = new Map<string, { severity: Severity; n: number }>();
  for (const f of findings) {
    const e = byRule.get(f.rule) ?? { severity: f.severity, n: 0 };
    e.n++;
    byRule.set(f.rule, e);
  }
  const order: Severity[] = ['error', 'warning', 'info'];
  const rules = [...byRule.entries()].sort(
    ([ra, a], [rb, b]) => order.indexOf(a.severity) - order.indexOf(b.severity) || b.n - a.n || ra.localeCompare(rb),
  );
  const ruleWidth = Math.max(...rules.map(([r]) => r.length));
  out.push('By rule:');
  for (const [rule, { severity, n }] of rules) {
    const title = isRuleId(rule) ? RULES[rule].title : '';
    out.push(`  ${severity.padEnd(7)} ${rule.padEnd(ruleWidth)} ${String(n).padStart(5)}  ${title}`.trimEnd());
  }

  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  const shownErrors = errors.slice(0, show);
  const shownWarnings = warnings.slice(0, Math.max(0, Math.min(3, show - shownErrors.length)));
  for (const [label, list, total] of [
    ['errors', shownErrors, errors.length],
    ['warnings', shownWarnings, warnings.length],
  ] as const) {
    if (list.length === 0) continue;
    out.push(`First ${label} (${list.length} of ${total}):`);
    for (const f of list) {
      out.push(`  ${f.severity === 'error' ? 'x' : '!'} ${locationText(f)}  [${f.rule}]`);
      out.push(...wrap(f.message, width - 4, '    '));
    }
  }
  out.push(
    counts.error > 0
      ? 'Errors must be fixed before the report can be built.'
      : 'No errors: the data can be used; check the warnings.',
  );
  return out.join('\n');
}
