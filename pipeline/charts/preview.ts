// A self-contained HTML page that shows charts with the embedded font, for looking at them (PNG screenshots
// in tests and while developing) the way the report's pages will show them.
import { fontFaceCss, FONT_STACK } from '../fonts/index.ts';
import { BACKGROUND, cssColour, TEXT } from '../look/index.ts';
import { escapeHtml } from '../util/escape.ts';

export interface PreviewItem {
  id: string;
  title: string;
  /** SVG made by renderChart (trusted: the project's own output). */
  svg: string;
}

export function chartPreviewHtml(items: readonly PreviewItem[]): string {
  const figures = items
    .map(
      (i) =>
        `<figure id="figure-${escapeHtml(i.id)}"><figcaption>${escapeHtml(i.title)}</figcaption>${i.svg}</figure>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>Figurer</title>
<style>
${fontFaceCss()}
body { font-family: ${FONT_STACK}; margin: 16px; background: ${cssColour(BACKGROUND)}; color: ${cssColour(TEXT)}; }
figure { margin: 0 0 24px; width: max-content; }
figcaption { font-weight: 600; font-size: 14px; margin-bottom: 6px; }
svg { display: block; }
</style></head><body>
${figures}
</body></html>`;
}
