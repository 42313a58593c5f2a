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
  { id: 'metode', title: 'Om datagrunnlaget og metode', number: '9' },
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
