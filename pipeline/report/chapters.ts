// The report's chapters, in order: id (the registry's `chapter` field), Norwegian title, and the number that
// prefixes headings and the figure/table numbers of the chapter (Figur 3.1). The appendix is lettered "V".
// Each chapter's content is templates/report/chapters/<id>.hbs.

export interface ChapterDef {
  id: string;
  title: string;
  /** Chapter number shown in headings and used in figure/table numbers ('3' → "Figur 3.1"). */
  number: string;
  /** How a cross-reference names the chapter in running text ("kapittel 3", "vedlegget"). */
  refName?: string;
  /**
   * A topic chapter of survey questions (the codebook's `chapter`): shown only when the data has at least one
   * of its questions in a year up to the report year (the pandemic only in reports whose data include
   * 2020–2021). Without a template of its own it is its questions' sections (chapters/_questions.hbs).
   */
  topic?: boolean;
}

export const CHAPTERS: readonly ChapterDef[] = [
  { id: 'sammendrag', title: 'Sammendrag', number: '1' },
  { id: 'utvikling', title: 'Årsverk over tid', number: '2' },
  { id: 'storrelse', title: 'Årsverk etter kommunestørrelse', number: '3' },
  { id: 'fylke', title: 'Fylker, helseforetak og de største kommunene', number: '4' },
  { id: 'tiltak', title: 'Årsverk etter tiltak og utdanning', number: '5' },
  { id: 'henvendelser', title: 'Henvendelser', number: '6' },
  { id: 'tilbud', title: 'Tilbud og tilgjengelighet', number: '7' },
  { id: 'samarbeid', title: 'Samarbeid, medvirkning og bolig', number: '8' },
  { id: 'arbeid', title: 'Arbeidstiltak', number: '9', topic: true },
  { id: 'kompetansesentre', title: 'Kompetansesentre', number: '10', topic: true },
  { id: 'forlop', title: 'Forløp', number: '11', topic: true },
  { id: 'rekruttering', title: 'Rekruttering', number: '12', topic: true },
  { id: 'parorende', title: 'Pårørende', number: '13', topic: true },
  { id: 'selvmord', title: 'Selvmord og selvskading', number: '14', topic: true },
  { id: 'vold', title: 'Vold og overgrep', number: '15', topic: true },
  { id: 'eldre', title: 'Eldre', number: '16', topic: true },
  { id: 'barn-unge', title: 'Barn og unge', number: '17', topic: true },
  { id: 'organisering', title: 'Organisering', number: '18', topic: true },
  { id: 'pandemien', title: 'Pandemien', number: '19', topic: true },
  { id: 'metode', title: 'Om datagrunnlaget og metode', number: '20' },
  { id: 'vedlegg', title: 'Vedlegg: Tall for hver kommune og bydel', number: 'V', refName: 'vedlegget' },
];

/** The heading of a chapter: "3 Årsverk etter kommunestørrelse"; the appendix has no number in front. */
export function chapterHeading(c: ChapterDef): string {
  return /^\d+$/.test(c.number) ? `${c.number} ${c.title}` : c.title;
}

/** HTML id of a chapter's heading. */
export function chapterAnchor(c: ChapterDef): string {
  return `kap-${c.id}`;
}

/**
 * The chapters a report shows: a topic chapter only when one of its questions was asked in the data's years;
 * numbered chapters renumbered in order (so a left-out chapter leaves no gap).
 */
export function visibleChapters(chapters: readonly ChapterDef[], questions: readonly { chapter: string; years: readonly number[] }[]): ChapterDef[] {
  const shown = chapters.filter((c) => !c.topic || questions.some((q) => q.chapter === c.id && q.years.length > 0));
  let n = 0;
  return shown.map((c) => (/^\d+$/.test(c.number) ? { ...c, number: String(++n) } : c));
}
