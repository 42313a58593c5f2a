// Figures of the generated data set next to the published ones: the calibration table printed by the
// command and written to data/raw/README.md. Computed from the in-memory model (the tests recompute them
// independently from the written workbooks).
import { SIZE_GROUPS } from '../reference/index.ts';
import type { Group, SizeGroupId, UnitCode, Year } from '../types.ts';
import type { GeneratedYear } from './model.ts';
import { PUBLISHED } from './targets.ts';

export interface CalibrationRow {
  year: Year;
  published: { total?: number; V?: number; B?: number; note?: string };
  generated: Record<Group | 'total', number>;
  /** Generated total per 1 000 inhabitants (national population on 1 January). */
  per1000: number;
  nonReporting: number;
  carried: number;
  estimated: number;
}

export function calibrationRows(years: GeneratedYear[], nationalPopulation: (year: Year) => number): CalibrationRow[] {
  return years.map((y) => {
    const V = y.national.V / 10;
    const B = y.national.B / 10;
    return {
      year: y.year,
      published: PUBLISHED[y.year] ?? {},
      generated: { V, B, total: V + B },
      per1000: ((V + B) / nationalPopulation(y.year)) * 1000,
      nonReporting: y.units.filter((u) => u.status === 'ikke levert').length,
      carried: y.imputed.filter((m) => m.method === 'carried-forward').length,
      estimated: y.imputed.filter((m) => m.method === 'estimated').length,
    };
  });
}

/** Norwegian number style: thousands separated by a space, decimal comma, minus sign U+2212. */
export function formatNumber(value: number, decimals = 0): string {
  const [whole, fraction] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const sign = value < 0 && Number(value.toFixed(decimals)) !== 0 ? '−' : '';
  return `${sign}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** Signed percentage deviation, e.g. "+0,03 %". */
export function formatDeviation(generated: number, published: number | undefined): string {
  if (published === undefined) return '–';
  const pct = Number((((generated - published) / published) * 100).toFixed(2));
  return `${pct > 0 ? '+' : ''}${formatNumber(pct, 2)} %`;
}

/** Per-10 000 rates in the target group by size group (reported + imputed values), as the report shows them. */
export function sizeGroupRates(y: GeneratedYear): { sizeGroup: SizeGroupId; units: number; rate: Record<Group, number> }[] {
  const values = new Map<UnitCode, Record<Group, number>>();
  for (const u of y.units) if (u.totals) values.set(u.code, u.totals);
  for (const m of y.imputed) values.set(m.code, m.totals);
  return SIZE_GROUPS.map((g) => {
    const units = y.units.filter((u) => u.sizeGroup === g.id);
    const rate = (group: Group) => {
      const arsverk = units.reduce((s, u) => s + (values.get(u.code)?.[group] ?? 0), 0) / 10;
      const population = units.reduce((s, u) => s + (group === 'V' ? u.population.age18plus : u.population.age0_17), 0);
      return (arsverk / population) * 10_000;
    };
    return { sizeGroup: g.id, units: units.length, rate: { V: rate('V'), B: rate('B') } };
  });
}

/** Plain-text calibration table for the terminal. */
export function calibrationText(rows: CalibrationRow[]): string {
  const lines = ['year   published (total / V / B)      generated (total / V / B)        dev. total  per 1 000  not reporting'];
  for (const r of rows) {
    const p = r.published;
    const pub = [p.total, p.V, p.B].map((x) => (x === undefined ? '–' : formatNumber(x))).join(' / ');
    const gen = [r.generated.total, r.generated.V, r.generated.B].map((x) => formatNumber(x, 1)).join(' / ');
    lines.push(
      `${r.year}   ${pub.padEnd(29)}  ${gen.padEnd(31)}  ${formatDeviation(r.generated.total, p.total).padStart(10)}  ${formatNumber(r.per1000, 2).padStart(9)}  ${String(r.nonReporting).padStart(13)}`,
    );
  }
  return lines.join('\n');
}

export interface Fact {
  what: string;
  published: string;
  generated: string;
}

function yearOf(years: GeneratedYear[], year: Year): GeneratedYear | undefined {
  return years.find((y) => y.year === year);
}

/** Share (0–100) of units answering one of `codes`, among units that answered the question. */
export function answerShare(y: GeneratedYear, question: string, codes: number[]): number {
  const answered = y.units.map((u) => u.answers?.[question]).filter((a): a is number => typeof a === 'number');
  return (answered.filter((a) => codes.includes(a)).length / answered.length) * 100;
}

export function calibrationFacts(years: GeneratedYear[]): Fact[] {
  const facts: Fact[] = [];
  const v = (year: Year, ...codes: string[]) => {
    const y = yearOf(years, year);
    return y ? codes.reduce((sum, c) => sum + (y.nationalByVariable[c] ?? 0), 0) / 10 : NaN;
  };
  const y22 = yearOf(years, 2022);
  const y23 = yearOf(years, 2023);
  if (y22 && y23) {
    const t22 = v(2022, 'B_T01');
    const t23 = v(2023, 'B_T01');
    facts.push({
      what: 'B_T01 helsestasjons- og skolehelsetjenesten, 2022 → 2023',
      published: '≈ 47 % of barn og unge; +107 årsverk (+6 %)',
      generated: `${formatNumber((t23 / (y23.national.B / 10)) * 100, 1)} %; ${formatNumber(t22, 1)} → ${formatNumber(t23, 1)} (${formatNumber(t23 - t22, 1)}, ${formatNumber((t23 / t22 - 1) * 100, 1)} %)`,
    });
    for (const g of ['B', 'V'] as const) {
      const p22 = v(2022, `${g}_U01`, `${g}_U02`);
      const p23 = v(2023, `${g}_U01`, `${g}_U02`);
      facts.push({
        what: `Psychologists (${g}_U01 + ${g}_U02), 2022 → 2023`,
        published: g === 'B' ? '+20' : '−8',
        generated: `${formatNumber(p22, 1)} → ${formatNumber(p23, 1)} (${p23 - p22 >= 0 ? '+' : ''}${formatNumber(p23 - p22, 1)})`,
      });
    }
  }
  if (yearOf(years, 2018) && yearOf(years, 2019)) {
    facts.push({ what: 'V_T08 lavterskel rus, 2018 → 2019', published: '228 → 474', generated: `${formatNumber(v(2018, 'V_T08'), 1)} → ${formatNumber(v(2019, 'V_T08'), 1)}` });
  }
  const share = (year: Year, q: string, codes: number[], published: string, label: string) => {
    const y = yearOf(years, year);
    if (y) facts.push({ what: `${year} ${q} ${label}`, published, generated: `${formatNumber(answerShare(y, q, codes), 1)} %` });
  };
  share(2023, 'RPH', [1], '26 %', '= 1 (own)');
  share(2023, 'RPH', [2], '4 %', '= 2 (inter-municipal)');
  share(2023, 'LAVTERSKEL', [1], 'about half', '= ja');
  share(2023, 'KVELD_V', [1], 'under half', '= ja');
  share(2023, 'KVELD_B', [1], 'under half', '= ja');
  share(2023, 'HENV_B_PH', [5], '34 %', 'stor økning');
  share(2023, 'HENV_B_PH', [4], '36 %', 'liten økning');
  share(2023, 'HENV_B_PH', [3], '21 %', 'uendret');
  share(2023, 'HENV_V_PH', [5], '36 %', 'stor økning');
  share(2023, 'HENV_V_PH', [4], '41 %', 'liten økning');
  share(2023, 'HENV_V_PH', [3], '18 %', 'uendret');
  share(2023, 'HENV_B_RUS', [5], 'no similar rise', 'stor økning');
  share(2023, 'HENV_V_RUS', [5], 'no similar rise', 'stor økning');
  share(2023, 'UTSKRIVNING', [1, 2], '53 %', 'store or visse problemer');
  share(2023, 'SAMARBEID_PHV', [4, 5], 'about 10 %', 'dårlig or svært dårlig');
  share(2023, 'ENDRING_PERSONELL', [1], '50 %', '= ja');
  share(2023, 'ENDRING_PERSONELL', [2], '21 %', '= planer');
  share(2017, 'FACT', [1, 2], '1 in 4', '= ja (own or shared)');
  share(2017, 'OH_DOGN', [1], '7 in 10', '= ja');
  share(2018, 'OH_DOGN', [1], 'over 80 %', '= ja');
  share(2020, 'BRUKERMEDVIRKNING', [1], '89 %', '= ja');
  share(2017, 'VOLD_OVERSIKT', [1], 'about 22 %', '= ja');
  share(2018, 'VOLD_SAMARBEID', [2], 'about half', '= i noen grad');
  share(2021, 'OMDISP_V', [1], 'about half', '= ja (voksne)');
  share(2021, 'OMDISP_B', [1], 'about two in three', '= ja (barn og unge)');
  if (y23) {
    for (const [q, n] of [['ENDRING_REELL_V', 19], ['ENDRING_REELL_B', 17]] as const) {
      const count = y23.units.filter((u) => u.answers?.[q] === 2).length;
      facts.push({ what: `2023 ${q} = 2 (endret beregningsmåte)`, published: `${n} units`, generated: `${count} units` });
    }
  }
  return facts;
}
