// @ts-check
/*
 * A TypeScript transformer for the browser bundles: drops the `example` property of each `rule({...})` definition.
 * Examples are representative parameters for the messages test and the README's rules table; the pane, the worker
 * and the functions never read them, and they cost every bundle about 2.6 KB.
 */
"use strict";

const ts = require("typescript");

/** @param {ts.Node} node */
function isRuleCall(node) {
  return ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "rule" && node.arguments.length === 1;
}

/** @param {ts.ObjectLiteralElementLike} property */
function isExample(property) {
  return ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && property.name.text === "example";
}

/** @type {ts.TransformerFactory<ts.SourceFile>} */
const stripRuleExamples = (context) => (sourceFile) => {
  /** @type {ts.Visitor} */
  const visit = (node) => {
    if (isRuleCall(node)) {
      const call = /** @type {ts.CallExpression} */ (node);
      const [definition] = call.arguments;
      if (ts.isObjectLiteralExpression(definition) && definition.properties.some(isExample)) {
        const stripped = context.factory.updateObjectLiteralExpression(
          definition,
          definition.properties.filter((property) => !isExample(property)),
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

module.exports = { stripRuleExamples };
