// After printing: document metadata, outline titles, artifacts, size. Chrome already writes Title (from
// <title>), Lang (from <html lang>), MarkInfo/StructTreeRoot (tagged) and Outlines; it writes no
// Author/Subject/Keywords, sets Creator to its user agent and writes no XMP. `editPdf` (pdf-lib objects; on
// Chrome's own files only the objects it changes are parsed, see pdf-chrome.ts) sets Title,
// Author, Subject, Keywords, Creator, Lang, DisplayDocTitle, an XMP packet with the same and optionally fixed
// dates; repairs outline titles (pdf-outline.ts) and marks page headers/footers as artifacts
// (pdf-artifacts.ts).
// `shrinkPdf` runs `qpdf --object-streams=generate --recompress-flate` (skipped with a warning when qpdf is
// not installed). Both keep the structure tree, MarkInfo, Lang and the outline.
//
//   await writePdf('output/2024/rapport/rapport.pdf', result.pdf, { metadata, headings: result.headings, log });
//   // = outline titles + metadata + qpdf + atomic write
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFContext } from 'pdf-lib';
import type { Logger } from '../context.ts';
import { writeFileAtomic } from '../util/atomic-write.ts';
import { PrintError } from './errors.ts';
import { markUntaggedAsArtifacts } from './pdf-artifacts.ts';
import { openChromePdf } from './pdf-chrome.ts';
import { repairOutlineTitles } from './pdf-outline.ts';
import { escapeHtml } from '../util/escape.ts';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords?: readonly string[];
  /** BCP 47 language; default `nb`. */
  lang?: string;
  /** Default `is248-rapport`. */
  creator?: string;
  /** Creation and modification date; omit to keep the print time Chrome wrote. */
  date?: Date;
}

/**
 * The edits, in one load/save: metadata (and XMP), outline titles repaired from `headings`, untagged content
 * (page headers/footers) marked as artifacts. A PDF as Chrome writes it is edited in place of its few objects
 * that change (pdf-chrome.ts); any other PDF is loaded and saved whole with pdf-lib.
 */
export async function editPdf(pdf: Uint8Array, options: EditOptions): Promise<Uint8Array> {
  const chrome = openChromePdf(pdf);
  if (chrome !== undefined) {
    applyEdits(chrome.context, chrome.catalog, chrome.info, chrome.pages, options);
    return chrome.save();
  }
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  let info = doc.context.lookupMaybe(doc.context.trailerInfo.Info, PDFDict);
  if (info === undefined) {
    info = doc.context.obj({});
    doc.context.trailerInfo.Info = doc.context.register(info);
  }
  applyEdits(doc.context, doc.catalog, info, doc.getPages().map((p) => p.node), options);
  return doc.save({ updateFieldAppearances: false });
}

function applyEdits(context: PDFContext, catalog: PDFDict, info: PDFDict, pages: readonly PDFDict[], options: EditOptions): void {
  const meta = options.metadata;
  if (options.headings !== undefined) repairOutlineTitles(catalog, options.headings);
  if (options.markArtifacts !== false) markUntaggedAsArtifacts(context, pages);
  const lang = meta.lang ?? 'nb';
  const creator = meta.creator ?? 'is248-rapport';
  const text = (key: string, value: string): void => info.set(PDFName.of(key), PDFHexString.fromText(value));
  text('Title', meta.title);
  text('Author', meta.author);
  text('Subject', meta.subject);
  if (meta.keywords !== undefined) text('Keywords', meta.keywords.join(' '));
  text('Creator', creator);
  if (meta.date !== undefined) {
    info.set(PDFName.of('CreationDate'), PDFString.fromDate(meta.date));
    info.set(PDFName.of('ModDate'), PDFString.fromDate(meta.date));
  }
  // Viewers show the title, not the file name.
  const prefs = catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
  if (prefs !== undefined) prefs.set(PDFName.of('DisplayDocTitle'), PDFBool.True);
  else catalog.set(PDFName.of('ViewerPreferences'), context.obj({ DisplayDocTitle: true }));
  const producerEntry = info.lookup(PDFName.of('Producer'));
  const producer = producerEntry instanceof PDFString || producerEntry instanceof PDFHexString ? producerEntry.decodeText() : 'Skia/PDF';
  // UTF-8 bytes (a string would be written as Latin-1).
  const xmp = context.stream(new TextEncoder().encode(xmpPacket({ ...meta, lang, creator, producer })), {
    Type: 'Metadata',
    Subtype: 'XML',
  });
  catalog.set(PDFName.of('Metadata'), context.register(xmp));
  // A string, not a name: keep the catalog's /Lang exactly as PDF wants it.
  catalog.set(PDFName.of('Lang'), PDFString.of(lang));
}

function xmpPacket(m: PdfMetadata & { lang: string; creator: string; producer: string }): string {
  const alt = (text: string): string =>
    `<rdf:Alt><rdf:li xml:lang="x-default">${escapeHtml(text)}</rdf:li></rdf:Alt>`;
  const date = m.date?.toISOString();
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title>${alt(m.title)}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${escapeHtml(m.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description>${alt(m.subject)}</dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${escapeHtml(m.lang)}</rdf:li></rdf:Bag></dc:language>`,
    ...(m.keywords !== undefined ? [`<pdf:Keywords>${escapeHtml(m.keywords.join(', '))}</pdf:Keywords>`] : []),
    `<pdf:Producer>${escapeHtml(m.producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${escapeHtml(m.creator)}</xmp:CreatorTool>`,
    ...(date !== undefined ? [`<xmp:CreateDate>${date}</xmp:CreateDate>`, `<xmp:ModifyDate>${date}</xmp:ModifyDate>`] : []),
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/** qpdf's arguments for shrinking (object streams, recompressed streams, an /ID that depends only on content). */
export const QPDF_ARGS = ['--object-streams=generate', '--recompress-flate', '--compression-level=9', '--deterministic-id'] as const;

/** Smaller PDF through qpdf; returns the input unchanged (and warns) when qpdf is not on PATH. */
export function shrinkPdf(pdf: Uint8Array, log?: Logger, qpdf = 'qpdf'): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'is248-qpdf-'));
  try {
    const input = join(dir, 'in.pdf');
    const output = join(dir, 'out.pdf');
    writeFileSync(input, pdf);
    const run = spawnSync(qpdf, [...QPDF_ARGS, input, output], { encoding: 'utf8' });
    if (run.error !== undefined) {
      if ((run.error as NodeJS.ErrnoException).code === 'ENOENT') {
        log?.warn('qpdf is not installed: PDF written without compression (apt-get install qpdf)');
        return pdf;
      }
      throw new PrintError('print.qpdf-failed', `qpdf could not run: ${run.error.message}`);
    }
    // Exit code 3: succeeded with warnings.
    if (run.status !== 0 && run.status !== 3) {
      throw new PrintError('print.qpdf-failed', `qpdf failed (exit ${run.status}): ${run.stderr.trim()}`);
    }
    if (run.status === 3) log?.warn(`qpdf: ${run.stderr.trim()}`);
    return new Uint8Array(readFileSync(output));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface EditOptions {
  metadata: PdfMetadata;
  /** PrintResult.headings: repairs outline titles. */
  headings?: readonly string[];
  /** Mark content outside the structure (page headers and footers) as /Artifact; default true. */
  markArtifacts?: boolean;
}

export interface FinishOptions extends EditOptions {
  log?: Logger;
  /** Run qpdf; default true. */
  shrink?: boolean;
}

/** editPdf, then qpdf. */
export async function finishPdf(pdf: Uint8Array, options: FinishOptions): Promise<Uint8Array> {
  const withMeta = await editPdf(pdf, options);
  return options.shrink === false ? withMeta : shrinkPdf(withMeta, options.log);
}

/** Metadata, qpdf, then an atomic write: a half-written PDF is never left at `file`. Returns the bytes written. */
export async function writePdf(file: string, pdf: Uint8Array, options: FinishOptions): Promise<Uint8Array> {
  const out = await finishPdf(pdf, options);
  writeFileAtomic(file, out);
  return out;
}
