/** `npm run docs:rules`: writes the table of rules into README.md from the rule modules. */
import { readFileSync, writeFileSync } from "fs";
import path from "path";
import { withRulesTable } from "./rules-table";

const file = path.join(__dirname, "..", "README.md");
const before = readFileSync(file, "utf8");
const after = withRulesTable(before);
if (after !== before) writeFileSync(file, after);
console.log(after === before ? "README.md: the table of rules is current" : "README.md: the table of rules was updated");
