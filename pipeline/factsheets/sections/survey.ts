// Survey answers of the report year. A kommune or bydel: its own answer to each choice and number question,
// next to how many of all units gave the same answer (choice) or the median of all units (number). An
// aggregate (Oslo, a fylke, the country): how its units answered, next to all units.
import { median, sum } from '../../stats/index.ts';
import type { Shared } from '../shared.ts';
import type { Subject } from '../subject.ts';
import type { FactsheetModel, SurveyAnswer, SurveyDistribution } from '../types.ts';

/** Questions about the data itself, shown with the key figures and quality notes instead. */
const NOT_IN_SURVEY = /^ENDRING_REELL_/;

export function survey(s: Shared, subject: Subject): FactsheetModel['survey'] {
  const questions = s.questions.filter((q) => !NOT_IN_SURVEY.test(q.code));
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
      return [
        {
          question: q.code,
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
        type: 'number',
        counts: [],
        n: given.length,
        nLand: st.n,
        sum: sum(given),
        median: median(given),
        medianLand: median(st.numbers),
      };
    }
    const values = q.def.type === 'choice' ? Object.keys(q.def.values).map(Number) : [];
    return {
      question: q.code,
      type: 'choice',
      counts: values.map((value) => ({ value, count: given.filter((v) => v === value).length, countLand: st.counts.get(value) ?? 0 })),
      n: given.length,
      nLand: st.n,
    };
  });
  return { year: s.reportYear, answers: [], distributions };
}
