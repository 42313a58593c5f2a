// Årsverk by utdanning for voksne (utdanning-V) and barn og unge (utdanning-B), with the change from the year before.
import { categoryTableDef } from './category-table.ts';

export const utdanningV = categoryTableDef('utdanning-V', 'V', 'utdanning');
export const utdanningB = categoryTableDef('utdanning-B', 'B', 'utdanning');
