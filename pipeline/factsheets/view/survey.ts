// Survey answers. A single unit: its answer and the share of all units giving the same one. An aggregate:
// the distribution of its units' answers next to all units'.
import { share } from '../../stats/index.ts';
import type { SurveyDistribution } from '../types.ts';
import { fmt, type ViewContext } from './context.ts';

export interface SurveyView {
  title: string;
  single: boolean;
  head: { question: string; answer: string; same: string; unit: string; land: string; showLand: boolean };
  rows: { question: string; answer: string; same: string; muted: boolean }[];
  distributions: { question: string; unit: string; land: string }[];
  note: string;
}

function distributionText(c: ViewContext, d: SurveyDistribution, side: 'unit' | 'land'): string {
  const n = side === 'unit' ? d.n : d.nLand;
  if (n === 0) return c.t('survey.noAnswers');
  if (d.type === 'number') {
    return side === 'unit' && c.model.unit.kind !== 'land'
      ? c.t('survey.sumMedian', { sum: fmt.dec(d.sum), median: fmt.dec(d.median) })
      : c.t('survey.medianOnly', { median: fmt.dec(side === 'unit' ? d.median : d.medianLand) });
  }
  const parts = d.counts
    .filter((x) => (side === 'unit' ? x.count : x.countLand) > 0)
    .map((x) => `${x.label[c.lang]} ${fmt.pct(share(side === 'unit' ? x.count : x.countLand, n).share)}`);
  return `${parts.join(' · ')} (${c.t('survey.answers', { n: fmt.int(n) })})`;
}

export function surveyView(c: ViewContext): SurveyView | false {
  const { model, t } = c;
  const sv = model.survey;
  const u = model.unit;
  if (!sv.answers.length && !sv.distributions.length) return false;
  const single = sv.answers.length > 0;
  const units = u.kind === 'land' ? t('units.kommunerBydeler') : u.fromBydeler || u.code === '03' ? t('units.bydeler') : t('units.kommuner');
  const unitHead = u.kind === 'fylke' ? u.name : u.fromBydeler ? t('subject.oslo') : t('land');
  return {
    title: t('survey.title', { year: sv.year }),
    single,
    head: { question: t('survey.question'), answer: t('survey.answer'), same: t('survey.same'), unit: unitHead, land: t('land'), showLand: u.kind !== 'land' },
    rows: sv.answers.map((a) => {
      const question = a.label[c.lang];
      if (a.value === null) return { question, answer: t('survey.notAnswered'), same: '', muted: true };
      if (a.type === 'multi') return { question, answer: a.answerLabel?.[c.lang] ?? '', same: '', muted: false };
      if (a.type === 'number') return { question, answer: fmt.dec(a.value as number), same: t('survey.medianAll', { median: fmt.dec(a.median) }), muted: false };
      return {
        question,
        answer: a.answerLabel?.[c.lang] ?? String(a.value),
        same: t('survey.sameCell', { share: fmt.pct(share(a.same ?? 0, a.n).share), n: fmt.int(a.n) }),
        muted: false,
      };
    }),
    distributions: sv.distributions.map((d) => ({
      question: d.label[c.lang],
      unit: distributionText(c, d, 'unit'),
      land: distributionText(c, d, 'land'),
    })),
    note: single ? t('survey.sameNote') : u.kind === 'land' ? t('survey.distributionNoteLand') : t('survey.distributionNote', { units }),
  };
}
