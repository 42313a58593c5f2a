// factsheetModel(data, code): everything one sheet shows, as plain data (see types.ts). Pure: the same data
// and code give the same model. Shared aggregates are computed once per BuildData (shared.ts).
import type { BuildData } from '../types.ts';
import { OSLO } from '../harmonise/index.ts';
import { osloPopulation } from '../population/index.ts';
import { keyFigures } from './sections/key-figures.ts';
import { members } from './sections/members.ts';
import { position } from './sections/position.ts';
import { profile } from './sections/profile.ts';
import { quality } from './sections/quality.ts';
import { survey } from './sections/survey.ts';
import { trend, trendBreaks } from './sections/trend.ts';
import { shared } from './shared.ts';
import { subjectOf } from './subject.ts';
import type { FactsheetModel } from './types.ts';
import { factsheetUnit } from './units.ts';

export function factsheetModel(data: BuildData, code: string): FactsheetModel {
  const s = shared(data);
  const unit = factsheetUnit(data, code);
  const subject = subjectOf(s, unit);
  const breaks = trendBreaks(data.panel, s.reportYear);
  const now = subject.series.get(s.reportYear);
  const fylke = unit.fylke ? s.fylker.find((f) => f.code === unit.fylke) : undefined;
  const parallelNames =
    subject.info?.parallelNames ?? (unit.kind === 'fylke' ? (s.fylker.find((f) => f.code === unit.code)?.parallelNames ?? []) : []);
  return {
    unit: {
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
      parallelNames: [...parallelNames],
      lang: unit.lang,
      slug: unit.slug,
      ...(fylke ? { fylke: { code: fylke.code, name: fylke.name } } : {}),
      ...(subject.sizeGroup ? { sizeGroup: subject.sizeGroup } : {}),
      ...(subject.info?.helseforetak ? { helseforetak: subject.info.helseforetak } : {}),
      population: code === OSLO ? osloPopulation(data.reference, s.reportYear) : (now?.population ?? { total: 0, age0_17: 0, age18plus: 0 }),
      fromBydeler: code === OSLO,
    },
    reportYear: s.reportYear,
    previousYear: s.previousYear,
    synthetic: data.synthetic,
    keyFigures: keyFigures(s, subject),
    trend: trend(s, subject, breaks),
    profile: profile(s, subject),
    position: position(s, subject),
    survey: survey(s, subject),
    quality: quality(s, subject, breaks),
    members: members(s, subject),
  };
}
