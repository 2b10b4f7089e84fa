// @ts-check
/*
 * Webpack build in the shape of Microsoft's "Excel custom functions with a shared runtime" template
 * (Yeoman generator-office), compiled with ts-loader instead of babel.
 *
 *   npm run build        production build into dist/
 *   npm run dev-server   https://localhost:3000 on this machine only, with a localhost certificate in the user's
 *                        folder, without sudo (scripts/dev-server.js)
 *
 * Shared runtime: one page, taskpane.html, loads both bundles (taskpane.js and functions.js); the manifest points
 * the custom functions page, the function file and the task pane at it.
 */
"use strict";

const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { FunctionsLvPlugin } = require("./scripts/functions-lv.js");
const { stripRuleDocs } = require("./scripts/strip-rule-docs.js");

// manifest.xml uses the development URL throughout (the template's convention).
const urlDev = "https://localhost:3000/";
// For a production deployment, build with the public location of dist/ (ending with "/"), e.g.
//   ADDIN_URL=https://addins.example.org/mobility-auditor/ npm run build
// and every https://localhost:3000/ in dist/manifest.xml is replaced by it. Without ADDIN_URL the copied
// manifest keeps the development URL.
const urlProd = process.env.ADDIN_URL || urlDev;

const functionsSource = path.resolve(__dirname, "src/functions/functions.ts");

/** @typedef {import("webpack").Configuration & { devServer?: import("webpack-dev-server").Configuration }} Config */

/**
 * @param {Record<string, unknown>} [env] webpack-cli sets WEBPACK_SERVE for `webpack serve`
 * @param {{ mode?: "development" | "production" | "none" }} [argv]
 * @returns {Promise<Config>}
 */
module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  if (!urlProd.endsWith("/")) {
    throw new Error(`ADDIN_URL must end with "/": ${urlProd}`);
  }

  /** @type {Config} */
  const config = {
    mode: dev ? "development" : "production",
    context: __dirname,
    // Not an eval-based devtool: the task pane's Content-Security-Policy forbids eval, also in development.
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      functions: "./src/functions/functions.ts",
      // The pure audit in a Web Worker (src/taskpane/audit-runner.ts starts it); not a script of taskpane.html.
      "audit-worker": "./src/taskpane/audit-worker.ts",
      // The pane's Budget view, loaded by src/taskpane/budget-slot.ts when first opened; not a script of taskpane.html.
      "budget-view": "./src/taskpane/budget-entry.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // The in-thread audit engine (src/excel/audit-in-thread.ts), loaded only when the Web Worker cannot run it.
      chunkFilename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type-check only what is bundled, not every file tsconfig.json includes (tests, CLI).
              onlyCompileBundledFiles: true,
              // ES modules for webpack (tree shaking); tsconfig.json says commonjs for jest and ts-node.
              compilerOptions: { module: "es2020", sourceMap: true },
              // Rules' example parameters and sources are for tests and docs only (scripts/strip-rule-docs.js).
              getCustomTransformers: () => ({ before: [stripRuleDocs] }),
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: functionsSource,
        output: "functions.json",
      }),
      // functions-lv.json: functions.json with Latvian names and descriptions from src/functions/translations-lv.json
      // (ids unchanged), for Excel in Latvian; a function or parameter without a translation is a build error.
      new FunctionsLvPlugin({ source: "functions.json", output: "functions-lv.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the task pane page is also the custom functions page.
        chunks: ["taskpane", "functions"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          // The pane's styles as a plain file, linked from taskpane.html (CSP style-src 'self': no style-loader).
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          // The Fluent 2 design tokens it uses, as CSS custom properties (a file, so that no bundle carries them).
          { from: "src/taskpane/fluent-tokens.css", to: "fluent-tokens.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              if (dev || urlProd === urlDev) {
                return content;
              }
              return content.toString().split(urlDev).join(urlProd);
            },
          },
        ],
      }),
    ],
    performance: { hints: false },
    // zod stays inside the lazy chunk that reads the workbook's stored data (stored-readers.js), not a vendors chunk
    // of its own: one request, and each chunk's name says what it is.
    optimization: { splitChunks: { cacheGroups: { defaultVendors: false } } },
  };

  if (env.WEBPACK_SERVE) {
    // Only for `webpack serve`, required here so that builds and tests never load office-addin-dev-certs.
    const { devServerConfig, DevServerError } = require("./scripts/dev-server.js");
    try {
      config.devServer = await devServerConfig({ port: Number(process.env.npm_package_config_dev_server_port) || undefined });
    } catch (error) {
      if (!(error instanceof DevServerError)) throw error;
      process.stderr.write(`dev-server: ${error.message}\n`);
      process.exit(1);
    }
  }
  return config;
};
