// Survey answers of the report year. A kommune or bydel: its own answer to each choice and number question,
// next to how many of all units gave the same answer (choice) or the median of all units (number). An
// aggregate (Oslo, a fylke, the country): how its units answered, next to all units.
import { questionModel, type AnswerOption } from '../../codebook/index.ts';
import { median } from '../../stats/index.ts';
import type { Shared } from '../shared.ts';
import type { Subject } from '../subject.ts';
import type { BothLangs, FactsheetModel, SurveyAnswer, SurveyDistribution } from '../types.ts';

const both = (o: AnswerOption): BothLangs => ({ nb: o.label, nn: o.nn });

export function survey(s: Shared, subject: Subject): FactsheetModel['survey'] {
  // The questions the codebook shows in fact sheets (`factsheet`), one column each, in codebook order.
  const questions = s.questions.flatMap((c) => {
    const m = questionModel(s.data.codebook, c.code);
    return m && m.factsheet && c.question === c.code && m.kind !== 'text' ? [{ ...c, model: m }] : [];
  });
  const optionOf = (q: (typeof questions)[number], value: number) => q.model.options.find((o) => o.code === value);
  if (subject.info) {
    const own = s.answers.get(subject.info.code) ?? {};
    const answers = questions.flatMap((q): SurveyAnswer[] => {
      const st = s.answerStats.get(q.code)!;
      const raw = own[q.code];
      const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
      // A follow-up question that did not apply to this unit is left out.
      if (value === null && q.def.type !== 'text' && q.def.asked_if) {
        const applies = Object.entries(q.def.asked_if).every(([dep, allowed]) => allowed.includes(Number(own[dep])));
        if (!applies) return [];
      }
      const type = q.def.type === 'number' ? 'number' : 'choice';
      const option = type === 'choice' && value !== null ? optionOf(q, value) : undefined;
      return [
        {
          question: q.code,
          label: { nb: q.model.label.nb, nn: q.model.label.nn },
          ...(option ? { answerLabel: both(option) } : {}),
          type,
          value,
          n: st.n,
          same: type === 'choice' && value !== null ? (st.counts.get(value) ?? 0) : undefined,
          ...(type === 'number' ? { median: median(st.numbers) } : {}),
        },
      ];
    });
    return { year: s.reportYear, answers, distributions: [] };
  }
  const members = subject.memberUnits.map((code) => s.answers.get(code) ?? {});
  const distributions = questions.map((q): SurveyDistribution => {
    const st = s.answerStats.get(q.code)!;
    const given = members.map((a) => a[q.code]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    if (q.def.type === 'number') {
      return {
        question: q.code,
        label: { nb: q.model.label.nb, nn: q.model.label.nn },
        type: 'number',
        counts: [],
        n: given.length,
        nLand: st.n,
        sum: given.length ? given.reduce((a, b) => a + b, 0) : undefined,
        median: median(given),
        medianLand: median(st.numbers),
      };
    }
    return {
      question: q.code,
      label: { nb: q.model.label.nb, nn: q.model.label.nn },
      type: 'choice',
      counts: q.model.options.map((o) => ({ value: o.code, label: both(o), count: given.filter((v) => v === o.code).length, countLand: st.counts.get(o.code) ?? 0 })),
      n: given.length,
      nLand: st.n,
    };
  });
  return { year: s.reportYear, answers: [], distributions };
}
