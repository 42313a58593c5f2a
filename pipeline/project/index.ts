// The project file (report.yaml): the report's title, series, authors, date, ISBN, language, chapters and
// outputs, validated by a schema. Every output takes the report's identity from here; the command line may
// override the title, subtitle and date.
//
//   const project = withOverrides(loadProject(opts.project), { title: opts.title });
//   const meta = reportMeta(project, 2024, new Date());   // meta.title, meta.series ("IS-24/8"), meta.author …
//   project.chapters                                      // [{ id, file, title? }, …] in order
//   project.outputs.includes('web')
export { DEFAULT_PROJECT_FILE, loadProject, parseProject, ProjectError, withOverrides, type Project, type ProjectOverrides } from './load.ts';
export { reportMeta, type ReportMeta } from './meta.ts';
export { isIsbn13, OUTPUTS, projectSchema, type ChapterEntry, type OutputKind, type ProjectFile } from './schema.ts';
