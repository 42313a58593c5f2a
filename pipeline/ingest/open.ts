// Opens a workbook file without ever throwing on bad input: a missing file, a file that is not an
// Excel workbook (.xls, CSV, PDF renamed to .xlsx), a password-protected one or a damaged one becomes
// a finding.
import { existsSync, readFileSync, statSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Finding } from '../types.ts';
import { finding, type Location } from '../validate/messages.ts';
import { isEncryptedOoxml } from './cfb.ts';
import { checkPackage } from './package.ts';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buf: Buffer, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

/** What the file seems to be instead, for the message. */
function sniff(buf: Buffer): string {
  if (buf.length === 0) return ' (filen er tom, 0 byte)';
  if (startsWith(buf, OLE)) return ' (den ser ut som det gamle Excel-formatet .xls)';
  if (buf.subarray(0, 5).toString('latin1') === '%PDF-') return ' (den er en PDF)';
  const head = buf.subarray(0, 512).toString('utf8');
  if (/^[\x09\x0a\x0d\x20-\x7e\u00a0-\uffff]*$/.test(head)) return ' (den er en tekstfil)';
  return '';
}

export async function openWorkbook(path: string, where: Location, out: Finding[]): Promise<ExcelJS.Workbook | undefined> {
  const file = where.file;
  if (!existsSync(path) || !statSync(path).isFile()) {
    out.push(finding('file.not-found', { file }, where));
    return undefined;
  }
  const buf = readFileSync(path);
  if (isEncryptedOoxml(buf)) {
    out.push(finding('file.encrypted', { file }, where));
    return undefined;
  }
  if (!startsWith(buf, ZIP)) {
    out.push(finding('file.not-excel', { file, hint: sniff(buf) }, where));
    return undefined;
  }
  const parts = await checkPackage(buf, where, out);
  if (!parts) return undefined;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(parts as unknown as ArrayBuffer);
  } catch (err) {
    const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 120);
    out.push(finding('file.unreadable', { file, reason }, where));
    return undefined;
  }
  return wb;
}
