/** npm run docs:schema — writes docs/report.schema.json and docs/rules.schema.json from src/cli/report-schema.ts. */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { schemaDocuments } from "../src/cli/report-schema";

for (const [path, text] of Object.entries(schemaDocuments())) {
  writeFileSync(resolve(__dirname, "..", path), text);
  console.log(`wrote ${path}`);
}
