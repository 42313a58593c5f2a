// Loads and validates the project file; errors name the file and the key. Pure apart from reading the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYamlWith } from '../util/yaml-schema.ts';
import { PROJECT_ROOT } from '../paths.ts';
import { projectSchema, type ProjectFile } from './schema.ts';
import { PipelineError } from '../errors.ts';

/** report.yaml at the project root. */
export const DEFAULT_PROJECT_FILE = join(PROJECT_ROOT, 'report.yaml');

export class ProjectError extends PipelineError {
  constructor(
    readonly file: string,
    readonly issues: string[],
  ) {
    super('project.invalid', `Project file ${file} is invalid:\n  - ${issues.join('\n  - ')}`);
  }
}

/** A loaded project: the file's content and where it came from. */
export interface Project extends ProjectFile {
  /** The file it was read from. */
  file: string;
}

export function parseProject(text: string, file: string): Project {
  const data = parseYamlWith(projectSchema, text, (issues) => {
    throw new ProjectError(file, issues);
  }, {});
  const seen = new Set<string>();
  const issues: string[] = [];
  data.chapters.forEach((c, i) => {
    if (seen.has(c.id)) issues.push(`chapters.${i}.id: chapter "${c.id}" is listed twice`);
    seen.add(c.id);
  });
  if (issues.length > 0) throw new ProjectError(file, issues);
  return { ...data, file };
}

/** Reads the project file (default report.yaml at the project root). */
export function loadProject(file: string = DEFAULT_PROJECT_FILE): Project {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ProjectError(file, [`cannot read the file: ${(err as Error).message}`]);
  }
  return parseProject(text, file);
}

/** What the command line may override. */
export interface ProjectOverrides {
  title?: string;
  subtitle?: string;
  /** YYYY-MM-DD */
  date?: string;
}

/** The project with the command line's values in place of the file's; checked against the schema again. */
export function withOverrides(project: Project, overrides: ProjectOverrides): Project {
  const set = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) as ProjectOverrides;
  if (Object.keys(set).length === 0) return project;
  const { file, ...rest } = project;
  const result = projectSchema.safeParse({ ...rest, ...set });
  if (!result.success) {
    throw new ProjectError(`${file} (with the command line's ${Object.keys(set).map((k) => `--${k}`).join(', ')})`, result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return { ...result.data, file };
}
