// Logistic regression of a yes/no outcome on kommune size group (chapter 6: "stor økning i henvendelser").
// Treatment coding against a reference group: by default the group with the most observations (the most
// stable baseline). A group where every unit, or no unit, has the outcome has no finite odds ratio: it is left
// out of the model and reported with its counts and no estimate.
import { dummyCode, logisticRegression } from '../stats/index.ts';
import { SIZE_GROUPS } from '../reference/index.ts';
import type { SizeGroupId } from '../types.ts';
import { SurveyError } from './questions.ts';

export interface LogitObservation {
  group: SizeGroupId;
  y: 0 | 1;
}

export interface LogitTerm {
  group: SizeGroupId;
  /** Units in the group with an outcome (answered, "Vet ikke" excluded). */
  n: number;
  /** Units with the outcome (y = 1). */
  events: number;
  share: number;
  reference: boolean;
  /** Odds ratio against the reference group with its Wald 95 % interval; null for the reference and excluded groups. */
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  /** Why the group has no estimate: every or no unit had the outcome. */
  excluded?: 'no-events' | 'all-events';
}

export interface SizeGroupLogit {
  terms: LogitTerm[];
  reference: SizeGroupId;
  /** Observations in the model (excluded groups not counted). */
  n: number;
  converged: boolean;
  iterations: number;
}

export function sizeGroupLogit(observations: readonly LogitObservation[], reference?: SizeGroupId): SizeGroupLogit {
  const order = SIZE_GROUPS.map((g) => g.id);
  const counts = new Map<SizeGroupId, { n: number; events: number }>();
  for (const o of observations) {
    const c = counts.get(o.group) ?? { n: 0, events: 0 };
    c.n++;
    c.events += o.y;
    counts.set(o.group, c);
  }
  const present = order.filter((g) => (counts.get(g)?.n ?? 0) > 0);
  const varies = (g: SizeGroupId) => {
    const c = counts.get(g)!;
    return c.events > 0 && c.events < c.n;
  };
  const modelled = present.filter(varies);
  const ref = reference ?? [...modelled].sort((a, b) => counts.get(b)!.n - counts.get(a)!.n || order.indexOf(a) - order.indexOf(b))[0];
  if (ref === undefined || !modelled.includes(ref)) {
    throw new SurveyError('survey.logit-reference', `the logistic regression has no usable reference group (${ref ?? 'none'})`);
  }
  const obs = observations.filter((o) => modelled.includes(o.group));
  const levels = [ref, ...modelled.filter((g) => g !== ref)];
  const x = dummyCode(obs.map((o) => o.group), levels, ref);
  const fit = modelled.length > 1 ? logisticRegression(x, obs.map((o) => o.y)) : undefined;
  if (fit && !fit.converged) throw new SurveyError('survey.logit-convergence', 'the logistic regression did not converge');

  const terms = present.map((g): LogitTerm => {
    const c = counts.get(g)!;
    const base = { group: g, n: c.n, events: c.events, share: c.events / c.n, reference: g === ref };
    if (g === ref) return { ...base, estimate: null, lower: null, upper: null };
    if (!varies(g)) return { ...base, estimate: null, lower: null, upper: null, excluded: c.events === 0 ? 'no-events' : 'all-events' };
    // Coefficient index: intercept first, then the non-reference levels in `levels` order.
    const or = fit!.oddsRatios[levels.indexOf(g)]!;
    return { ...base, estimate: or.estimate, lower: or.lower, upper: or.upper };
  });
  return { terms, reference: ref, n: obs.length, converged: fit?.converged ?? true, iterations: fit?.iterations ?? 0 };
}
