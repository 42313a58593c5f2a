// ESLint flat config (`npm run lint`). typescript-eslint's type-aware recommended rules over every TypeScript
// file of the project (pipeline/, tests/, bench/, scripts/). The type-aware rules are the point: the pipeline
// drives a browser through many asynchronous calls, and an unawaited or misused promise there is a silent bug.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

/** The browser globals the preview's client scripts use (plain scripts served to the page, not modules). */
const browserGlobals = Object.fromEntries(
  ["window", "document", "location", "history", "navigator", "console", "fetch", "EventSource", "URL", "URLSearchParams",
    "setTimeout", "clearTimeout", "setInterval", "clearInterval", "requestAnimationFrame", "sessionStorage",
    "localStorage", "alert", "confirm", "HTMLElement", "Event", "CustomEvent", "performance"].map((name) => [name, "readonly"]),
);

export default defineConfig(
  { ignores: ["node_modules/", "output/", "data/", "templates/", "tests/fixtures/"] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Stripping or rejecting control characters is what several sanitisers do on purpose (XML text, sheet and
      // file names, review ids); the rule cannot tell that from an accident.
      "no-control-regex": "off",
      // `async` without `await` is how a function that may throw returns a rejected promise instead of
      // throwing (and how test doubles implement Promise-returning interfaces); the bugs this rule looks for are
      // what no-floating-promises and no-misused-promises catch.
      "@typescript-eslint/require-await": "off",
      // Unused names are errors, except ones marked as deliberately unused with a leading underscore
      // (destructuring a field away, a callback's ignored parameter).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    // Tests poke at parsed YAML and JSON and compare with vitest's asymmetric matchers (`expect.any`,
    // `expect.stringContaining`), which are typed `any`; and they stringify cell values in assertions, where a
    // wrong string fails the test instead of reaching an output. The promise rules stay on in tests.
    files: ["tests/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-base-to-string": "off",
    },
  },
  {
    // JavaScript outside the TypeScript project: this config file and the preview's client scripts (browser). Linted with the plain rules; the type-aware ones need types these files do not have.
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ["pipeline/preview/client/**/*.js"],
    languageOptions: { sourceType: "script", globals: browserGlobals },
  },
  {
    // The pdf.js viewer is an ES module (it imports pdf.js).
    files: ["pipeline/preview/client/viewer.js"],
    languageOptions: { sourceType: "module" },
  },
);
