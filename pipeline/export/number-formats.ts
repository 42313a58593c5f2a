// Excel number format codes per column format of the table models. Codes are stored in the file in the
// invariant (en-US) notation: `,` is the thousands separator and `.` the decimal point, and Excel shows them
// in the viewer's locale, so Norwegian Excel and LibreOffice show `17 436` and `2,1`. The negative sign is
// the minus U+2212 as a quoted literal, as in the report's text (`−8`, `+2,1 %`).
import type { ColumnFormat } from '../registry/types.ts';

const MINUS = '"\u2212"';

export const EXCEL_NUMBER_FORMATS: Readonly<Record<ColumnFormat, string>> = {
  // A text column's strings get `@` (text); a number in a text column (a year) keeps General.
  text: '@',
  integer: '#,##0',
  decimal1: '#,##0.0',
  decimal2: '#,##0.00',
  percent1: '0.0 %',
  signedInteger: `+#,##0;${MINUS}#,##0;0`,
  signedDecimal1: `+#,##0.0;${MINUS}#,##0.0;0.0`,
  signedPercent1: `+0.0 %;${MINUS}0.0 %;0.0 %`,
};

/** The text format: a string cell stays a string even when a user edits it. */
export const TEXT_FORMAT = '@';
/** Excel's default format, for numbers in text columns (years, codes that are numbers in the model). */
export const GENERAL_FORMAT = 'General';
