// Handlebars' strict mode checks plain mustaches ({{facts.x}}) but not helper arguments: {{int facts.x}} or
// {{#with facts.x}} with a missing x would render "–" or nothing without a word. The facts are therefore
// handed to templates behind proxies that fail on any name they do not have, naming the template and field.
// (Handlebars reads a property and returns at once when it is undefined; that read is trapped.)
import { TemplateError } from '../templating/index.ts';

type Values = Record<string, number | string | null>;

function strict<T extends object>(target: T, path: string, template: () => string): T {
  return new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === 'string' && !(key in t)) {
        throw new TemplateError(template(), `${path}.${key}`, 'the registry has no such fact');
      }
      return Reflect.get(t, key, receiver) as unknown;
    },
  });
}

/** `facts` for templates: a missing fact set or value fails with the template's name. */
export function strictFacts(facts: Record<string, Values>, template: () => string): Record<string, Values> {
  const sets = Object.fromEntries(Object.entries(facts).map(([id, values]) => [id, strict({ ...values }, `facts.${id}`, template)]));
  return strict(sets, 'facts', template);
}
