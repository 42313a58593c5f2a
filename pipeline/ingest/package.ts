// Checks a workbook's zip package before exceljs reads it, so damage gets a clear finding instead of a
// library error: a damaged zip (cut off, bytes changed: CRC checked), a zip that is not a workbook, XML
// with a DOCTYPE (Excel never writes one; external entities could read other files), a missing part,
// a cell pointing past the shared-string table. Empty cells and rows that only carry a style are
// dropped from the sheets first: a sheet formatted down to row 1 048 576 would otherwise take exceljs
// minutes to read, for nothing.
import JSZip from 'jszip';
import type { Finding } from '../types.ts';
import { finding, type Location } from '../validate/messages.ts';

/** The workbook's parts, ready for exceljs, or undefined when it cannot be read (a finding says why). */
export async function checkPackage(buf: Buffer, where: Location, out: Finding[]): Promise<Buffer | undefined> {
  const file = where.file;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf, { checkCRC32: true });
  } catch {
    out.push(finding('file.damaged', { file }, where));
    return undefined;
  }
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  if (!names.includes('xl/workbook.xml')) {
    // A zip file, but not a workbook: a Word document, an OpenDocument spreadsheet, a zipped folder.
    const hint = names.includes('word/document.xml')
      ? ' (den er et Word-dokument)'
      : names.includes('content.xml')
        ? ' (den ser ut som et OpenDocument-regneark, .ods)'
        : ' (den er en zip-fil)';
    out.push(finding('file.not-excel', { file, hint }, where));
    return undefined;
  }

  const xml = new Map<string, string>();
  try {
    for (const name of names) {
      if (/\.(xml|rels|vml)$/i.test(name)) xml.set(name, await zip.file(name)!.async('string'));
    }
  } catch {
    out.push(finding('file.damaged', { file }, where));
    return undefined;
  }
  for (const [part, text] of xml) {
    if (/<!DOCTYPE/i.test(text)) {
      out.push(finding('file.xml-doctype', { file, part }, where));
      return undefined;
    }
  }

  const sheets = sheetParts(xml);
  if (!xml.has('xl/_rels/workbook.xml.rels')) {
    out.push(finding('file.part-missing', { file, part: 'xl/_rels/workbook.xml.rels', what: 'lista over arkene' }, where));
    return undefined;
  }
  for (const { name, part } of sheets) {
    if (!xml.has(part)) {
      out.push(finding('file.part-missing', { file, part, what: `arket ${name}` }, { ...where, sheet: name }));
      return undefined;
    }
  }

  const strings = xml.get('xl/sharedStrings.xml');
  const stringCount = strings === undefined ? undefined : (strings.match(/<si\b/g) ?? []).length;
  let changed = false;
  for (const { name, part } of sheets) {
    const before = xml.get(part)!;
    // Only sheets with very many empty cells are rewritten: for an ordinary sheet that costs more than it saves.
    let text = (before.match(EMPTY_ELEMENT) ?? []).length > EMPTY_CELLS_WORTH_DROPPING ? withoutEmptyCells(before) : before;
    if (/\bt="s"/.test(text)) {
      if (stringCount === undefined) {
        out.push(finding('file.part-missing', { file, part: 'xl/sharedStrings.xml', what: 'tekstene i cellene' }, where));
        return undefined;
      }
      const badIndex = (attrs: string, inner: string | undefined): string | undefined => {
        const v = inner === undefined ? undefined : /<v>([^<]*)<\/v>/.exec(inner)?.[1];
        if (v === undefined || !/\bt="s"/.test(attrs)) return undefined;
        const index = Number(v);
        return Number.isInteger(index) && index >= 0 && index < stringCount ? undefined : v;
      };
      if ([...text.matchAll(CELL)].some((m) => badIndex(m[1]!, m[2]) !== undefined)) {
        text = text.replace(CELL, (cell, attrs: string, inner: string | undefined) => {
          const v = badIndex(attrs, inner);
          if (v === undefined) return cell;
          const ref = /\br="([A-Z]+\d+)"/.exec(attrs)?.[1] ?? '';
          out.push(finding('cell.bad-shared-string', { file, sheet: name, cell: ref, index: v, count: stringCount }, { ...where, sheet: name, cell: ref }));
          return '';
        });
      }
    }
    if (text !== before) {
      zip.file(part, text);
      changed = true;
    }
  }
  return changed ? zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' }) : buf;
}

/** A cell element: its attributes and its content. */
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

const EMPTY_CELL = /<c\b[^>]*\/>/g;
const EMPTY_ELEMENT = /<(?:c|row)\b[^>]*\/>/g;
const EMPTY_CELLS_WORTH_DROPPING = 10_000;

/** Drops cells with neither value, formula nor inline string, then rows left empty. */
export function withoutEmptyCells(sheetXml: string): string {
  return sheetXml
    .replace(EMPTY_CELL, '')
    .replace(/<c\b[^>]*>\s*<\/c>/g, '')
    .replace(/<row\b[^>]*\/>/g, '')
    .replace(/<row\b[^>]*>\s*<\/row>/g, '');
}

/** Each sheet's name and the path of its part, from workbook.xml and its relationships. */
function sheetParts(xml: Map<string, string>): { name: string; part: string }[] {
  const wb = xml.get('xl/workbook.xml') ?? '';
  const rels = xml.get('xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map<string, string>();
  for (const [rel] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(rel)?.[1];
    const target = /\bTarget="([^"]+)"/.exec(rel)?.[1];
    if (id && target && !/TargetMode="External"/.test(rel)) targets.set(id, target);
  }
  const out: { name: string; part: string }[] = [];
  for (const [tag] of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescapeXml(/\bname="([^"]*)"/.exec(tag)?.[1] ?? '');
    const id = /\br:id="([^"]+)"/.exec(tag)?.[1];
    const target = id ? targets.get(id) : undefined;
    if (!target) continue;
    out.push({ name, part: target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}` });
  }
  return out;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
