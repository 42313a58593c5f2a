// Årsverk by tiltak for voksne (tiltak-V) and barn og unge (tiltak-B), with the change from the year before.
import { categoryTableDef } from './category-table.ts';

export const tiltakV = categoryTableDef('tiltak-V', 'V', 'tiltak');
export const tiltakB = categoryTableDef('tiltak-B', 'B', 'tiltak');
