// Survey answers of the report year. A kommune or bydel: its own answer to each choice and number question
// (a matrix: each row as a choice question), next to how many of all units gave the same answer (choice) or the
// median of all units (number); a multi-select: the options it checked. An aggregate (Oslo, a fylke, the
// country): how its units answered, next to all units (a multi-select: the share checking each option).
import { CHECKED, questionModel, type AnswerOption } from '../../codebook/index.ts';
import { median, sum } from '../../stats/index.ts';
import type { Shared } from '../shared.ts';
import type { Subject } from '../subject.ts';
import type { BothLangs, FactsheetModel, SurveyAnswer, SurveyDistribution } from '../types.ts';

const both = (o: AnswerOption): BothLangs => ({ nb: o.label, nn: o.nn });

export function survey(s: Shared, subject: Subject): FactsheetModel['survey'] {
  // The questions the codebook shows in fact sheets (`factsheet`), one column each, in codebook order; a matrix
  // row is a question of its own, labelled "question: row".
  const questions = s.questions.flatMap((c) => {
    const m = questionModel(s.data.codebook, c.question);
    if (!m || !m.factsheet || m.kind === 'text' || m.kind === 'multi') return [];
    const row = m.kind === 'matrix' ? m.parts.find((p) => p.column === c.code) : undefined;
    const label: BothLangs = row ? { nb: `${m.label.nb}: ${row.label.nb}`, nn: `${m.label.nn}: ${row.label.nn}` } : { nb: m.label.nb, nn: m.label.nn };
    return [{ ...c, model: m, label }];
  });
  const multis = [...new Set(s.questions.filter((c) => c.kind === 'multi').map((c) => c.question))].flatMap((code) => {
    const m = questionModel(s.data.codebook, code)!;
    const columns = s.questions.filter((c) => c.question === code);
    return m.factsheet ? [{ m, columns, parts: m.parts.filter((p) => columns.some((c) => c.code === p.column)) }] : [];
  });
  const checked = (a: Record<string, unknown>, column: string) => a[column] === CHECKED;
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
          label: q.label,
          ...(option ? { answerLabel: both(option) } : {}),
          type,
          value,
          n: st.n,
          same: type === 'choice' && value !== null ? (st.counts.get(value) ?? 0) : undefined,
          ...(type === 'number' ? { median: median(st.numbers) } : {}),
        },
      ];
    });
    // A multi-select: the options the unit checked (not asked under asked_if: left out; nothing checked: not answered).
    for (const { m, parts } of multis) {
      if (m.askedIf && !Object.entries(m.askedIf).every(([dep, allowed]) => allowed.includes(Number(own[dep])))) continue;
      const ticked = parts.filter((p) => checked(own, p.column));
      const answered = s.multiStats.get(m.code)!.answered;
      answers.push({
        question: m.code,
        label: { nb: m.label.nb, nn: m.label.nn },
        type: 'multi',
        value: ticked.length > 0 ? ticked.length : null,
        ...(ticked.length > 0 ? { answerLabel: { nb: ticked.map((p) => p.label.nb).join(', '), nn: ticked.map((p) => p.label.nn).join(', ') } } : {}),
        n: answered,
        same: undefined,
      });
    }
    return { year: s.reportYear, answers, distributions: [] };
  }
  const members = subject.memberUnits.map((code) => s.answers.get(code) ?? {});
  const distributions = questions.map((q): SurveyDistribution => {
    const st = s.answerStats.get(q.code)!;
    const given = members.map((a) => a[q.code]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    if (q.def.type === 'number') {
      return {
        question: q.code,
        label: q.label,
        type: 'number',
        counts: [],
        n: given.length,
        nLand: st.n,
        sum: sum(given),
        median: median(given),
        medianLand: median(st.numbers),
      };
    }
    return {
      question: q.code,
      label: q.label,
      type: 'choice',
      counts: q.model.options.map((o) => ({ value: o.code, label: both(o), count: given.filter((v) => v === o.code).length, countLand: st.counts.get(o.code) ?? 0 })),
      n: given.length,
      nLand: st.n,
    };
  });
  // A multi-select: units that checked each option, of those that answered (checked anything).
  for (const { m, columns, parts } of multis) {
    const mine = members.filter((a) => columns.some((c) => checked(a, c.code)));
    const land = s.multiStats.get(m.code)!;
    distributions.push({
      question: m.code,
      label: { nb: m.label.nb, nn: m.label.nn },
      type: 'multi',
      counts: parts.map((p, i) => ({
        value: i + 1,
        label: { nb: p.label.nb, nn: p.label.nn },
        count: mine.filter((a) => checked(a, p.column)).length,
        countLand: land.checked.get(p.column) ?? 0,
      })),
      n: mine.length,
      nLand: land.answered,
    });
  }
  return { year: s.reportYear, answers: [], distributions };
}
