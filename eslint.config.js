// @ts-check
/*
 * ESLint 9 flat config: @eslint/js and typescript-eslint recommended rules for src/, test/, bench/, scripts/
 * and the root config files, plus rules that keep HTML injection and dynamic code out of the add-in (src/).
 */
"use strict";

const js = require("@eslint/js");
const tseslint = require("typescript-eslint");

/** Node.js globals for the CommonJS scripts and config files (listed here rather than from the `globals` package,
 * which is not a direct dependency).
 * @type {Record<string, "readonly" | "writable">} */
const nodeGlobals = {
  require: "readonly",
  module: "writable",
  exports: "writable",
  __dirname: "readonly",
  __filename: "readonly",
  process: "readonly",
  console: "readonly",
  Buffer: "readonly",
  setTimeout: "readonly",
  clearTimeout: "readonly",
};

const noHtmlInjection = "Build DOM nodes and set textContent instead: HTML strings are an injection risk.";

module.exports = tseslint.config(
  {
    ignores: ["dist/", "build/", "coverage/", "test-output/", "node_modules/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
        },
      ],
      eqeqeq: ["error", "always", { null: "ignore" }],
      "prefer-const": "error",
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: nodeGlobals,
    },
    rules: {
      // CommonJS config files and scripts use require().
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    // The add-in and library code: no HTML strings into the DOM, no dynamic code.
    files: ["src/**/*.ts"],
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: noHtmlInjection },
        { property: "outerHTML", message: noHtmlInjection },
        { property: "insertAdjacentHTML", message: noHtmlInjection },
        { object: "document", property: "write", message: noHtmlInjection },
        { object: "document", property: "writeln", message: noHtmlInjection },
      ],
      "no-restricted-syntax": [
        "error",
        {
          // no-eval and no-new-func see `eval(...)` and `new Function(...)` but not `window.eval(...)`,
          // `globalThis.Function(...)` and the like (no browser globals are declared for TypeScript files).
          selector: [
            "NewExpression[callee.type='MemberExpression'][callee.property.name='Function']",
            "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(Function|eval)$/]",
          ].join(", "),
          message: "No dynamic code: the Content-Security-Policy forbids it.",
        },
      ],
    },
  },
);
