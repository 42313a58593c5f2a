// The quality report as one self-contained Norwegian HTML page: counts per rule, then the findings
// grouped by severity, with a filter (free text, rule, severity) that works without any download. Next to each
// finding about a unit, the unit's own comment of that year (escaped like every other text).
import type { Finding, Severity, Year } from '../types.ts';
import { commentLookup, type UnitComment } from './comments.ts';
import { isRuleId, num, RULES, SEVERITY_NB } from './messages.ts';
import { SEVERITY_ORDER, sortFindings } from './report-order.ts';
import { countBySeverity } from './summary.ts';
import { escapeHtml } from '../util/escape.ts';

const e = escapeHtml;

function ruleTitle(rule: string): string {
  return isRuleId(rule) ? RULES[rule].tittel : rule;
}

const STYLE = `
body{font-family:"Open Sans",Arial,sans-serif;margin:2rem auto;max-width:78rem;padding:0 1rem;color:#1b1b1b;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem}
.lead{color:#444;margin-top:0}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3;position:sticky;top:0}
td.n{text-align:right;font-variant-numeric:tabular-nums}
td.comment{white-space:pre-line;min-width:14rem;color:#333}
@media (max-width:760px){section[data-severity]{overflow-x:auto}td.comment{min-width:12rem}}
td.cell,td.rule{white-space:nowrap;font-family:Consolas,monospace;font-size:.85rem}
.sev{display:inline-block;border-radius:3px;padding:0 .4rem;font-size:.8rem;font-weight:600}
.sev-error{background:#fbe3e4;color:#8a1f11}.sev-warning{background:#fff4ce;color:#6b4e00}.sev-info{background:#e8f0fb;color:#1f4f8a}
.filters{display:flex;gap:1rem;flex-wrap:wrap;align-items:center;background:#f7f7f7;padding:.6rem .8rem;border-radius:4px}
.filters label{font-size:.9rem}
[hidden]{display:none!important}
`;

const SCRIPT = `
(function(){
  var q=document.getElementById('q'),rule=document.getElementById('rule'),boxes=document.querySelectorAll('input[name=sev]');
  function apply(){
    var text=q.value.toLowerCase(),r=rule.value,sev={};
    boxes.forEach(function(b){sev[b.value]=b.checked;});
    document.querySelectorAll('tr[data-rule]').forEach(function(tr){
      var ok=sev[tr.dataset.severity]&&(!r||tr.dataset.rule===r)&&(!text||tr.textContent.toLowerCase().indexOf(text)>=0);
      tr.hidden=!ok;
    });
    document.querySelectorAll('section[data-severity]').forEach(function(s){
      s.hidden=!sev[s.dataset.severity]||!s.querySelector('tr[data-rule]:not([hidden])');
    });
  }
  q.addEventListener('input',apply);rule.addEventListener('change',apply);boxes.forEach(function(b){b.addEventListener('change',apply);});
  document.querySelector('.filters').hidden=false;
})();
`;

function filesText(files: readonly string[]): string {
  if (files.length === 0) return '';
  if (files.length <= 3) return ` (${e(files.join(', '))})`;
  return ` (${num(files.length, 0)} filer)`;
}

export interface HtmlReportOptions {
  year?: Year;
  /** The units' free-text comments, shown next to their findings of the same year. */
  comments?: readonly UnitComment[];
}

export function qualityReportHtml(findings: readonly Finding[], opts: HtmlReportOptions = {}): string {
  const sorted = sortFindings(findings);
  const counts = countBySeverity(findings);
  const title = `Datakvalitet IS-24/8${opts.year !== undefined ? ` ${opts.year}` : ''}`;
  const files = [...new Set(findings.map((f) => f.file))].sort();
  const commentOf = commentLookup(opts.comments ?? []);
  const withComment = findings.filter((f) => commentOf(f.year, f.unit) !== undefined).length;

  const byRule = new Map<string, { severity: Severity; n: number }>();
  for (const f of sorted) {
    const r = byRule.get(f.rule) ?? { severity: f.severity, n: 0 };
    r.n++;
    byRule.set(f.rule, r);
  }

  const parts: string[] = [];
  parts.push(`<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8">`);
  parts.push(`<meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(title)}</title><style>${STYLE}</style></head><body>`);
  parts.push(`<h1>${e(title)}</h1>`);
  parts.push(
    `<p class="lead">Funn fra kontrollen av innsendte data${filesText(files)}: ` +
      `${num(counts.error, 0)} feil, ${num(counts.warning, 0)} ${counts.warning === 1 ? 'advarsel' : 'advarsler'} og ${num(counts.info, 0)} ${counts.info === 1 ? 'merknad' : 'merknader'}. ` +
      `Feil må rettes før rapporten kan lages. Advarsler bør kontrolleres. Merknader viser hva som er rettet automatisk ved innlesing.` +
      (withComment > 0 ? ` Kolonnen «Kommentar fra enheten» viser hva enheten selv skrev i skjemaet det året (${num(withComment, 0)} funn har en slik kommentar).` : '') +
      `</p>`,
  );
  if (findings.length === 0) {
    parts.push('<p>Ingen funn: dataene følger kodeboka.</p></body></html>');
    return parts.join('\n');
  }

  parts.push('<h2>Funn per regel</h2><table><thead><tr><th>Alvorlighet</th><th>Regel</th><th>Beskrivelse</th><th>Antall</th></tr></thead><tbody>');
  for (const sev of SEVERITY_ORDER) {
    for (const [rule, r] of [...byRule].filter(([, r]) => r.severity === sev).sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))) {
      parts.push(
        `<tr><td><span class="sev sev-${sev}">${e(SEVERITY_NB[sev].one)}</span></td><td class="rule">${e(rule)}</td><td>${e(ruleTitle(rule))}</td><td class="n">${num(r.n, 0)}</td></tr>`,
      );
    }
  }
  parts.push('</tbody></table>');

  parts.push('<h2>Alle funn</h2><div class="filters" hidden>');
  parts.push('<label>Søk: <input id="q" type="search" placeholder="enhet, celle, tekst"></label>');
  parts.push('<label>Regel: <select id="rule"><option value="">Alle regler</option>');
  for (const rule of [...byRule.keys()].sort()) parts.push(`<option value="${e(rule)}">${e(rule)} – ${e(ruleTitle(rule))}</option>`);
  parts.push('</select></label>');
  for (const sev of SEVERITY_ORDER) {
    parts.push(`<label><input type="checkbox" name="sev" value="${sev}" checked> ${e(SEVERITY_NB[sev].many)} (${num(counts[sev], 0)})</label>`);
  }
  parts.push('</div>');

  for (const sev of SEVERITY_ORDER) {
    const list = sorted.filter((f) => f.severity === sev);
    if (list.length === 0) continue;
    parts.push(`<section data-severity="${sev}"><h2>${e(SEVERITY_NB[sev].many)} (${num(list.length, 0)})</h2>`);
    parts.push('<table><thead><tr><th>Fil</th><th>Ark</th><th>Celle</th><th>Enhet</th><th>Regel</th><th>Melding</th><th>Kommentar fra enheten</th></tr></thead><tbody>');
    for (const f of list) {
      parts.push(
        `<tr data-rule="${e(f.rule)}" data-severity="${sev}"><td>${e(f.file)}</td><td>${e(f.sheet ?? '')}</td><td class="cell">${e(f.cell ?? '')}</td>` +
          `<td>${e(f.unit ?? '')}</td><td class="rule" title="${e(ruleTitle(f.rule))}">${e(f.rule)}</td><td>${e(f.message)}</td>` +
          `<td class="comment">${e(commentOf(f.year, f.unit) ?? '')}</td></tr>`,
      );
    }
    parts.push('</tbody></table></section>');
  }
  parts.push(`<script>${SCRIPT}</script></body></html>`);
  return parts.join('\n');
}
