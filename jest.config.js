/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    // The type check runs separately (npm run typecheck); isolated transpilation keeps jest fast.
    "^.+\\.ts$": ["ts-jest", { isolatedModules: true }],
  },
  moduleNameMapper: {
    // office-addin-manifest pulls in an ESM-only dependency that breaks jest on Node 20 (toolchain.md).
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
