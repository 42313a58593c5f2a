// Every finding's rule id, severity and wording, in one place (like vega-lite's src/log/message.ts).
// `title` is a short English name for the terminal summary; `tittel` and `message` are Norwegian, for the
// municipal clerk who fixes the workbook. Rule ids are stable: tests, filters and the quality report use them.
import type { Finding, Severity, Year } from '../types.ts';

// ---------------------------------------------------------------------------------------------
// Norwegian formatting for messages

/** A number in Norwegian style: decimal comma, no-break-space thousands, minus U+2212, at most `decimals` decimals. */
export function num(x: number, decimals = 2): string {
  if (!Number.isFinite(x)) return String(x);
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(x) * factor) / factor;
  const [int = '0', frac] = String(rounded).split('.');
  const grouped = int.length > 3 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0') : int;
  const sign = x < 0 && rounded !== 0 ? '\u2212' : '';
  return sign + grouped + (frac ? `,${frac}` : '');
}

/** `1, 2 og 3` (or `1, 2 eller 3`). */
export function list(items: readonly string[], conjunction: 'og' | 'eller' = 'og'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** Years as ranges: [2007, …, 2019, 2021] → `2007–2019 og 2021`. */
export function yearRanges(years: readonly Year[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  for (let i = 0; i < sorted.length; i++) {
    const y = sorted[i]!;
    const next = sorted[i + 1];
    if (next !== y + 1) {
      parts.push(start === y ? String(y) : `${start}–${y}`);
      start = next;
    }
  }
  return list(parts);
}

/** Quotes a value from the workbook, shortened, for a message: «2,5». */
export function quote(value: unknown, max = 40): string {
  const s = String(value);
  return `«${s.length > max ? `${s.slice(0, max - 1)}…` : s}»`;
}

/** `2 mellomrom på slutten`, `1 mellomrom først og 1 på slutten`, `mellomrom inni`: spaces a reader cannot see. */
export function spaces(raw: string): string {
  const lead = raw.length - raw.trimStart().length;
  const trail = raw.length - raw.trimEnd().length;
  if (raw.trim() === '') return `bare mellomrom (${raw.length})`;
  if (lead && trail) return `${lead} mellomrom først og ${trail} på slutten`;
  if (lead) return `${lead} mellomrom først`;
  if (trail) return `${trail} mellomrom på slutten`;
  return 'mellomrom inni';
}

const GROUP_NAME = { V: 'voksne', B: 'barn og unge' } as const;
export function groupName(group: 'V' | 'B'): string {
  return GROUP_NAME[group];
}

// ---------------------------------------------------------------------------------------------
// The rules

interface RuleDef<P> {
  severity: Severity;
  /** Short English name, for the terminal summary. */
  title: string;
  /** Short Norwegian name, for the quality report. */
  tittel: string;
  message: (p: P) => string;
}

function rule<P>(def: RuleDef<P>): RuleDef<P> {
  return def;
}

/** `u`: the unit as a clerk reads it, e.g. `Bydel 030105 Frogner` (see unit-label.ts). */
interface U {
  u: string;
}
interface Cell {
  cell: string;
}

export const RULES = {
  // --- the file -------------------------------------------------------------------------------
  'file.not-found': rule<{ file: string }>({
    severity: 'error',
    title: 'File not found',
    tittel: 'Filen finnes ikke',
    message: (p) => `Filen ${p.file} finnes ikke.`,
  }),
  'file.not-excel': rule<{ file: string; hint: string }>({
    severity: 'error',
    title: 'Not an Excel workbook (.xlsx)',
    tittel: 'Ikke en Excel-fil',
    message: (p) => `Filen ${p.file} er ikke en Excel-arbeidsbok (.xlsx)${p.hint}. Lagre filen som Excel-arbeidsbok (.xlsx) og send den på nytt.`,
  }),
  'file.unreadable': rule<{ file: string; reason: string }>({
    severity: 'error',
    title: 'Workbook cannot be read',
    tittel: 'Filen kan ikke leses',
    message: (p) => `Filen ${p.file} kan ikke leses som Excel-arbeidsbok (${p.reason}). Åpne den i Excel, lagre den på nytt som .xlsx og send den igjen.`,
  }),
  'file.damaged': rule<{ file: string }>({
    severity: 'error',
    title: 'Damaged zip package',
    tittel: 'Filen er skadet',
    message: (p) =>
      `Filen ${p.file} er skadet: zip-pakken som en .xlsx-fil består av, er ufullstendig eller har endrede byte (for eksempel avbrutt under kopiering eller opplasting). Send filen på nytt fra originalen.`,
  }),
  'file.encrypted': rule<{ file: string }>({
    severity: 'error',
    title: 'Password-protected workbook',
    tittel: 'Filen er passordbeskyttet',
    message: (p) =>
      `Filen ${p.file} er beskyttet med passord (kryptert), så innholdet kan ikke leses. Fjern passordet i Excel (Fil → Info → Beskytt arbeidsbok → Krypter med passord, tøm feltet), lagre og send filen på nytt.`,
  }),
  'file.xml-doctype': rule<{ file: string; part: string }>({
    severity: 'error',
    title: 'XML with a DOCTYPE (possible external entities)',
    tittel: 'Filen har ukjent XML-innhold',
    message: (p) =>
      `Filen ${p.file} har en DOCTYPE-deklarasjon i delen ${p.part}. Excel lager aldri slike, og de kan hente inn andre filer; filen er derfor ikke lest. Lagre arbeidsboka på nytt i Excel og send den igjen.`,
  }),
  'file.part-missing': rule<{ file: string; part: string; what: string }>({
    severity: 'error',
    title: 'Part of the workbook missing',
    tittel: 'Del av filen mangler',
    message: (p) =>
      `Filen ${p.file} er skadet: delen ${p.part} (${p.what}) mangler i arbeidsboka, så den kan ikke leses. Åpne den i Excel, lagre den på nytt som .xlsx og send den igjen.`,
  }),
  'cell.bad-shared-string': rule<{ file: string; sheet: string; index: string; count: number } & Cell>({
    severity: 'error',
    title: 'Cell points past the shared-string table',
    tittel: 'Skadet tekstcelle',
    message: (p) =>
      `Filen ${p.file} er skadet i celle ${p.cell} i arket ${p.sheet}: cellen viser til tekst nr. ${p.index} i filens teksttabell, som bare har ${p.count} tekster. Cellen er lest som tom; skriv inn verdien på nytt i Excel og lagre filen.`,
  }),
  'file.empty': rule<{ file: string }>({
    severity: 'error',
    title: 'Empty workbook',
    tittel: 'Tom arbeidsbok',
    message: (p) => `Arbeidsboka ${p.file} er tom: den har ingen ark med innhold. Den skal ha arkene Innsending, Årsverk og Spørsmål.`,
  }),
  'file.year-unknown': rule<{ file: string }>({
    severity: 'error',
    title: 'Reporting year unknown',
    tittel: 'Rapporteringsår ukjent',
    message: (p) => `Rapporteringsåret for ${p.file} er ukjent. Gi filen navnet is248_<år>.xlsx (for eksempel is248_2024.xlsx) eller oppgi året med --year.`,
  }),
  'file.year-mismatch': rule<{ file: string; nameYear: Year; year: Year }>({
    severity: 'warning',
    title: 'Year in file name differs from --year',
    tittel: 'Året i filnavnet avviker',
    message: (p) => `Filnavnet ${p.file} sier ${p.nameYear}, men filen er lest som ${p.year}.`,
  }),
  'file.year-not-covered': rule<{ year: Year }>({
    severity: 'error',
    title: 'Codebook does not cover the year',
    tittel: 'Året mangler i kodeboka',
    message: (p) => `Kodeboka har ingen variabler for rapporteringsåret ${p.year}, så filen kan ikke kontrolleres.`,
  }),

  // --- sheets ---------------------------------------------------------------------------------
  'sheet.missing': rule<{ sheet: string; found: string[] }>({
    severity: 'error',
    title: 'Sheet missing',
    tittel: 'Ark mangler',
    message: (p) =>
      `Arket ${p.sheet} mangler i arbeidsboka${p.found.length ? ` (den har ${list(p.found)})` : ''}. Legg til arket med overskriftene i rad 1.`,
  }),
  'sheet.renamed': rule<{ sheet: string; found: string }>({
    severity: 'warning',
    title: 'Sheet found under another name',
    tittel: 'Arket har et annet navn',
    message: (p) => `Arket ${p.sheet} heter ${quote(p.found)} i filen; det er lest som ${p.sheet}. Gi arket navnet ${p.sheet}.`,
  }),
  'sheet.empty': rule<{ sheet: string }>({
    severity: 'error',
    title: 'Sheet has no header row',
    tittel: 'Arket er tomt',
    message: (p) => `Arket ${p.sheet} er tomt eller mangler overskrifter i rad 1.`,
  }),
  'sheet.hidden': rule<{ sheet: string }>({
    severity: 'warning',
    title: 'Sheet is hidden',
    tittel: 'Arket er skjult',
    message: (p) => `Arket ${p.sheet} er skjult i arbeidsboka; det er lest likevel. Kontroller at det er det riktige arket, og vis det igjen.`,
  }),
  'sheet.hidden-copy': rule<{ sheet: string; copy: string }>({
    severity: 'error',
    title: 'Hidden sheet next to a visible copy',
    tittel: 'Skjult ark og synlig kopi',
    message: (p) =>
      `Arket ${p.sheet} er skjult, og arket ${quote(p.copy)} ser ut som en kopi av det. Det skjulte arket ${p.sheet} er lest, ikke kopien. Slett det arket som ikke skal brukes, og gi det andre navnet ${p.sheet}.`,
  }),
  'sheet.unknown': rule<{ sheet: string }>({
    severity: 'info',
    title: 'Extra sheet ignored',
    tittel: 'Ukjent ark er ikke lest',
    message: (p) => `Arket ${quote(p.sheet)} hører ikke til skjemaet og er ikke lest.`,
  }),

  // --- header row -----------------------------------------------------------------------------
  'header.row-missing': rule<{ sheet: string; row: number; found: string; expected: string } & Cell>({
    severity: 'error',
    title: 'Header row missing (data in row 1)',
    tittel: 'Overskriftsraden mangler',
    message: (p) =>
      `Arket ${p.sheet} mangler overskriftsraden: rad ${p.row} inneholder allerede data (${p.found}). Sett inn en rad øverst med overskriftene (${p.expected}). Arket er ikke lest.`,
  }),
  'header.row-not-found': rule<{ sheet: string; rows: number; found: string; expected: string } & Cell>({
    severity: 'error',
    title: 'No header row found',
    tittel: 'Fant ikke overskriftsraden',
    message: (p) =>
      `Arket ${p.sheet} har ingen overskriftsrad: ingen av de første ${p.rows} radene har kolonnen ${p.expected}${p.found ? ` (første rad med innhold: ${p.found})` : ''}. Overskriftene skal stå i rad 1. Arket er ikke lest.`,
  }),
  'header.row-shifted': rule<{ sheet: string; row: number; above: string } & Cell>({
    severity: 'warning',
    title: 'Header row is not row 1',
    tittel: 'Overskriftene står ikke i rad 1',
    message: (p) =>
      `Overskriftene i arket ${p.sheet} står i rad ${p.row}, ikke i rad 1; ${p.row === 2 ? 'rad 1' : `rad 1–${p.row - 1}`} over dem${p.above ? ` (${p.above})` : ''} er ikke lest. Slett radene over overskriftene.`,
  }),
  'header.id-missing': rule<{ sheet: string; header: string; row: number; found: string } & Cell>({
    severity: 'error',
    title: 'Unit code column missing; sheet not read',
    tittel: 'Kolonnen for enhetsnummer mangler',
    message: (p) =>
      `Arket ${p.sheet} har ingen kolonne med overskriften ${p.header} i rad ${p.row}${p.found ? ` (celle ${p.cell} har ${quote(p.found)})` : ''}, så ingen rader kan knyttes til en enhet. Gi kolonnen med enhetsnumrene overskriften ${p.header}. Arket er ikke lest.`,
  }),
  'header.missing': rule<{ sheet: string; header: string }>({
    severity: 'error',
    title: 'Required column missing',
    tittel: 'Kolonne mangler',
    message: (p) => `Arket ${p.sheet} mangler kolonnen ${p.header} (overskrift i rad 1).`,
  }),
  'header.missing-optional': rule<{ sheet: string; header: string }>({
    severity: 'warning',
    title: 'Optional column missing',
    tittel: 'Kolonne mangler (valgfri)',
    message: (p) => `Arket ${p.sheet} mangler kolonnen ${p.header}; den er lest som tom for alle enheter.`,
  }),
  'header.duplicate': rule<{ sheet: string; header: string; first: string } & Cell>({
    severity: 'error',
    title: 'Duplicated column header',
    tittel: 'Kolonnen finnes to ganger',
    message: (p) =>
      `Arket ${p.sheet} har kolonnen ${p.header} to ganger (celle ${p.first} og ${p.cell}). Bare den første er lest; slett den andre.`,
  }),
  'header.unknown': rule<{ sheet: string; header: string; suggestion?: string } & Cell>({
    severity: 'warning',
    title: 'Unknown column ignored',
    tittel: 'Ukjent kolonne',
    message: (p) =>
      `Arket ${p.sheet} har en ukjent kolonne ${quote(p.header)} (celle ${p.cell}). Den er ikke lest.${p.suggestion ? ` Mente du ${p.suggestion}? Den kolonnen mangler.` : ''}`,
  }),
  'header.wrong-sheet': rule<{ sheet: string; header: string; belongs: string } & Cell>({
    severity: 'warning',
    title: 'Column in the wrong sheet',
    tittel: 'Kolonne i feil ark',
    message: (p) => `Kolonnen ${p.header} (celle ${p.cell}) hører til arket ${p.belongs}, ikke ${p.sheet}. Den er ikke lest.`,
  }),
  'header.blank': rule<{ sheet: string; column: string; row: number }>({
    severity: 'warning',
    title: 'Column with values but no header',
    tittel: 'Kolonne uten overskrift',
    message: (p) => `Kolonne ${p.column} i arket ${p.sheet} har verdier, men ingen overskrift i rad ${p.row}. Den er ikke lest.`,
  }),
  'header.normalised': rule<{ sheet: string; header: string; code: string } & Cell>({
    severity: 'info',
    title: 'Header read with spaces or case fixed',
    tittel: 'Overskrift rettet',
    message: (p) => `Overskriften ${quote(p.header)} i celle ${p.cell} er lest som ${p.code}.`,
  }),
  'header.alias': rule<{ sheet: string; header: string; code: string } & Cell>({
    severity: 'info',
    title: 'Renamed header read via codebook alias',
    tittel: 'Gammelt kolonnenavn',
    message: (p) => `Overskriften ${quote(p.header)} i celle ${p.cell} er et eldre navn og er lest som ${p.code}.`,
  }),

  // --- unit codes -----------------------------------------------------------------------------
  'code.leading-zero': rule<U & { raw: string; code: string } & Cell>({
    severity: 'warning',
    title: 'Unit code lost its leading zero',
    tittel: 'Enhetsnummer uten ledende null',
    message: (p) =>
      `${p.u}: enhetsnummeret ${p.raw} i celle ${p.cell} mangler ledende null og er lest som ${p.code}. Formater kolonnen som tekst og skriv ${p.code}.`,
  }),
  'code.missing': rule<Cell>({
    severity: 'error',
    title: 'Row without unit code',
    tittel: 'Rad uten enhetsnummer',
    message: (p) => `Raden har tall, men mangler enhetsnummer i celle ${p.cell}. Raden er ikke lest.`,
  }),
  'code.invalid': rule<{ raw: string } & Cell>({
    severity: 'error',
    title: 'Unit code is not a number',
    tittel: 'Ugyldig enhetsnummer',
    message: (p) =>
      `${quote(p.raw)} i celle ${p.cell} er ikke et kommunenummer (fire sifre) eller bydelsnummer (seks sifre). Raden er ikke lest.`,
  }),

  // --- cell values ----------------------------------------------------------------------------
  'value.decimal-comma': rule<U & Cell & { raw: string; value: number }>({
    severity: 'warning',
    title: 'Number stored as text (decimal comma)',
    tittel: 'Tall lagret som tekst med desimalkomma',
    message: (p) => `${p.u}: celle ${p.cell} inneholder teksten ${quote(p.raw)}, lest som tallet ${num(p.value, 6)}. Skriv tallet som et tall, ikke som tekst.`,
  }),
  'value.number-as-text': rule<U & Cell & { raw: string; value: number }>({
    severity: 'warning',
    title: 'Number stored as text',
    tittel: 'Tall lagret som tekst',
    message: (p) => `${p.u}: celle ${p.cell} inneholder teksten ${quote(p.raw)}, lest som tallet ${num(p.value, 6)}. Skriv tallet som et tall, ikke som tekst.`,
  }),
  'value.not-a-number': rule<U & Cell & { raw: string; header: string }>({
    severity: 'error',
    title: 'Not a number',
    tittel: 'Ikke et tall',
    message: (p) => `${p.u}: ${p.header} i celle ${p.cell} skal være et tall, men er ${quote(p.raw)}. Cellen er lest som tom.`,
  }),
  'value.invalid-number': rule<U & Cell & { header: string }>({
    severity: 'error',
    title: 'Numeric cell holds no valid number',
    tittel: 'Ugyldig tall i filen',
    message: (p) =>
      `${p.u}: ${p.header} i celle ${p.cell} er lagret som tall, men verdien i filen er ikke et gyldig tall. Cellen er lest som tom; skriv inn tallet på nytt.`,
  }),
  'value.date-not-number': rule<U & Cell & { header: string; date: string }>({
    severity: 'error',
    title: 'Date where a number belongs',
    tittel: 'Dato i stedet for tall',
    message: (p) =>
      `${p.u}: ${p.header} i celle ${p.cell} skal være et tall, men cellen er formatert som dato (${p.date}). Endre celleformatet til Tall og kontroller verdien. Cellen er lest som tom.`,
  }),
  'value.formula': rule<U & Cell & { formula: string; value: string }>({
    severity: 'warning',
    title: 'Formula (cached result used)',
    tittel: 'Formel i stedet for verdi',
    message: (p) => `${p.u}: celle ${p.cell} inneholder formelen =${p.formula}; den lagrede verdien ${p.value} er brukt. Lim inn verdien i stedet for formelen.`,
  }),
  'value.formula-no-result': rule<U & Cell & { formula: string }>({
    severity: 'error',
    title: 'Formula without a cached result',
    tittel: 'Formel uten beregnet verdi',
    message: (p) =>
      `${p.u}: celle ${p.cell} inneholder formelen =${p.formula}, men filen har ingen beregnet verdi for den. Åpne filen i Excel, lagre den på nytt, eller skriv inn verdien.`,
  }),
  'value.error': rule<U & Cell & { error: string }>({
    severity: 'error',
    title: 'Excel error value',
    tittel: 'Feilverdi i celle',
    message: (p) => `${p.u}: celle ${p.cell} inneholder feilverdien ${p.error}. Rett formelen eller skriv inn verdien.`,
  }),
  'value.blank': rule<U & Cell & { cells: string[] }>({
    severity: 'info',
    title: 'Blank årsverk cells in a reported row',
    tittel: 'Tomme celler for årsverk',
    message: (p) =>
      `${p.u}: ${p.cells.length === 1 ? 'cellen' : `${p.cells.length} celler`} ${list(p.cells)} er tom${p.cells.length === 1 ? '' : 'me'} og er lest som 0 årsverk. Skriv 0 der det ikke er årsverk.`,
  }),
  'value.whitespace': rule<U & Cell & { raw: string; value: string }>({
    severity: 'warning',
    title: 'Stray spaces in a code or status',
    tittel: 'Mellomrom i kode eller status',
    message: (p) => `${p.u}: celle ${p.cell} har ${spaces(p.raw)} (${quote(p.raw)}); lest som ${quote(p.value)}.`,
  }),
  'text.whitespace': rule<U & Cell & { raw: string }>({
    severity: 'warning',
    title: 'Stray spaces in text trimmed',
    tittel: 'Mellomrom i tekst fjernet',
    message: (p) => `${p.u}: teksten i celle ${p.cell} har ${spaces(p.raw)} (${quote(p.raw)}); de er fjernet.`,
  }),
  'value.rich-text': rule<U & Cell>({
    severity: 'info',
    title: 'Formatted text read as plain text',
    tittel: 'Formatert tekst',
    message: (p) => `${p.u}: celle ${p.cell} har formatert tekst; den er lest som vanlig tekst.`,
  }),
  'value.hyperlink': rule<U & Cell & { text: string }>({
    severity: 'info',
    title: 'Hyperlink read as its text',
    tittel: 'Lenke lest som tekst',
    message: (p) => `${p.u}: celle ${p.cell} er en lenke; teksten ${quote(p.text)} er lest.`,
  }),

  // --- Innsending: dates and status -----------------------------------------------------------
  'date.text': rule<U & Cell & { raw: string; iso: string }>({
    severity: 'info',
    title: 'Date stored as text',
    tittel: 'Dato lagret som tekst',
    message: (p) => `${p.u}: datoen i celle ${p.cell} er tekst (${quote(p.raw)}); lest som ${p.iso}.`,
  }),
  'date.serial': rule<U & Cell & { raw: number; iso: string }>({
    severity: 'info',
    title: 'Date stored as a plain number',
    tittel: 'Dato lagret som tall',
    message: (p) => `${p.u}: datoen i celle ${p.cell} er et tall (${p.raw}); lest som Excel-datoen ${p.iso}.`,
  }),
  'date.invalid': rule<U & Cell & { raw: string }>({
    severity: 'warning',
    title: 'Date not understood',
    tittel: 'Ugyldig dato',
    message: (p) => `${p.u}: ${quote(p.raw)} i celle ${p.cell} er ikke en dato. Datoen er lest som tom; skriv den som dd.mm.åååå.`,
  }),
  'status.normalised': rule<U & Cell & { raw: string; status: string }>({
    severity: 'info',
    title: 'Status written differently',
    tittel: 'Status skrevet annerledes',
    message: (p) => `${p.u}: status ${quote(p.raw)} i celle ${p.cell} er lest som ${quote(p.status)}.`,
  }),
  'status.invalid': rule<U & Cell & { raw: string }>({
    severity: 'error',
    title: 'Unknown submission status',
    tittel: 'Ukjent status',
    message: (p) => `${p.u}: status ${quote(p.raw)} i celle ${p.cell} er ukjent. Bruk «levert», «delvis» eller «ikke levert».`,
  }),
  'status.missing': rule<U & Cell & { status: string }>({
    severity: 'warning',
    title: 'Submission status blank',
    tittel: 'Status mangler',
    message: (p) => `${p.u}: status mangler i celle ${p.cell}. Den er satt til ${quote(p.status)} ut fra om enheten har årsverk.`,
  }),

  // --- units ----------------------------------------------------------------------------------
  'unit.duplicate': rule<U & Cell & { sheet: string; firstRow: number; row: number }>({
    severity: 'error',
    title: 'Unit appears twice',
    tittel: 'Enheten finnes to ganger',
    message: (p) =>
      `${p.u} står to ganger i arket ${p.sheet} (rad ${p.firstRow} og ${p.row}). Bare rad ${p.firstRow} er lest; slett den ene raden.`,
  }),
  'unit.oslo-total': rule<U & Cell>({
    severity: 'error',
    title: 'Oslo (0301) reported as a whole',
    tittel: 'Oslo rapportert samlet',
    message: (p) =>
      `Celle ${p.cell}: Oslo (0301) rapporterer per bydel (030101–030115), ikke samlet. Fjern raden for 0301, ellers blir Oslo telt to ganger.`,
  }),
  'unit.other-year': rule<U & Cell & { code: string; year: Year; validYears: string; name: string }>({
    severity: 'error',
    title: 'Unit code not valid in this year',
    tittel: 'Enhetsnummeret gjelder et annet år',
    message: (p) =>
      `Celle ${p.cell}: kommunenummer ${p.code}${p.name ? ` (${p.name})` : ''} var ikke gyldig 1. januar ${p.year}; det gjelder ${p.validYears}. Bruk kommunenummeret som gjaldt i ${p.year}.`,
  }),
  'unit.unknown': rule<Cell & { code: string; year: Year }>({
    severity: 'error',
    title: 'Unknown unit code',
    tittel: 'Ukjent enhetsnummer',
    message: (p) => `Celle ${p.cell}: ${p.code} er ikke et kommunenummer eller et bydelsnummer i Oslo, verken i ${p.year} eller i noe annet år. Kontroller nummeret.`,
  }),
  'unit.not-in-innsending': rule<U & Cell & { sheet: string }>({
    severity: 'warning',
    title: 'Unit missing from Innsending',
    tittel: 'Enheten mangler i Innsending',
    message: (p) => `${p.u} står i arket ${p.sheet} (celle ${p.cell}), men ikke i arket Innsending. Status er satt ut fra om enheten har årsverk.`,
  }),
  'unit.levert-without-arsverk': rule<U & Cell>({
    severity: 'warning',
    title: "Status 'levert' but no årsverk",
    tittel: 'Levert, men ingen årsverk',
    message: (p) => `${p.u} har status «levert» (celle ${p.cell}), men ingen årsverk i arket Årsverk. Enheten behandles som ikke rapportert.`,
  }),
  'unit.arsverk-not-levert': rule<U & Cell & { status: string }>({
    severity: 'warning',
    title: "Årsverk given but status not 'levert'",
    tittel: 'Årsverk, men ikke levert',
    message: (p) => `${p.u} har status ${quote(p.status)} (celle ${p.cell}), men har årsverk i arket Årsverk. Kontroller statusen.`,
  }),

  // --- årsverk --------------------------------------------------------------------------------
  'arsverk.negative': rule<U & Cell & { header: string; value: number }>({
    severity: 'error',
    title: 'Negative årsverk',
    tittel: 'Negative årsverk',
    message: (p) => `${p.u}: årsverk kan ikke være negative, men ${p.header} i celle ${p.cell} er ${num(p.value)}.`,
  }),
  'arsverk.not-in-year': rule<{ header: string; year: Year } & Cell>({
    severity: 'warning',
    title: 'Årsverk column not in this year’s scheme',
    tittel: 'Årsverkskolonne fra et annet år',
    message: (p) => `Kolonnen ${p.header} (celle ${p.cell}) hører ikke til skjemaet for ${p.year}. Den er ikke lest.`,
  }),
  'sum.tiltak-utdanning': rule<
    U & { group: string; tiltak: number; utdanning: number; tiltakCells: string; utdanningCells: string }
  >({
    severity: 'error',
    title: 'Tiltak sum ≠ utdanning sum',
    tittel: 'Sum tiltak ≠ sum utdanning',
    message: (p) =>
      `${p.u}: årsverk for ${p.group} etter tiltak (${num(p.tiltak)}) og etter utdanning (${num(p.utdanning)}) er ikke like (celle ${p.tiltakCells} og ${p.utdanningCells}).`,
  }),
  'rate.absurd': rule<U & Cell & { group: string; total: number; population: number; rate: number; typical: number; peers: string }>({
    severity: 'error',
    title: 'Absurd årsverk for the population',
    tittel: 'Urimelig mange årsverk',
    message: (p) =>
      `${p.u}: ${num(p.total)} årsverk for ${p.group} er ${num(p.rate, 0)} per 10\u00a0000 innbyggere i målgruppen (${num(p.population, 0)} innbyggere), mens vanlig nivå for ${p.peers} er rundt ${num(p.typical, 0)}. Kontroller tallene fra celle ${p.cell}.`,
  }),
  'rate.outlier': rule<U & Cell & { group: string; total: number; population: number; rate: number; typical: number; peers: string }>({
    severity: 'warning',
    title: 'Årsverk rate far outside its size group',
    tittel: 'Uvanlig nivå på årsverk',
    message: (p) =>
      `${p.u}: ${num(p.total)} årsverk for ${p.group} er ${num(p.rate, 0)} per 10\u00a0000 innbyggere i målgruppen, langt fra vanlig nivå for ${p.peers} (rundt ${num(p.typical, 0)}). Kontroller tallene fra celle ${p.cell}.`,
  }),
  'change.large': rule<U & Cell & { group: string; before: number; after: number; previousYear: Year; year: Year; percent: string }>({
    severity: 'warning',
    title: 'Large change from last year',
    tittel: 'Stor endring fra i fjor',
    message: (p) =>
      `${p.u}: årsverk for ${p.group} endret seg fra ${num(p.before)} i ${p.previousYear} til ${num(p.after)} i ${p.year} (${p.percent}). Kontroller tallene fra celle ${p.cell}, eller forklar endringen.`,
  }),
  'reference.year-missing': rule<{ year: Year; what: string }>({
    severity: 'info',
    title: 'No reference data for the year; check skipped',
    tittel: 'Referansedata mangler',
    message: (p) => `Referansedataene har ikke ${p.what} for ${p.year}; kontrollen er hoppet over.`,
  }),

  // --- the codebook ---------------------------------------------------------------------------
  'codebook.nn-missing': rule<{ code: string; what: string }>({
    severity: 'info',
    title: 'No nynorsk label in the codebook',
    tittel: 'Mangler nynorsk tekst i kodeboken',
    message: (p) => `Spørsmålet ${p.code} har ikke nynorsk tekst for ${p.what} i kodeboken; faktaarkene på nynorsk bruker bokmålsteksten.`,
  }),

  // --- survey answers -------------------------------------------------------------------------
  'question.not-asked': rule<{ header: string; year: Year; asked: string } & Cell>({
    severity: 'warning',
    title: 'Column for a question not asked this year',
    tittel: 'Spørsmålet ble ikke stilt dette året',
    message: (p) => `Kolonnen ${p.header} (celle ${p.cell}) er et spørsmål som ikke ble stilt i ${p.year} (stilt ${p.asked}). Den er ikke lest.`,
  }),
  'header.question-missing': rule<{ sheet: string; header: string }>({
    severity: 'warning',
    title: 'Question column missing',
    tittel: 'Spørsmål mangler',
    message: (p) => `Arket ${p.sheet} mangler kolonnen for spørsmålet ${p.header}; spørsmålet regnes som ikke stilt dette året.`,
  }),
  'answer.invalid-choice': rule<U & Cell & { header: string; value: string; allowed: string }>({
    severity: 'error',
    title: 'Answer outside the codebook’s values',
    tittel: 'Ugyldig svarkode',
    message: (p) => `${p.u}: svaret ${quote(p.value)} på ${p.header} i celle ${p.cell} er ikke en gyldig kode. Gyldige koder er ${p.allowed}.`,
  }),
  'answer.not-a-number': rule<U & Cell & { header: string; value: string }>({
    severity: 'error',
    title: 'Numeric answer is not a number',
    tittel: 'Svaret er ikke et tall',
    message: (p) => `${p.u}: svaret på ${p.header} i celle ${p.cell} skal være et tall, men er ${quote(p.value)}.`,
  }),
  'answer.out-of-range': rule<U & Cell & { header: string; value: number; range: string }>({
    severity: 'error',
    title: 'Numeric answer out of range',
    tittel: 'Svaret er utenfor gyldig område',
    message: (p) => `${p.u}: svaret ${num(p.value)} på ${p.header} i celle ${p.cell} er utenfor gyldig område (${p.range}).`,
  }),
  'answer.too-long': rule<U & Cell & { header: string; length: number; max: number }>({
    severity: 'warning',
    title: 'Text answer too long',
    tittel: 'For lang tekst',
    message: (p) => `${p.u}: teksten i ${p.header} (celle ${p.cell}) har ${num(p.length, 0)} tegn; høyst ${num(p.max, 0)} er tillatt.`,
  }),
  'answer.asked-if': rule<U & Cell & { header: string; depends: string; dependsValue: string; allowed: string }>({
    severity: 'warning',
    title: 'Answer to a question that did not apply',
    tittel: 'Svar på spørsmål som ikke gjaldt',
    message: (p) =>
      `${p.u}: ${p.header} (celle ${p.cell}) er besvart, men spørsmålet gjelder bare når ${p.depends} er ${p.allowed} (svaret var ${p.dependsValue}).`,
  }),
} as const;

export type RuleId = keyof typeof RULES;
type ParamsOf<R extends RuleId> = Parameters<(typeof RULES)[R]['message']>[0];

/** Where a finding points: everything of Finding except rule, severity and message. */
export type Location = Omit<Finding, 'rule' | 'severity' | 'message'>;

/** Builds a finding from its rule id, the message's parameters and its location. */
export function finding<R extends RuleId>(rule: R, params: ParamsOf<R>, where: Location): Finding {
  const def = RULES[rule] as RuleDef<ParamsOf<R>>;
  const f: Finding = { severity: def.severity, rule, message: def.message(params), file: where.file };
  if (where.sheet !== undefined) f.sheet = where.sheet;
  if (where.cell !== undefined) f.cell = where.cell;
  if (where.unit !== undefined) f.unit = where.unit;
  if (where.year !== undefined) f.year = where.year;
  if (where.variable !== undefined) f.variable = where.variable;
  return f;
}

export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}

/** Norwegian labels for severities (quality report). */
export const SEVERITY_NB: Record<Severity, { one: string; many: string }> = {
  error: { one: 'Feil', many: 'Feil' },
  warning: { one: 'Advarsel', many: 'Advarsler' },
  info: { one: 'Merknad', many: 'Merknader' },
};
