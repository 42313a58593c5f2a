// Moves a completed year to the report year's structure, values and flags alike.
//
// Flag rule for a report-year unit made from several source units: 'reported' only if every part reported;
// otherwise 'estimated' if any part was estimated, else 'carried-forward' from the earliest year any part was
// carried from. When only some parts were imputed, the method names them ("for part of the unit: …").
import { applyCrosswalk, type Crosswalk, type UnitValues } from '../harmonise/index.ts';
import type { ImputationFlag, UnitCode } from '../types.ts';
import type { ImputedYear } from './types.ts';

export function combineFlags(parts: { code: UnitCode; flag: ImputationFlag }[]): ImputationFlag {
  const imputed = parts.filter((p) => p.flag.kind !== 'reported');
  if (imputed.length === 0) return { kind: 'reported' };
  const partial = imputed.length < parts.length;
  const note = (m: string | undefined, codes: UnitCode[]) =>
    partial ? [m, `for part of the unit: ${codes.join(', ')}`].filter(Boolean).join('; ') : m;

  const estimated = imputed.filter((p) => p.flag.kind === 'estimated');
  if (estimated.length) {
    const first = estimated[0]!.flag as Extract<ImputationFlag, { kind: 'estimated' }>;
    return { kind: 'estimated', method: note(first.method, imputed.map((p) => p.code))! };
  }
  const carried = imputed.map((p) => ({ code: p.code, flag: p.flag as Extract<ImputationFlag, { kind: 'carried-forward' }> }));
  const oldest = carried.reduce((a, b) => (b.flag.fromYear < a.flag.fromYear ? b : a));
  const method = note(carried.find((c) => c.flag.method)?.flag.method, imputed.map((p) => p.code));
  return method ? { kind: 'carried-forward', fromYear: oldest.flag.fromYear, method } : { kind: 'carried-forward', fromYear: oldest.flag.fromYear };
}

export function toStructure(imputed: ImputedYear, cw: Crosswalk): { values: UnitValues; flags: Map<UnitCode, ImputationFlag> } {
  if (cw.from !== imputed.year) throw new Error(`crosswalk from ${cw.from} applied to ${imputed.year}`);
  const values = applyCrosswalk(cw, imputed.values);
  const flags = new Map<UnitCode, ImputationFlag>();
  for (const [target, parts] of cw.sources) {
    const known = parts.filter((p) => imputed.flags.has(p.code));
    if (known.length === 0) continue;
    flags.set(target, combineFlags(known.map((p) => ({ code: p.code, flag: imputed.flags.get(p.code)! }))));
  }
  return { values, flags };
}
