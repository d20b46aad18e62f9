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
    // The runtime knows nothing of the UI: it must not import the editor or the islands.
    files: ["src/runtime/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "**/islands/**",
            "**/editor/**",
            "**/components/**",
            "astro:*",
            "monaco-editor*",
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
