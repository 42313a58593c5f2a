// Free-text comments (KOMMENTAR) for about 15 % of the answering units: plausible Norwegian sentences, some
// with Sami names and letters, and some with characters that must be escaped in HTML and XML.
import type { UnitCode, Year } from '../types.ts';
import type { Rng } from './random.ts';

export const COMMENT_SHARE = 0.15;

type Template = (year: Year) => string;

/** Comments with `<`, `>`, `&` and quotes; every year has at least one of each kind. */
const ESCAPES: readonly Template[] = [
  (y) => `Tall for ${y} < ${y - 1} pga. omorganisering & nye stillinger.`,
  () => `Stillingene i "Rask psykisk helsehjelp" er delvis finansiert av tilskudd & kommunale midler.`,
  () => `Boliger med > 10 enheter er tatt med under 'Boliger med fast personell' & ikke under hjemmetjenester.`,
  (y) => `Årsverk for rus & psykisk helse er slått sammen fra ${y} ("én tjeneste"), tidligere < 1 årsverk til rus.`,
];

const PLAIN: readonly Template[] = [
  () => 'Tjenesten er omorganisert, og noen årsverk er flyttet fra hjemmetjenesten til psykisk helse- og rustjenesten.',
  () => 'Vi har hatt vakante stillinger store deler av året, og årsverkene er derfor lavere enn budsjettert.',
  () => 'Psykologen deles med en annen kommune; bare vår andel av årsverket er ført opp.',
  () => 'Økt pågang fra ungdom etter pandemien. Ventetiden på samtaletilbud har økt.',
  () => 'Lavterskeltilbudet for barn og unge er styrket med en helsesykepleier i 50 % stilling.',
  () => 'Boligsituasjonen er krevende: få kommunale boliger og lange ventelister.',
  () => 'Samarbeidet med DPS fungerer godt, men det er utfordringer ved utskrivning av pasienter med rusproblemer.',
  () => 'Erfaringskonsulent ansatt i 40 % stilling fra høsten.',
  () => 'Vi deltar i et oppsøkende team sammen med helseforetaket; bare vår andel av årsverkene er ført opp.',
  () => 'Tallene er et anslag, fordi mange ansatte jobber både i psykisk helse og i pleie- og omsorgstjenesten.',
  () => 'Dagtilbudet ble lagt ned i vår, og ressursene er flyttet til oppfølging i egen bolig.',
  () => 'Skolehelsetjenesten er økt med ett årsverk gjennom statlig tilskudd.',
  () => 'Vi har fått på plass et ettermiddagstilbud to dager i uka for unge voksne.',
  () => 'Ingen vesentlige endringer fra i fjor.',
  () => 'Kommunen har søkt om midler til å styrke lavterskeltilbudet neste år.',
  () => 'Ansatte med videreutdanning i psykisk helsearbeid er ført under sykepleier med videreutdanning der det gjelder.',
  () => 'Økning i henvendelser om spiseforstyrrelser og angst blant jenter i ungdomsskolealder.',
  () => 'Tjenestene har felles ledelse med barnevernet; ledelsesårsverk er fordelt skjønnsmessig.',
];

/** Comments with Sami place names and letters (á č đ ŋ š ŧ ž). */
const SAMI: readonly Template[] = [
  () => 'Vi samarbeider med Sámi klinihkká og SANKS om brukere fra Kárášjohka og Guovdageaidnu.',
  () => 'Tilbud på nordsamisk ved behov; samtaler kan også holdes på samisk i Porsáŋgu og Unjárga.',
  () => 'Grensesamarbeid med Ruoŧŧa og Suopma om oppfølging av brukere som bor på begge sider av grensen.',
  () => 'Erfaringskonsulent Máret Áilu Ŋuolla har ledet brukermedvirkningsarbeidet sammen med Žanna Šiškina.',
  () => 'Ny lavterskelkontakt i Deatnu og Gáivuotna; informasjon om tilbudet er oversatt (dieđut, čoahkkin).',
];

/** Sami names and letters fit the north (Nordland, Troms, Finnmark) and the south Sami area (Trøndelag). */
const SAMI_AREA = /^(18|19|20|50|54|55|56)\d\d$/;

/**
 * Picks the commenting units of a year and their comments: every year has one comment of each escape-heavy
 * kind and at least one with Sami letters (from a unit in a Sami area when one is picked).
 */
export function chooseComments(codes: readonly UnitCode[], year: Year, rng: Rng): Map<UnitCode, string> {
  const chosen = rng.shuffle(codes).slice(0, Math.max(ESCAPES.length + 2, Math.round(COMMENT_SHARE * codes.length)));
  const sami = chosen.filter((c) => SAMI_AREA.test(c));
  const firstSami = sami[0] ?? chosen[chosen.length - 1]!;
  const others = chosen.filter((c) => c !== firstSami);
  const out = new Map<UnitCode, string>();
  out.set(firstSami, SAMI[year % SAMI.length]!(year));
  others.forEach((code, i) => {
    let template: Template;
    if (i < ESCAPES.length) template = ESCAPES[(i + year) % ESCAPES.length]!;
    else if (SAMI_AREA.test(code) && rng.uniform() < 0.4) template = rng.pick(SAMI);
    else template = rng.uniform() < 0.1 ? rng.pick(ESCAPES) : rng.pick(PLAIN);
    out.set(code, template(year));
  });
  return out;
}

/** The comment of the unit with the designed implausible jump: it explains the rise. */
export function jumpComment(year: Year): string {
  return `Økningen i årsverk for voksne skyldes at et nytt bofellesskap med døgnbemanning åpnet i ${year}.`;
}
