// Placeholder until the survey items land (owned by the registry-survey helper).
import type { RegistryItem } from './types.ts';

export const SURVEY_ITEMS: RegistryItem[] = [];
