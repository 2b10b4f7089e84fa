// @ts-check
/*
 * A TypeScript transformer for the browser bundles: drops the `example` and `source` properties of each `rule({...})`
 * definition. Examples are representative parameters for the messages test and the README's rules table, sources the
 * Programme Guide pages that table and the command's rules list cite; the pane, the worker and the functions never
 * read them, and together they cost every bundle about 4.5 KB.
 */
"use strict";

const ts = require("typescript");

/** @param {ts.Node} node */
function isRuleCall(node) {
  return ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "rule" && node.arguments.length === 1;
}

const DROPPED = new Set(["example", "source"]);

/** @param {ts.ObjectLiteralElementLike} property */
function isDropped(property) {
  return ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && DROPPED.has(property.name.text);
}

/** @type {ts.TransformerFactory<ts.SourceFile>} */
const stripRuleDocs = (context) => (sourceFile) => {
  /** @type {ts.Visitor} */
  const visit = (node) => {
    if (isRuleCall(node)) {
      const call = /** @type {ts.CallExpression} */ (node);
      const [definition] = call.arguments;
      if (ts.isObjectLiteralExpression(definition) && definition.properties.some(isDropped)) {
        const stripped = context.factory.updateObjectLiteralExpression(
          definition,
          definition.properties.filter((property) => !isDropped(property)),
        );
        return context.factory.updateCallExpression(call, call.expression, call.typeArguments, [
          ts.visitEachChild(stripped, visit, context),
        ]);
      }
    }
    return ts.visitEachChild(node, visit, context);
  };
  return ts.visitNode(sourceFile, visit, ts.isSourceFile);
};

module.exports = { stripRuleDocs };
