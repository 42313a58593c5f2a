// PDF metadata of a sheet (title, subject, keywords) in the sheet's language, for pipeline/print writePdf.
import { FACTSHEET_TEMPLATES } from './html.ts';
import { loadCatalogue, translator } from './i18n.ts';
import type { FactsheetModel, Lang } from './types.ts';

export function factsheetPdfMetadata(model: FactsheetModel, lang: Lang = model.unit.lang): { title: string; subject: string; keywords: readonly string[] } {
  const t = translator(loadCatalogue(FACTSHEET_TEMPLATES, lang));
  const name = model.unit.kind === 'land' ? t('land') : model.unit.name;
  const subject = t('sheet.pdfSubject', { name, year: model.reportYear });
  return {
    title: t('sheet.pdfTitle', { year: model.reportYear, name, code: model.unit.code }),
    subject: model.synthetic ? `${subject}. ${t('marking.short')}` : subject,
    keywords: [
      name,
      ...model.unit.parallelNames,
      model.unit.code,
      ...(model.unit.fylke ? [model.unit.fylke.name] : []),
      String(model.reportYear),
      ...t('sheet.keywords').split(', '),
    ],
  };
}
