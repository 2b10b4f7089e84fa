/** `npm run docs`: regenerates what is written from the code — README's table of rules and the JSON Schemas in docs/. */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { schemaDocuments } from "../src/cli/report-schema";
import { withRulesTable } from "./rules-table";

const root = resolve(__dirname, "..");
const generated: Record<string, (before: string) => string> = { "README.md": withRulesTable };
for (const [path, text] of Object.entries(schemaDocuments())) generated[path] = () => text;

for (const [path, generate] of Object.entries(generated)) {
  const file = resolve(root, path);
  const before = readFileSync(file, "utf8");
  const after = generate(before);
  if (after !== before) writeFileSync(file, after);
  console.log(`${path}: ${after === before ? "current" : "updated"}`);
}
