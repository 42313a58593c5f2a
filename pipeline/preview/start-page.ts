// The start page: the report and its chapters, every fact sheet (searchable by name and number, filterable by
// fylke, kind and review status in the browser: /_/start.js), the data-quality findings and the tables. Pure.
import type { ReviewStatus } from '../review/index.ts';
import { escapeHtml as e } from './html.ts';
import type { ChapterInfo, SheetUnit } from './project.ts';

export interface Reviewed {
  status: ReviewStatus;
  comment: string;
  /** Being rendered again after a change: the status is not known yet (the page reloads when it is). */
  pending?: boolean;
}

export interface StartPageInput {
  year: number;
  synthetic: boolean;
  units: readonly (SheetUnit & Reviewed)[];
  chapters: readonly (ChapterInfo & Reviewed)[];
  fylker: Readonly<Record<string, string>>;
  downloads: readonly string[];
}

export const STATUS_LABEL: Record<ReviewStatus, string> = {
  approved: 'Godkjent',
  'needs-changes': 'Må endres',
  'needs-review': 'Til gjennomgang',
};

const KIND_LABEL: Record<string, string> = { kommune: 'Kommune', bydel: 'Bydel', fylke: 'Fylke', land: 'Landet' };

const badge = (r: Reviewed) =>
  r.pending
    ? `<span class="pv-badge" data-status="pending">Oppdateres …</span>`
    : `<span class="pv-badge" data-status="${r.status}"${r.comment ? ` title="${e(r.comment)}"` : ''}>${STATUS_LABEL[r.status]}</span>`;

const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1100px; padding: 8px 24px 48px; color: #1b1b1b; }
h1 { font-size: 24px; margin: 8px 0 4px; } h2 { font-size: 18px; margin: 28px 0 8px; }
.sample { display: inline-block; background: #fff3c4; color: #5c4600; padding: 2px 8px; border-radius: 4px; font-size: 13px; }
.cards { display: flex; gap: 16px; flex-wrap: wrap; }
.card { border: 1px solid #d5dbe1; border-radius: 6px; padding: 12px 16px; flex: 1 1 280px; }
.card h2 { margin-top: 0; }
.chapters { list-style: none; padding: 0; margin: 8px 0 0; font-size: 13px; }
.chapters li { display: flex; justify-content: space-between; gap: 8px; padding: 2px 0; border-bottom: 1px solid #eee; }
.filters { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; margin: 8px 0; }
.filters input, .filters select { font: inherit; padding: 4px 8px; border: 1px solid #8a9bb0; border-radius: 4px; }
.filters input[type=search] { width: 18em; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #e3e6ea; }
thead th { border-bottom: 2px solid #333; position: sticky; top: 48px; background: #fff; }
td.code { font-variant-numeric: tabular-nums; color: #444; }
tr[hidden] { display: none; }
.counts { color: #444; font-size: 13px; }
.comment { color: #7a2f0c; font-size: 12px; }
`;

export function startPage(input: StartPageInput): string {
  const counts = { approved: 0, 'needs-changes': 0, 'needs-review': 0 } as Record<ReviewStatus, number>;
  for (const u of input.units) counts[u.status]++;
  const fylkeOptions = Object.entries(input.fylker)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, name]) => `<option value="${e(code)}">${e(code)} ${e(name)}</option>`)
    .join('');
  const kinds = [...new Set(input.units.map((u) => u.kind))];
  const rows = input.units
    .map((u) => {
      const fylke = u.fylke === undefined ? '' : `${u.fylke} ${input.fylker[u.fylke] ?? ''}`.trim();
      const search = `${u.code} ${u.name}`.toLowerCase();
      return (
        `<tr data-search="${e(search)}" data-fylke="${e(u.fylke ?? '')}" data-kind="${e(u.kind)}" data-status="${u.status}">` +
        `<td class="code">${e(u.code)}</td><td><a href="/factsheet/${encodeURIComponent(u.code)}">${e(u.name)}</a></td>` +
        `<td>${e(KIND_LABEL[u.kind] ?? u.kind)}</td><td>${e(fylke)}</td><td>${e(u.lang)}</td>` +
        `<td>${badge(u)}${u.status === 'needs-changes' && u.comment ? ` <span class="comment">${e(u.comment)}</span>` : ''}</td></tr>`
      );
    })
    .join('\n');
  const chapters = input.chapters
    .map((c) => `<li><a href="/report/${encodeURIComponent(c.id)}">${e(c.title)}</a>${badge(c)}</li>`)
    .join('');
  const xlsx = input.downloads.filter((f) => f.endsWith('.xlsx') && f.startsWith('tabeller/'));
  return (
    `<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>Forhåndsvisning IS-24/8 ${input.year}</title><style>${STYLE}</style><script src="/_/start.js" defer></script></head><body>` +
    `<h1>Forhåndsvisning ${input.year}</h1>` +
    (input.synthetic ? `<p class="sample">Eksempeldata – ikke offisielle tall</p>` : '') +
    `<div class="cards">` +
    `<div class="card"><h2><a href="/report">Rapporten</a></h2><p class="counts">Ett kapittel om gangen; <a href="/report/all">hele rapporten</a> tar lenger tid å vise.</p><ul class="chapters">${chapters}</ul></div>` +
    `<div class="card"><h2><a href="/quality">Datakvalitet</a></h2><p>Funn fra kontrollen av innsendte data.</p>` +
    `<h2><a href="/tables">Tabeller</a></h2><p>Alle tabeller i rapporten${xlsx.length > 0 ? `; Excel: ${xlsx.map((f) => `<a href="/files/${f.split('/').map(encodeURIComponent).join('/')}" download>${e(f.slice('tabeller/'.length))}</a>`).join(', ')}` : ''}.</p></div>` +
    `</div>` +
    `<h2 id="faktaark">Faktaark</h2>` +
    `<p class="counts">${input.units.length} faktaark: ${counts.approved} godkjent, ${counts['needs-changes']} må endres, ${counts['needs-review']} til gjennomgang.</p>` +
    `<div class="filters" role="search">` +
    `<input type="search" id="q" placeholder="Søk på navn eller nummer" aria-label="Søk på navn eller nummer" autocomplete="off">` +
    `<select id="fylke" aria-label="Fylke"><option value="">Alle fylker</option>${fylkeOptions}</select>` +
    `<select id="kind" aria-label="Type"><option value="">Alle typer</option>${kinds.map((k) => `<option value="${e(k)}">${e(KIND_LABEL[k] ?? k)}</option>`).join('')}</select>` +
    `<select id="status" aria-label="Status"><option value="">Alle statuser</option>${(Object.keys(STATUS_LABEL) as ReviewStatus[]).map((s) => `<option value="${s}">${STATUS_LABEL[s]}</option>`).join('')}</select>` +
    `<span id="shown" class="counts" aria-live="polite"></span></div>` +
    `<table id="sheets"><thead><tr><th>Nr.</th><th>Navn</th><th>Type</th><th>Fylke</th><th>Målform</th><th>Status</th></tr></thead><tbody>\n${rows}\n</tbody></table>` +
    `</body></html>`
  );
}
