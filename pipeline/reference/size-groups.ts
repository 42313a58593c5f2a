// Kommune size groups (inhabitants on 1 January), spec §2. Oslo's bydeler form their own group.
import type { SizeGroupId } from '../types.ts';

export interface SizeGroup {
  id: SizeGroupId;
  label: string;
  /** Inclusive lower bound of inhabitants; undefined for the bydel group. */
  min?: number;
  max?: number;
}

export const SIZE_GROUPS: readonly SizeGroup[] = [
  { id: 'lt2000', label: 'Under 2 000', min: 0, max: 1999 },
  { id: '2000-4999', label: '2 000–4 999', min: 2000, max: 4999 },
  { id: '5000-9999', label: '5 000–9 999', min: 5000, max: 9999 },
  { id: '10000-19999', label: '10 000–19 999', min: 10000, max: 19999 },
  { id: '20000-49999', label: '20 000–49 999', min: 20000, max: 49999 },
  { id: 'ge50000', label: '50 000 og over', min: 50000 },
  { id: 'bydel', label: 'Bydeler i Oslo' },
];

export function sizeGroupOf(kind: 'kommune' | 'bydel', inhabitants: number): SizeGroupId {
  if (kind === 'bydel') return 'bydel';
  for (const g of SIZE_GROUPS) {
    if (g.min !== undefined && inhabitants >= g.min && (g.max === undefined || inhabitants <= g.max)) return g.id;
  }
  throw new Error(`no size group for ${inhabitants} inhabitants`);
}

export function sizeGroupLabel(id: SizeGroupId): string {
  const g = SIZE_GROUPS.find((s) => s.id === id);
  if (!g) throw new Error(`unknown size group ${id}`);
  return g.label;
}
