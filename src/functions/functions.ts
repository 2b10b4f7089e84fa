/*
 * Excel custom functions. Placeholder until the real set over src/rules lands.
 *
 * custom-functions-metadata-plugin (webpack.config.js) builds functions.json from the JSDoc of the top-level
 * `function` declarations here that carry `@customfunction ID`, and appends the CustomFunctions.associate(...)
 * calls itself: never write them by hand. Parameter types must be number, string, boolean, any or arrays of
 * these (a named type or interface is a build error). Optional parameters arrive as null, not undefined.
 */

/**
 * Returns the Erasmus+ programme rules year this add-in checks against.
 * @customfunction MOBILITY_RULES_YEAR
 * @returns The programme year.
 */
export function mobilityRulesYear(): number {
  return 2026;
}
