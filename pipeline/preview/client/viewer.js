// The preview's PDF viewer (served as /_/viewer.js, an ES module): draws the printed PDF of the page
// (window.__preview.pdf) with pdf.js, one canvas per page at the screen's pixel ratio and a text layer above it
// (text can be found and selected), then tells client.js the page is ready. The pages are Chrome's own print
// of the document, as the build prints it.
import * as pdfjs from '/_/pdfjs/pdf.mjs';

pdfjs.GlobalWorkerOptions.workerSrc = '/_/pdfjs/pdf.worker.mjs';
/** CSS pixels per PDF point: an A4 page is 794 px wide, as the document at 96 dpi. */
const SCALE = 96 / 72;

const data = window.__preview;
const main = document.getElementById('pv-pages');

async function pdfBytes(url) {
  const r = await fetch(url, { credentials: 'same-origin' });
  if (!r.ok) throw new Error((await r.text()) || `HTTP ${r.status}`);
  return new Uint8Array(await r.arrayBuffer());
}

/** A page's box with its canvas and text layer, at its printed size (laid out before anything is drawn). */
function pageBox(doc, page, n) {
  const viewport = page.getViewport({ scale: SCALE });
  const ratio = window.devicePixelRatio || 1;
  const box = document.createElement('div');
  box.className = 'pv-page';
  box.setAttribute('data-page-number', String(n));
  box.setAttribute('role', 'img');
  box.setAttribute('aria-label', `Side ${n} av ${doc.numPages}`);
  box.style.width = `${Math.floor(viewport.width)}px`;
  box.style.height = `${Math.floor(viewport.height)}px`;
  box.style.setProperty('--total-scale-factor', String(viewport.scale));
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  const text = document.createElement('div');
  text.className = 'textLayer';
  box.append(canvas, text);
  main.append(box);
  return { page, viewport, ratio, canvas, text };
}

async function show() {
  performance.mark('pv-start');
  const bytes = await pdfBytes(data.pdf);
  performance.mark('pv-fetched');
  const doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false }).promise;
  performance.mark('pv-parsed');
  const pages = await Promise.all(Array.from({ length: doc.numPages }, (_, i) => doc.getPage(i + 1)));
  main.textContent = '';
  main.setAttribute('data-pages', String(doc.numPages));
  const boxes = pages.map((page, i) => pageBox(doc, page, i + 1));
  // Every page at once: the worker prepares the next page while this thread paints the previous one.
  await Promise.all(
    boxes.map(async ({ page, viewport, ratio, canvas, text }) => {
      await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise;
      await new pdfjs.TextLayer({ textContentSource: page.streamTextContent(), container: text, viewport }).render();
    }),
  );
}

show()
  .catch((err) => {
    main.textContent = '';
    const box = document.createElement('pre');
    box.className = 'pv-error';
    box.setAttribute('role', 'alert');
    box.textContent = `Siden kunne ikke skrives ut:\n${err && err.message ? err.message : String(err)}\n\nSiden lastes på nytt av seg selv når malen eller dataene endres.`;
    main.append(box);
    main.setAttribute('data-error', '');
  })
  .finally(() => {
    performance.mark('pv-done');
    main.removeAttribute('aria-busy');
    window.__previewReady();
  });
