// A YAML file read against a zod schema: the parsed value, or every problem as `key.path: message` lines for the
// caller's own error (the codebook's, the project file's), so a broken file names the key.
import { parse } from 'yaml';
import type { z } from 'zod';

export function parseYamlWith<S extends z.ZodType>(schema: S, text: string, fail: (issues: string[]) => never, empty?: unknown): z.infer<S> {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (err) {
    return fail([`not valid YAML: ${(err as Error).message}`]);
  }
  const result = schema.safeParse(raw ?? empty);
  if (!result.success) return fail(result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  return result.data;
}
