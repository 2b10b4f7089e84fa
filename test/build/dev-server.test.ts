/*
 * `npm run dev-server` without sudo (scripts/dev-server.js): a localhost certificate made in the user's folder and
 * reused while valid, no trust-store install, localhost only, one line for the user and one line on failure. No
 * server is started here (no network port): the options webpack-dev-server gets are checked instead.
 */
import { X509Certificate } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

interface Certificates {
  ca: Buffer;
  cert: Buffer;
  key: Buffer;
  generated: boolean;
}
interface DevServerModule {
  devServerConfig(options?: { home?: string; port?: number; log?: (line: string) => void }): Promise<{
    host?: string;
    port?: number;
    server?: { type: string; options: { ca: Buffer; cert: Buffer; key: Buffer } };
  }>;
  localhostCertificates(folder: string, now?: Date): Promise<Certificates>;
  DevServerError: new (message: string) => Error;
  CERT_FOLDER: string;
}

const ROOT = resolve(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { devServerConfig, localhostCertificates, DevServerError, CERT_FOLDER } = require(join(ROOT, "scripts", "dev-server.js")) as DevServerModule;

// Generating a CA and a certificate (RSA 2048 in JavaScript) takes seconds on a busy machine.
const SLOW = 120_000;

let home: string;
beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), "mobility-audit-home-"));
  // office-addin-dev-certs says "The developer certificates have been generated" on its own.
  jest.spyOn(console, "log").mockImplementation(() => undefined);
});
afterAll(() => {
  rmSync(home, { recursive: true, force: true });
  jest.restoreAllMocks();
});

describe("devServerConfig", () => {
  const lines: string[] = [];
  let first: Awaited<ReturnType<DevServerModule["devServerConfig"]>>;
  beforeAll(async () => {
    first = await devServerConfig({ home, log: (line) => lines.push(line) });
  }, SLOW);

  test("serves https on localhost only, on port 3000", () => {
    expect(first.host).toBe("localhost");
    expect(first.port).toBe(3000);
    expect(first.server?.type).toBe("https");
  });

  test("makes a localhost certificate issued by its CA in ~/.office-addin-dev-certs, the key readable by the user alone", () => {
    const folder = join(home, CERT_FOLDER);
    const cert = new X509Certificate(readFileSync(join(folder, "localhost.crt")));
    const ca = new X509Certificate(readFileSync(join(folder, "ca.crt")));
    expect(cert.checkIssued(ca)).toBe(true);
    expect(cert.checkHost("localhost")).toBe("localhost");
    expect(cert.checkIP("127.0.0.1")).toBe("127.0.0.1");
    expect(statSync(join(folder, "localhost.key")).mode & 0o077).toBe(0);
    expect(first.server?.options.cert.equals(readFileSync(join(folder, "localhost.crt")))).toBe(true);
  });

  test("says in one line where the CA certificate is and how to trust it", () => {
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain("\n");
    expect(lines[0]).toContain(join(home, CERT_FOLDER, "ca.crt"));
    expect(lines[0]).toContain("office-addin-dev-certs install");
    expect(lines[0]).toContain("https://localhost:3000/");
  });

  test("reuses the certificate while it is valid", async () => {
    const again: string[] = [];
    const second = await devServerConfig({ home, port: 3001, log: (line) => again.push(line) });
    expect(second.server?.options.cert.equals(first.server!.options.cert)).toBe(true);
    expect(second.port).toBe(3001);
    expect(again[0]).toContain("with the localhost certificate");
  });
});

describe("localhostCertificates", () => {
  test(
    "makes new certificates when the old ones expire within a day, or do not load",
    async () => {
      const folder = join(home, "renewed");
      const made = await localhostCertificates(folder);
      expect(made.generated).toBe(true);
      const validTo = new Date(new X509Certificate(made.cert).validTo);

      const dayBefore = new Date(validTo.getTime() - 86_400_000 - 60_000);
      expect((await localhostCertificates(folder, dayBefore)).generated).toBe(false);
      const withinADay = new Date(validTo.getTime() - 86_400_000 + 60_000);
      const renewed = await localhostCertificates(folder, withinADay);
      expect(renewed.generated).toBe(true);
      expect(renewed.cert.equals(made.cert)).toBe(false);

      writeFileSync(join(folder, "localhost.crt"), "not a certificate");
      const repaired = await localhostCertificates(folder);
      expect(repaired.generated).toBe(true);
      expect(new X509Certificate(repaired.cert).checkHost("localhost")).toBe("localhost");
    },
    SLOW * 3,
  );

  test("a folder that cannot be made is one line naming it, not a stack", async () => {
    const file = join(home, "a-file");
    writeFileSync(file, "");
    const failure = localhostCertificates(join(file, CERT_FOLDER));
    await expect(failure).rejects.toBeInstanceOf(DevServerError);
    await expect(failure).rejects.toThrow(/^cannot make a localhost certificate in .*a-file[/\\]\.office-addin-dev-certs: [^\n]+$/);
  });
});

describe("webpack.config.js", () => {
  // The wiring alone, with scripts/dev-server.js replaced: the real one would use the real home folder (os.homedir()
  // reads the process's HOME, not the test's).
  type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<{ devServer?: { host?: string } }>;
  const devServerPath = join(ROOT, "scripts", "dev-server.js");
  const devServer = jest.fn();
  let makeConfig: ConfigFactory;
  beforeAll(() => {
    jest.doMock(devServerPath, () => ({ devServerConfig: devServer, DevServerError }));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    makeConfig = require(join(ROOT, "webpack.config.js")) as ConfigFactory;
  });
  afterAll(() => jest.dontMock(devServerPath));
  beforeEach(() => devServer.mockReset());

  test("webpack serve gets scripts/dev-server.js's options; a build never asks for them", async () => {
    devServer.mockResolvedValue({ host: "localhost" });
    expect((await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" })).devServer).toEqual({ host: "localhost" });
    expect((await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" })).devServer).toBeUndefined();
    expect(devServer).toHaveBeenCalledTimes(1);
  });

  test("a certificate that cannot be made is one line on stderr and exit status 1, no stack", async () => {
    devServer.mockRejectedValue(new DevServerError("cannot make a localhost certificate in /nowhere: EACCES"));
    const stderr = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    const exit = jest.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    try {
      await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
      expect(stderr.mock.calls.map(([text]) => String(text))).toEqual(["dev-server: cannot make a localhost certificate in /nowhere: EACCES\n"]);
      expect(exit).toHaveBeenCalledWith(1);
    } finally {
      stderr.mockRestore();
      exit.mockRestore();
    }
  });
});
