// Placeholder until the core items land (owned by the registry-core helper).
import type { RegistryItem } from './types.ts';

export const CORE_ITEMS: RegistryItem[] = [];
