/**
 * --out stopped by a signal (src/cli/main.ts runCli, write-copy.ts removePendingCopies): SIGTERM, SIGHUP and SIGINT
 * remove the temporary file and exit with 128 + the signal's number. The command runs as a child process
 * (signal-child.js) whose rename never comes, so the signal always finds the copy unfinished: no race, no timing.
 */
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { constants } from "node:os";
import { join } from "node:path";
import { day, planWorkbook, tempDir, writeWorkbook } from "./helpers";

const dir = tempDir();
const CHILD = join(__dirname, "signal-child.js");

/** A plan large enough that the copy takes a while to write: the signal may land during the write or after it. */
function largePlan() {
  const rows = Array.from({ length: 3000 }, (_, i) => [
    `Dalībnieks ${i + 1}`,
    "Ēnošana darbā",
    day("2026-10-05"),
    day("2026-10-09"),
    "Vācija",
    "Schule Köln",
  ]);
  return planWorkbook(rows);
}

/** Resolves once `found` gives a name in `folder`; rejects if the child ends first. */
function waitForFile(folder: string, found: (name: string) => boolean, exited: () => string | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const poll = () => {
      const name = readdirSync(folder).find(found);
      if (name !== undefined) return resolve(name);
      const ended = exited();
      if (ended !== undefined) return reject(new Error(`the command ended before writing its copy: ${ended}`));
      setTimeout(poll, 20);
    };
    poll();
  });
}

let input: string;
beforeAll(async () => {
  input = await writeWorkbook(join(dir, "large.xlsx"), largePlan());
});

describe.each(["SIGTERM", "SIGHUP", "SIGINT"] as const)("%s during --out", (signal) => {
  test("removes the temporary file, writes no copy and exits 128 + its number", async () => {
    const folder = join(dir, signal);
    mkdirSync(folder);
    const child = spawn(process.execPath, [CHILD, input, "--out", join(folder, "copy.xlsx")], {
      env: { ...process.env, LANG: "en_US.UTF-8" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    let ended: string | undefined;
    const exit = new Promise<number | null>((resolve) =>
      child.on("exit", (code, killedBy) => {
        ended = `exit ${code} ${killedBy ?? ""} ${stderr}`;
        resolve(code);
      }),
    );

    const temporary = await waitForFile(
      folder,
      (name) => /^\.copy\.xlsx\.\d+\.[0-9a-f]{8}\.tmp$/.test(name),
      () => ended,
    );
    expect(temporary).toMatch(new RegExp(`\\.${child.pid}\\.`));
    child.kill(signal);

    expect(await exit).toBe(128 + constants.signals[signal]);
    expect(readdirSync(folder)).toEqual([]);
    expect([stdout, stderr]).toEqual(["", ""]);
  }, 120_000);
});
