// The source line every table and figure carries; sample data says so.
import type { Panel } from '../types.ts';

export const SOURCE = 'Kilde: Helsedirektoratet, IS-24/8.';
export const SAMPLE_NOTICE = 'Eksempeldata – ikke offisielle tall.';

export function sourceLine(panel: Panel): string {
  return panel.synthetic ? `${SOURCE} ${SAMPLE_NOTICE}` : SOURCE;
}
