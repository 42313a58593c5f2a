// The registry's tables as one HTML page (every TableModel, cells formatted as in the report and the Excel
// export), with links to the exported workbooks. Pure.
import { formatCell } from '../format/index.ts';
import type { TableModel } from '../registry/types.ts';
import { escapeHtml as e } from './html.ts';

function tableHtml(t: TableModel): string {
  const numeric = t.columns.map((c) => c.format !== 'text');
  const head = t.columns
    .map((c, i) => `<th scope="col"${numeric[i] ? ' class="num"' : ''}>${e(c.label)}${c.unit ? `<br><span class="unit">${e(c.unit)}</span>` : ''}</th>`)
    .join('');
  const rows = t.rows
    .map((r) => {
      const cells = t.columns
        .map((c, i) => {
          const text = e(formatCell(r.cells[c.key], c.format));
          return i === 0 && !numeric[0] ? `<th scope="row">${text}</th>` : `<td${numeric[i] ? ' class="num"' : ''}>${text}</td>`;
        })
        .join('');
      return `<tr${r.kind && r.kind !== 'data' ? ` class="${r.kind}"` : ''}>${cells}</tr>`;
    })
    .join('\n');
  const notes = t.notes.map((n) => `<p class="note">${e(n)}</p>`).join('');
  return (
    `<section id="t-${e(t.id)}"><h2>${e(t.title)} <code>${e(t.id)}</code></h2>` +
    `<table><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>${notes}` +
    `<p class="source">Kilde: ${e(t.source)}</p></section>`
  );
}

const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1100px; padding: 16px 24px 48px; color: #1b1b1b; }
h1 { font-size: 22px; } h2 { font-size: 16px; margin-top: 32px; } h2 code { font-size: 12px; color: #666; font-weight: normal; }
table { border-collapse: collapse; font-size: 13px; } th, td { padding: 3px 8px; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #333; } .num { text-align: right; font-variant-numeric: tabular-nums; }
tr.total th, tr.total td { font-weight: 700; border-top: 2px solid #333; } tr.subtotal th, tr.subtotal td { font-weight: 600; }
.unit { font-weight: normal; color: #555; font-size: 11px; } .note, .source { font-size: 12px; color: #444; margin: 4px 0; }
nav ul { columns: 2; font-size: 13px; }
`;

export function tablesPage(tables: readonly TableModel[], downloads: readonly string[], year: number): string {
  const files = downloads.filter((f) => f.endsWith('.xlsx'));
  const list = tables.map((t) => `<li><a href="#t-${e(t.id)}">${e(t.title)}</a></li>`).join('');
  return (
    `<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><title>Tabeller ${year}</title><style>${STYLE}</style></head><body>` +
    `<h1>Tabeller ${year}</h1>` +
    (files.length > 0
      ? `<p>Excel: ${files.map((f) => `<a href="/files/${f.split('/').map(encodeURIComponent).join('/')}" download>${e(f)}</a>`).join(', ')}</p>`
      : '<p>Ingen Excel-filer er laget ennå (<code>npm run build</code>).</p>') +
    (tables.length === 0 ? '<p>Registeret har ingen tabeller ennå.</p>' : `<nav><ul>${list}</ul></nav>${tables.map(tableHtml).join('\n')}`) +
    `</body></html>`
  );
}
