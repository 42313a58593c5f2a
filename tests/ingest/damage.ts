// Damage for the ingest fuzz test: each function takes a valid workbook (the bytes of an .xlsx) and a
// seeded random source and returns the bytes of a damaged copy, the way real files go wrong (cut off in
// transfer, edited by other programs, saved in the old format, protected with a password) or the way a
// hostile file is made (external XML entities, huge strings, hundreds of thousands of empty rows).
import JSZip from 'jszip';

export type Rand = () => number;

/** An integer in [lo, hi). */
export function int(rand: Rand, lo: number, hi: number): number {
  return lo + Math.floor(rand() * (hi - lo));
}

export function pick<T>(rand: Rand, items: readonly T[]): T {
  return items[int(rand, 0, items.length)]!;
}

/** The workbook's parts, for editing. */
async function parts(xlsx: Buffer): Promise<JSZip> {
  return JSZip.loadAsync(xlsx);
}

async function save(zip: JSZip): Promise<Buffer> {
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function editPart(xlsx: Buffer, path: string, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await parts(xlsx);
  const file = zip.file(path);
  if (!file) throw new Error(`no part ${path} in the workbook`);
  const before = await file.async('string');
  const after = edit(before);
  if (after === before) throw new Error(`the edit of ${path} changed nothing`);
  zip.file(path, after);
  return save(zip);
}

/** The sheet part of a sheet by its name, from workbook.xml and its relationships. */
export async function sheetPart(xlsx: Buffer, name: string): Promise<string> {
  const zip = await parts(xlsx);
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const sheet = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(wb);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const target = new RegExp(`Id="${sheet[1]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${sheet[1]}"`).exec(rels);
  const t = target?.[1] ?? target?.[2];
  if (!t) throw new Error(`no relationship ${sheet[1]}`);
  return t.startsWith('/') ? t.slice(1) : `xl/${t}`;
}

// ---------------------------------------------------------------------------------------------
// The zip container

/** Cut off after a random point (a transfer that stopped). */
export function truncate(xlsx: Buffer, rand: Rand): Buffer {
  return xlsx.subarray(0, int(rand, 30, xlsx.length - 30));
}

/** A few random bytes overwritten somewhere after the first local header. */
export function corruptBytes(xlsx: Buffer, rand: Rand): Buffer {
  const out = Buffer.from(xlsx);
  const n = int(rand, 1, 8);
  for (let i = 0; i < n; i++) out[int(rand, 40, out.length)] = int(rand, 0, 256);
  return out;
}

/** One part removed. */
export async function removePart(xlsx: Buffer, path: string): Promise<Buffer> {
  const zip = await parts(xlsx);
  if (!zip.file(path)) throw new Error(`no part ${path}`);
  zip.remove(path);
  return save(zip);
}

// ---------------------------------------------------------------------------------------------
// Cells (`sheet` is the part path, e.g. xl/worksheets/sheet2.xml)

/** Replaces the `<c>` element of one cell. */
export async function setCell(xlsx: Buffer, sheet: string, ref: string, cell: string): Promise<Buffer> {
  return editPart(xlsx, sheet, (xml) => xml.replace(new RegExp(`<c r="${ref}"(?:[^>]*/>|[^>]*>.*?</c>)`), cell));
}

/** A shared-string cell pointing past the end of the shared-string table. */
export function badSharedString(xlsx: Buffer, sheet: string, ref: string, index: number): Promise<Buffer> {
  return setCell(xlsx, sheet, ref, `<c r="${ref}" t="s"><v>${index}</v></c>`);
}

/** A numeric cell whose value is not a number (`<v>` holds text). */
export function notANumber(xlsx: Buffer, sheet: string, ref: string, text: string): Promise<Buffer> {
  return setCell(xlsx, sheet, ref, `<c r="${ref}"><v>${text}</v></c>`);
}

/** An inline string of `length` characters. */
export function hugeString(xlsx: Buffer, sheet: string, ref: string, length: number): Promise<Buffer> {
  return setCell(xlsx, sheet, ref, `<c r="${ref}" t="inlineStr"><is><t>${'x'.repeat(length)}</t></is></c>`);
}

/** A number formatted with the workbook's date style (style 1 of the fixtures is dd.mm.yyyy): Excel shows a date. */
export function dateStyled(xlsx: Buffer, sheet: string, ref: string, value: number): Promise<Buffer> {
  return setCell(xlsx, sheet, ref, `<c r="${ref}" s="1"><v>${value}</v></c>`);
}

/** `rows` empty rows with a style below the data, as a sheet formatted down to row 1 048 576 has. */
export function emptyStyledRows(xlsx: Buffer, sheet: string, rows: number, cells = true): Promise<Buffer> {
  return editPart(xlsx, sheet, (xml) => {
    const last = Math.max(...[...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])));
    const empty: string[] = [];
    for (let r = last + 1; r <= last + rows; r++) empty.push(cells ? `<row r="${r}" s="1" customFormat="1"><c r="C${r}" s="1"/></row>` : `<row r="${r}" s="1" customFormat="1"/>`);
    return xml.replace('</sheetData>', `${empty.join('')}</sheetData>`).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:AF${last + rows}"/>`);
  });
}

/**
 * An external entity in the shared strings: `&xxe;` would pull in the file at `url` (XXE). A reader
 * that resolves it puts the file's text into a cell.
 */
export function externalEntity(xlsx: Buffer, url: string): Promise<Buffer> {
  return editPart(xlsx, 'xl/sharedStrings.xml', (xml) =>
    xml
      .replace(/^(<\?xml[^>]*\?>)/, `$1<!DOCTYPE sst [<!ENTITY xxe SYSTEM "${url}">]>`)
      .replace('<t>Gamle Oslo</t>', '<t>&xxe;</t>'),
  );
}

/** The text of one header cell (a shared string) replaced. */
export function renameSharedString(xlsx: Buffer, from: string, to: string): Promise<Buffer> {
  return editPart(xlsx, 'xl/sharedStrings.xml', (xml) => xml.replace(`<t>${from}</t>`, `<t>${to}</t>`));
}

/** A sheet's name in workbook.xml replaced (e.g. by its NFD form). */
export function renameSheet(xlsx: Buffer, from: string, to: string): Promise<Buffer> {
  return editPart(xlsx, 'xl/workbook.xml', (xml) => xml.replace(`name="${from}"`, `name="${to}"`));
}

/** The sheet `name` hidden (state="hidden", or "veryHidden": only a macro can show it again). */
export function hideSheet(xlsx: Buffer, name: string, state: 'hidden' | 'veryHidden' = 'hidden'): Promise<Buffer> {
  return editPart(xlsx, 'xl/workbook.xml', (xml) => xml.replace(new RegExp(`(<sheet [^>]*name="${name}"[^>]*?)state="visible"`), `$1state="${state}"`));
}

/**
 * The sheet `name` hidden, and a visible copy of it named `copyName` with one cell changed: what Excel
 * leaves when someone copies a sheet, edits the copy and hides the original.
 */
export async function hiddenSheetWithCopy(xlsx: Buffer, name: string, copyName: string, ref: string, value: number): Promise<Buffer> {
  const zip = await parts(xlsx);
  const part = await sheetPart(xlsx, name);
  const copyPart = 'xl/worksheets/sheet99.xml';
  const sheetXml = await zip.file(part)!.async('string');
  zip.file(copyPart, sheetXml.replace(new RegExp(`<c r="${ref}"(?:[^>]*/>|[^>]*>.*?</c>)`), `<c r="${ref}"><v>${value}</v></c>`));
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const hidden = wb.replace(new RegExp(`(<sheet [^>]*name="${name}"[^>]*?)state="visible"`), '$1state="hidden"');
  zip.file('xl/workbook.xml', hidden.replace('</sheets>', `<sheet sheetId="99" name="${copyName}" state="visible" r:id="rId99"/></sheets>`));
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet99.xml"/></Relationships>',
    ),
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/worksheets/sheet99.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
  );
  return save(zip);
}

// ---------------------------------------------------------------------------------------------
// Compound File Binary (OLE2) containers: the old .xls format and password-protected OOXML

const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;

/**
 * A minimal, valid Compound File (version 3, 512-byte sectors) holding the named streams, each in
 * regular sectors: enough for a reader to list its streams. An old .xls has a `Workbook` stream; an
 * encrypted OOXML workbook has `EncryptionInfo` and `EncryptedPackage` (MS-OFFCRYPTO).
 */
export function compoundFile(streams: Record<string, Buffer>): Buffer {
  const names = Object.keys(streams);
  if (names.length > 3) throw new Error('one directory sector holds four entries');
  const dataSectors = names.map((n) => Math.max(1, Math.ceil(streams[n]!.length / 512)));
  const total = 2 + dataSectors.reduce((a, b) => a + b, 0);
  if (total > 128) throw new Error('one FAT sector maps 128 sectors');
  const out = Buffer.alloc(512 * (1 + total));
  // Header
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(out, 0);
  out.writeUInt16LE(0x3e, 0x18);
  out.writeUInt16LE(3, 0x1a);
  out.writeUInt16LE(0xfffe, 0x1c);
  out.writeUInt16LE(9, 0x1e);
  out.writeUInt16LE(6, 0x20);
  out.writeUInt32LE(1, 0x2c); // FAT sectors
  out.writeUInt32LE(1, 0x30); // first directory sector
  out.writeUInt32LE(4096, 0x38); // mini stream cutoff
  out.writeUInt32LE(ENDOFCHAIN, 0x3c); // no mini FAT
  out.writeUInt32LE(ENDOFCHAIN, 0x44); // no DIFAT sectors
  for (let i = 0; i < 109; i++) out.writeUInt32LE(i === 0 ? 0 : FREESECT, 0x4c + 4 * i);
  const sector = (n: number) => 512 * (n + 1);
  // FAT (sector 0): itself, the directory (sector 1), then each stream's chain.
  const fat = new Array<number>(128).fill(FREESECT);
  fat[0] = FATSECT;
  fat[1] = ENDOFCHAIN;
  let next = 2;
  const starts: number[] = [];
  names.forEach((name, i) => {
    starts.push(next);
    for (let s = 0; s < dataSectors[i]!; s++) fat[next + s] = s === dataSectors[i]! - 1 ? ENDOFCHAIN : next + s + 1;
    streams[name]!.copy(out, sector(next));
    next += dataSectors[i]!;
  });
  fat.forEach((v, i) => out.writeUInt32LE(v, sector(0) + 4 * i));
  // Directory (sector 1): the root entry, then the streams as a chain of right siblings.
  const entry = (i: number, name: string, type: number, child: number, right: number, start: number, size: number) => {
    const at = sector(1) + 128 * i;
    out.write(name, at, 'utf16le');
    out.writeUInt16LE((name.length + 1) * 2, at + 64);
    out.writeUInt8(type, at + 66);
    out.writeUInt8(1, at + 67); // black
    out.writeUInt32LE(FREESECT, at + 68); // left sibling
    out.writeUInt32LE(right, at + 72);
    out.writeUInt32LE(child, at + 76);
    out.writeUInt32LE(start, at + 116);
    out.writeUInt32LE(size, at + 120);
  };
  entry(0, 'Root Entry', 5, names.length ? 1 : FREESECT, FREESECT, ENDOFCHAIN, 0);
  names.forEach((name, i) => entry(i + 1, name, 2, FREESECT, i + 2 <= names.length ? i + 2 : FREESECT, starts[i]!, streams[name]!.length));
  return out;
}

/** An old binary workbook (BIFF8 in a `Workbook` stream), as Excel 97–2003 saves it. */
export function oldXls(rand: Rand): Buffer {
  const biff = Buffer.alloc(4096);
  // BOF record (0x0809) of a BIFF8 workbook globals substream, then random bytes.
  biff.writeUInt16LE(0x0809, 0);
  biff.writeUInt16LE(16, 2);
  biff.writeUInt16LE(0x0600, 4);
  biff.writeUInt16LE(0x0005, 6);
  for (let i = 20; i < biff.length; i++) biff[i] = int(rand, 0, 256);
  return compoundFile({ Workbook: biff });
}

/** A password-protected .xlsx (agile encryption): the package encrypted inside a Compound File. */
export function encryptedXlsx(xlsx: Buffer, rand: Rand): Buffer {
  const info = Buffer.concat([
    Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), // version 4.4, agile
    Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>'),
  ]);
  const pkg = Buffer.alloc(8 + Math.min(xlsx.length, 20_000));
  pkg.writeUInt32LE(xlsx.length, 0);
  for (let i = 8; i < pkg.length; i++) pkg[i] = int(rand, 0, 256);
  return compoundFile({ EncryptionInfo: info, EncryptedPackage: pkg.subarray(0, Math.min(pkg.length, 40 * 512)) });
}

/** Internal entities that expand to a billion copies ("billion laughs"). */
export function entityExpansion(xlsx: Buffer): Promise<Buffer> {
  const levels = ['<!ENTITY a0 "ha">'];
  for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`);
  return editPart(xlsx, 'xl/sharedStrings.xml', (xml) =>
    xml.replace(/^(<\?xml[^>]*\?>)/, `$1<!DOCTYPE sst [${levels.join('')}]>`).replace('<t>Gamle Oslo</t>', '<t>&a9;</t>'),
  );
}

/** A relationship of the workbook to a file outside it (an external link), which a reader must not follow. */
export function externalRelationship(xlsx: Buffer, url: string): Promise<Buffer> {
  return editPart(xlsx, 'xl/_rels/workbook.xml.rels', (xml) =>
    xml.replace(
      '</Relationships>',
      `<Relationship Id="rId98" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="${url}" TargetMode="External"/></Relationships>`,
    ),
  );
}
