// Strings as the xlsx format stores them (ECMA-376 ST_Xstring): characters XML cannot carry — control
// characters, and the carriage return, which XML parsers turn into a line feed — are written `_xHHHH_`,
// and an underscore that would start such an escape in the data is itself escaped (`_x005F_`). Excel and
// exceljs decode these, so a string reads back exactly as it was.

const ESCAPE_LIKE = /_(x[0-9A-Fa-f]{4}_)/g;
// XML 1.0 allows tab and line feed of the C0 controls; CR is escaped so that it survives.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]/g;

function hex(ch: string): string {
  return `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
}

export function xlsxString(s: string): string {
  return s.replace(ESCAPE_LIKE, '_x005F_$1').replace(NOT_XML, hex);
}
