// File-name slugs: ASCII, lower case, words joined by '-'. Norwegian letters æ ø å → ae o a; Sami and other
// accented letters lose their marks (á → a, č → c, ŋ → n, đ → d, ŧ → t); anything else becomes a separator.
//   slug('Bergen') → 'bergen'   slug('Guovdageaidnu - Kautokeino') → 'guovdageaidnu-kautokeino'
//   slug('St. Hanshaugen') → 'st-hanshaugen'   slug('Måsøy') → 'masoy'
const SPECIAL: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', đ: 'd', ŋ: 'n', ŧ: 't', ß: 'ss', œ: 'oe', ı: 'i' };

export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[æøåđŋŧßœı]/g, (c) => SPECIAL[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
