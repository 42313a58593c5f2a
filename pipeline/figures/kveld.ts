// Survey KVELD_V / KVELD_B: share answering "Ja" (services in the afternoon and evening) by size group, voksne
// and barn og unge side by side. The figure's table is the `kveld` table: every share beside its n.
import { barChart } from '../charts/index.ts';
import { formatInteger, formatPercent } from '../format/index.ts';
import { SIZE_GROUPS } from '../reference/index.ts';
import type { TableRow } from '../registry/types.ts';
import { groupPhrase } from '../survey/index.ts';
import type { FigureDef } from '../registry/types.ts';
import { KVELD, kveldTable } from '../tables/kveld.ts';

export const kveldFigure: FigureDef = {
  kind: 'figure',
  id: 'kveld',
  chapter: 'tilbud',
  compute: (input) => {
    const table = kveldTable.compute(input);
    // Each category carries its n: one number when voksne and barn og unge have the same n, else both.
    const category = (r: (typeof table.rows)[number]) => {
      const [nV, nB] = [formatInteger(r.cells['nV'] as number), formatInteger(r.cells['nB'] as number)];
      return `${String(r.cells['gruppe'])} (n\u00a0=\u00a0${nV === nB ? nV : `${nV}/${nB}`})`;
    };
    const built = barChart({
      bars: table.rows.flatMap((r) =>
        KVELD.map((k) => ({ category: category(r), group: k.key, value: r.cells[`ja${k.key}`] as number | null })),
      ),
      categories: table.rows.map(category),
      groups: KVELD.map((k) => ({ key: k.key, label: k.label })),
      valueTitle: 'Andel som svarte ja',
      categoryTitle: 'Kommunestørrelse (innbyggere)',
      format: 'percent1',
      highlight: table.rows.filter((r) => r.kind === 'total').map(category),
    });
    const notes = [...table.notes, 'n står etter hver gruppe; to tall (n\u00a0=\u00a0a/b) når antallet som svarte for voksne (a) og for barn og unge (b) er ulikt.'];
    return {
      id: 'kveld',
      title: table.title,
      altText: table.rows.length > 0 ? kveldAltText(table.rows, input.reportYear) : table.notes[0]!,
      spec: built.spec,
      table: { ...table, notes },
      notes,
      source: table.source,
    };
  },
};

const pct = (x: unknown) => formatPercent(typeof x === 'number' ? x : null, { digits: 0, style: 'word' });

/** "Hele landet 2024: 45 prosent for voksne (n = 364) og 39 prosent for barn og unge (n = 365) svarte ja. Voksne: …" */
function kveldAltText(rows: TableRow[], year: number): string {
  const total = rows.find((r) => r.kind === 'total');
  const parts: string[] = [];
  if (total) {
    const each = KVELD.map((k) => `${pct(total.cells[`ja${k.key}`])} for ${k.label.toLocaleLowerCase('nb')} (n\u00a0=\u00a0${formatInteger(total.cells[`n${k.key}`] as number)})`);
    parts.push(`Hele landet ${year}: ${each.join(' og ')} svarte ja.`);
  }
  const sized = rows.flatMap((r) => {
    const g = SIZE_GROUPS.find((s) => s.label === r.cells['gruppe']);
    return g ? [{ r, phrase: groupPhrase(g.id, g.label) }] : [];
  });
  for (const k of KVELD) {
    const withShare = sized.filter((x) => typeof x.r.cells[`ja${k.key}`] === 'number');
    if (withShare.length < 2) continue;
    const v = (x: (typeof withShare)[number]) => x.r.cells[`ja${k.key}`] as number;
    const hi = withShare.reduce((a, b) => (v(b) > v(a) ? b : a));
    const lo = withShare.reduce((a, b) => (v(b) < v(a) ? b : a));
    parts.push(`${k.label}: høyest blant ${hi.phrase} (${pct(v(hi))}), lavest blant ${lo.phrase} (${pct(v(lo))}).`);
  }
  return parts.join(' ');
}
