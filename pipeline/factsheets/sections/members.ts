// The units an aggregate sheet lists briefly: a fylke's kommuner (fylke 03: Oslo's bydeler), the country's
// fylker, Oslo's bydeler. Report-year årsverk and rates per 10 000.
import { isBydel, OSLO } from '../../harmonise/index.ts';
import { sumRows, type RowSum } from '../../aggregate/index.ts';
import type { Shared } from '../shared.ts';
import type { Subject } from '../subject.ts';
import type { MemberRow } from '../types.ts';

function row(code: string, name: string, kind: MemberRow['kind'], sum: RowSum | undefined, imputed: boolean): MemberRow {
  return {
    code,
    name,
    kind,
    arsverk: { V: sum?.arsverk.V ?? 0, B: sum?.arsverk.B ?? 0 },
    per10000: { V: sum?.per10000.V, B: sum?.per10000.B },
    imputed,
  };
}

function unitRow(s: Shared, code: string): MemberRow {
  const r = s.rows.get(code)?.get(s.reportYear);
  const info = s.infos.get(code);
  return row(code, info?.name ?? code, isBydel(code) ? 'bydel' : 'kommune', r ? sumRows([r]) : undefined, !!r && r.imputation.kind !== 'reported');
}

function bydeler(s: Shared): MemberRow[] {
  return [...s.infos.keys()].filter(isBydel).sort().map((c) => unitRow(s, c));
}

export function members(s: Shared, subject: Subject): MemberRow[] {
  const { unit } = subject;
  if (unit.kind === 'land') {
    return s.fylker.map((f) => {
      const codes = [...s.infos.values()].filter((u) => u.fylke === f.code).map((u) => u.code);
      const imputed = codes.some((c) => s.rows.get(c)?.get(s.reportYear)?.imputation.kind !== 'reported');
      return row(f.code, f.name, 'fylke', s.fylke.get(f.code)?.get(s.reportYear), imputed);
    });
  }
  if (unit.code === OSLO || (unit.kind === 'fylke' && unit.code === '03')) return bydeler(s);
  if (unit.kind === 'fylke') {
    return (s.kommunerByFylke.get(unit.code) ?? []).map((code) => {
      if (code !== OSLO) return unitRow(s, code);
      const imputed = bydeler(s).some((b) => b.imputed);
      return row(code, 'Oslo', 'kommune', s.oslo.get(s.reportYear), imputed);
    });
  }
  return [];
}
