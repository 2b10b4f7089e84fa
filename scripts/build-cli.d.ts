/** Types of scripts/build-cli.js (plain Node: jest's globalSetup, npm run audit, the start-up bench). */

/** Builds the compiled command (tsconfig.cli.json) if a source changed since the last build. */
declare function buildCliIfStale(): Promise<void>;
declare namespace buildCliIfStale {
  /** True when build/cli/main.js is missing or a source (src/, the tsconfigs, package.json) is newer than the last
   * build, in `root` (default: this package). */
  function isStale(root?: string): boolean;
}
export = buildCliIfStale;
