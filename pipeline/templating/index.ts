// Templating: a strict Handlebars environment with Norwegian helpers, shared by the report and the fact sheets.
export { createEngine, TemplateError, templateError } from './engine.ts';
export type { EngineOptions, TemplateEngine } from './engine.ts';
export { HELPER_DOCS, registerHelpers, type HelperDoc } from './helpers.ts';
export { changePhrase } from './phrases.ts';
export type { ChangeOptions, Lang } from './phrases.ts';
