// Fact sheets: one 2–4 page A4 sheet per unit of the report year (kommuner with Oslo as a whole, Oslo's
// bydeler, fylker, the country), in the unit's own written standard (bokmål or nynorsk).
//
//   factsheetUnits(data)                   → every unit with a sheet: code, name, kind, fylke, lang, slug
//   factsheetModel(data, code)             → what the sheet shows, as plain data (pure; JSON-serialisable)
//   factsheetDependencies(data, code)      → small JSON value that changes exactly when the sheet would change
//   factsheetHtml(model, { lang, synthetic }) → complete self-contained HTML (fonts, CSS, SVG inline)
//   factsheetPdfMetadata(model, lang)      → title / subject / keywords for writePdf
//
// Printing: the HTML carries its own page frame (@page size, margins, running head, the sample-data marking and
// "side n av N" in the page margin boxes), so print it with mode 'native' and no `native.frame`:
//   printer.print({ html, mode: 'native' })
export { factsheetUnits, factsheetUnit, langOf, FactsheetError } from './units.ts';
export { factsheetModel } from './model.ts';
export { factsheetDependencies, dependenciesOf, DEPENDENCY_VERSION } from './dependencies.ts';
export { factsheetHtml, FACTSHEET_MARGIN } from './html.ts';
export { factsheetPdfMetadata } from './metadata.ts';
export { slug } from './slug.ts';
export type * from './types.ts';
