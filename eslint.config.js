// @ts-check
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import astro from "eslint-plugin-astro";

export default defineConfig(
  { ignores: ["dist/", ".astro/", "node_modules/", "public/", ".tmp/"] },
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: [".astro"],
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The runtime knows nothing of the UI: it must not import a module that renders.
    files: ["src/runtime/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "**/islands/**",
                "**/editor/**",
                "**/components/**",
                "**/pages/**",
                "**/layouts/**",
                "astro:*",
                "monaco-editor*",
              ],
              message: "The runtime renders nothing: UI code imports the runtime, not the reverse.",
            },
          ],
        },
      ],
    },
  },
  {
    // The reader's UI reaches the runtime through its public entry only.
    files: ["src/islands/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/runtime/**", "!**/runtime/index.ts"],
              message: "Import the runtime from src/runtime/index.ts, its public entry.",
            },
          ],
        },
      ],
    },
  },
  {
    // Exercise checks and saved work must not depend on the playground's UI.
    files: ["src/exercise/**/*.ts", "src/storage/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/islands/**", "**/editor/**", "**/components/**"],
              message: "Exercise checks and storage are used by the UI; they do not use it.",
            },
          ],
        },
      ],
    },
  },
  {
    // Type information inside .astro templates is partial; `astro check` types them instead.
    files: ["**/*.astro"],
    languageOptions: { parserOptions: { projectService: false, project: true } },
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-call": "off",
    },
  },
  {
    // Lesson code follows content/tsconfig.json: unused imports and variables
    // are errors, unused parameters are not (a TODO starter takes arguments it
    // does not use yet). The same rules as `tsc -p content`, so the checks agree.
    files: ["content/**/*.ts"],
    languageOptions: {
      parserOptions: { projectService: false, project: "./content/tsconfig.json" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { args: "none", caughtErrors: "none" }],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
);
