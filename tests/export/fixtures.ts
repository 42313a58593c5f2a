// Table models built by hand for the export tests: every column format, nulls, totals, text that looks
// like a formula or a number, long titles and ids, Norwegian letters.
import type { TableModel } from '../../pipeline/registry/types.ts';

export const DANGEROUS = [
  '=HYPERLINK("http://example.com/x","klikk")',
  '=1+1',
  '+47 22 00 00 00',
  '-2+3',
  '@SUM(A1:A2)',
  '\tTAB=1+1',
  '\rCR=1+1',
  '=cmd|\' /C calc\'!A0',
] as const;

export const headline: TableModel = {
  id: 'headline',
  title: 'Årsverk i kommunalt psykisk helse- og rusarbeid, voksne og barn og unge. 2023–2024',
  columns: [
    { key: 'gruppe', label: 'Målgruppe', format: 'text' },
    { key: 'a2023', label: '2023', unit: 'årsverk', format: 'integer' },
    { key: 'a2024', label: '2024', unit: 'årsverk', format: 'integer' },
    { key: 'endring', label: 'Endring', unit: 'årsverk', format: 'signedInteger' },
    { key: 'pst', label: 'Endring', unit: 'prosent', format: 'signedPercent1' },
    { key: 'rate', label: 'Årsverk per 10 000 i målgruppen', unit: 'per 10 000', format: 'decimal1' },
  ],
  rows: [
    { cells: { gruppe: 'Voksne', a2023: 13125.4, a2024: 13487.9, endring: 362.5, pst: 0.02762, rate: 31.86 } },
    { cells: { gruppe: 'Barn og unge', a2023: 3989.2, a2024: 3948.1, endring: -41.1, pst: -0.0103, rate: 34.1 } },
    { cells: { gruppe: 'I alt', a2023: 17114.6, a2024: 17436, endring: 321.4, pst: 0.01878, rate: null }, kind: 'total' },
  ],
  notes: ['Endring i prosent er regnet av urundede tall.', 'Fra 2024 er tiltakskategoriene endret; tallene er ikke fullt sammenlignbare.'],
  source: 'IS-24/8, Helsedirektoratet',
};

export const units: TableModel = {
  id: 'appendix-units-every-kommune-and-bydel-2024',
  title:
    'Årsverk og årsverk per 10 000 innbyggere for hver kommune og bydel, med endring fra året før og om tallene er videreført eller anslått. 2024',
  columns: [
    { key: 'kode', label: 'Kommunenummer', format: 'text' },
    { key: 'navn', label: 'Kommune', format: 'text' },
    { key: 'v', label: 'Årsverk voksne', format: 'decimal1' },
    { key: 'b', label: 'Årsverk barn og unge', format: 'decimal2' },
    { key: 'andel', label: 'Andel med høyere utdanning', unit: 'prosent', format: 'percent1' },
    { key: 'endring', label: 'Endring', unit: 'årsverk', format: 'signedDecimal1' },
    { key: 'flagg', label: 'Merknad', format: 'text' },
  ],
  rows: [
    { cells: { kode: '0301', navn: 'Oslo', v: 2512.34, b: 701.255, andel: 0.8125, endring: -12.3, flagg: null } },
    { cells: { kode: '1507', navn: 'Ålesund', v: 150.05, b: 40.5, andel: 0.779, endring: 0, flagg: 'videreført' } },
    { cells: { kode: '5636', navn: 'Unjárga – Nesseby', v: 3.2, b: null, andel: null, endring: null, flagg: 'anslått' } },
    { cells: { kode: '4024', navn: 'Hjartdal – Bø (sammenslått) æøå ÆØÅ', v: 0.04, b: 0, andel: 1, endring: 1234567.89, flagg: '1 234' } },
    ...DANGEROUS.map((s, i) => ({ cells: { kode: `99${String(i).padStart(2, '0')}`, navn: s, v: i + 0.5, b: i, andel: i / 10, endring: -i, flagg: s } })),
    { cells: { kode: '3', navn: '007', v: '.', b: 1, andel: 0.5, endring: 2, flagg: '-1' } },
    { cells: { kode: 'Fylke', navn: 'Sum', v: 2700.5, b: 760, andel: 0.8, endring: -10, flagg: null }, kind: 'subtotal' },
  ],
  notes: ['Tall for kommuner som ikke svarte, er videreført fra året før.'],
  source: 'Kilde: IS-24/8 og SSB (befolkning)',
};

/** Ids that break Excel's rules: forbidden characters, apostrophes, a clash ignoring case, the contents name. */
export const awkward: TableModel[] = [
  { ...tiny('fylke/hf:rates?*[1]'), title: 'Fylker og helseforetak' },
  { ...tiny('HEADLINE'), title: 'Same id as headline ignoring case' },
  { ...tiny("'quoted'"), title: 'Apostrophes at both ends' },
  { ...tiny('innhold'), title: 'Clashes with the contents sheet' },
  { ...tiny('history'), title: 'Reserved by Excel' },
  { ...tiny('x'.repeat(40)), title: 'Long id one' },
  { ...tiny('x'.repeat(45)), title: 'Long id two (same first 31 characters)' },
  { ...tiny(''), title: 'Empty id', rows: [] },
];

function tiny(id: string): TableModel {
  return {
    id,
    title: id,
    columns: [
      { key: 'k', label: 'Kategori', format: 'text' },
      { key: 'n', label: 'Antall', format: 'integer' },
    ],
    rows: [{ cells: { k: 'A', n: 1 } }],
    notes: [],
    source: 'Test',
  };
}
