/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // Fixed seeds for fast-check: a property test must not pass or fail by chance.
  setupFiles: ["<rootDir>/test/fast-check-seed.ts"],
  // A guard against hangs, not a speed check: jest's default of 5 s per test and per hook failed tests at random on a
  // loaded machine (a 3,000-row workbook written in a beforeAll). Speed is measured by npm run bench.
  testTimeout: 120_000,
  // The command's tests run the compiled command (bin/mobility-audit.js): rebuild it first if a source changed.
  globalSetup: "<rootDir>/scripts/build-cli.js",
  transform: {
    // The type check runs separately (npm run typecheck); tsconfig's isolatedModules keeps ts-jest's transpilation fast.
    "^.+\\.ts$": "ts-jest",
  },
  moduleNameMapper: {
    // office-addin-manifest pulls in an ESM-only dependency that breaks jest on Node 20 (toolchain.md).
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
