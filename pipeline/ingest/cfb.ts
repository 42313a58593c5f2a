// Lists the streams of a Compound File (OLE2, the container of old .xls files and of password-protected
// .xlsx files), enough to tell the two apart: an encrypted OOXML workbook holds `EncryptionInfo` and
// `EncryptedPackage` (MS-OFFCRYPTO), an Excel 97–2003 workbook a `Workbook` (or `Book`) stream.
// Reads only the header, the FAT and the directory chain ([MS-CFB] 2.2–2.6); never throws.

const MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENDOFCHAIN = 0xfffffffe;
const MAX_SECTOR = 0xfffffffa;

export function isCompoundFile(buf: Buffer): boolean {
  return buf.length >= 512 && MAGIC.every((b, i) => buf[i] === b);
}

/** The names of the entries in the file's directory, or undefined when it is no readable Compound File. */
export function compoundEntryNames(buf: Buffer): string[] | undefined {
  if (!isCompoundFile(buf)) return undefined;
  const shift = buf.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return undefined;
  const size = 1 << shift;
  const sectorAt = (n: number) => (n + 1) * size;
  const inFile = (n: number) => n <= MAX_SECTOR && sectorAt(n) + size <= buf.length;
  // The FAT, from the 109 sector numbers in the header (files up to ~7 MB; enough to read a directory).
  const fat: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = buf.readUInt32LE(0x4c + 4 * i);
    if (!inFile(s)) continue;
    for (let j = 0; j < size / 4; j++) fat.push(buf.readUInt32LE(sectorAt(s) + 4 * j));
  }
  const names: string[] = [];
  const seen = new Set<number>();
  for (let s = buf.readUInt32LE(0x30); s !== ENDOFCHAIN && inFile(s) && !seen.has(s); s = fat[s] ?? ENDOFCHAIN) {
    seen.add(s);
    for (let at = sectorAt(s); at < sectorAt(s) + size; at += 128) {
      const type = buf[at + 66];
      const length = buf.readUInt16LE(at + 64);
      if (!type || length < 2 || length > 64) continue;
      names.push(buf.toString('utf16le', at, at + length - 2));
    }
  }
  return names;
}

/** Encrypted OOXML (a password-protected .xlsx). */
export function isEncryptedOoxml(buf: Buffer): boolean {
  const names = compoundEntryNames(buf);
  return names !== undefined && names.includes('EncryptedPackage') && names.includes('EncryptionInfo');
}
