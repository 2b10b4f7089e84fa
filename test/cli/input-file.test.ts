/**
 * The input must be a regular file (issue 10 item 4): a named pipe, a device or a socket is refused before a byte is
 * read (a pipe would wait for a writer, /dev/zero would never end), exit 2 with one line naming the path tried.
 * Only a pipe and a socket made in a temporary folder, and /dev/null, are used: never a real device that reads.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "./helpers";

const HANG_GUARD_MS = 60_000;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "mobility-audit-input-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function expectRefused(result: { code: number; stdout: string; stderr: string }, path: string, reason: string) {
  expect(result.stdout).toBe("");
  expect(result.stderr).toBe(`mobility-audit: cannot audit ${path}: ${reason}\n`);
  expect(result.code).toBe(2);
}

describe("special files", () => {
  test(
    "a named pipe with no writer is refused at once, naming the path",
    async () => {
      const pipe = join(dir, "plan.xlsx");
      expect(spawnSync("mkfifo", [pipe]).status).toBe(0);
      expectRefused(await run([pipe]), pipe, "it is a named pipe, not a file");
    },
    HANG_GUARD_MS,
  );

  test(
    "a named pipe, in Latvian, and with --out no copy is written",
    async () => {
      const pipe = join(dir, "plan.xlsx");
      expect(spawnSync("mkfifo", [pipe]).status).toBe(0);
      const out = join(dir, "copy.xlsx");
      const result = await run([pipe, "--lang", "lv", "--out", out]);
      expect(result.stderr).toBe(`mobility-audit: nevar pārbaudīt ${pipe}: tas ir nosauktais kanāls, nevis fails\n`);
      expect(result.code).toBe(2);
      expect(existsSync(out)).toBe(false);
    },
    HANG_GUARD_MS,
  );

  test(
    "a device (/dev/null) is refused",
    async () => {
      expectRefused(await run(["/dev/null"]), "/dev/null", "it is a device, not a file");
    },
    HANG_GUARD_MS,
  );

  test(
    "a socket is refused",
    async () => {
      const path = join(dir, "plan.sock");
      const server: Server = createServer();
      await new Promise<void>((resolve) => server.listen(path, resolve));
      try {
        expectRefused(await run([path]), path, "it is a socket, not a file");
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    },
    HANG_GUARD_MS,
  );

  test("a relative path is named as given", async () => {
    expect(spawnSync("mkfifo", [join(dir, "pipe.xlsx")]).status).toBe(0);
    expectRefused(await run(["pipe.xlsx"], { cwd: dir }), "pipe.xlsx", "it is a named pipe, not a file");
  });
});
