// Norwegian labels of the target groups, as column headers, legends and running text use them.
import type { Group } from '../types.ts';

export const GROUP_LABEL: Record<Group, string> = { V: 'Voksne', B: 'Barn og unge' };
/** In running text: "for voksne", "for barn og unge". */
export const GROUP_TEXT: Record<Group, string> = { V: 'voksne', B: 'barn og unge' };
/** The population a group's rate is on. */
export const TARGET_POPULATION: Record<Group, string> = { V: 'innbyggere 18 år og over', B: 'innbyggere 0–17 år' };
export const RATE_UNIT: Record<Group, string> = { V: 'per 10 000 innbyggere 18 år og over', B: 'per 10 000 innbyggere 0–17 år' };
