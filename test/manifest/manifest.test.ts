import { STRINGS } from "../../src/taskpane/i18n";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  XmlNode,
  at,
  checkBasics,
  checkIcons,
  checkId,
  checkLatvianFunctions,
  checkLatvianOverrides,
  checkManifest,
  checkNoNamespace,
  checkPermissions,
  checkResids,
  checkSharedRuntimeRequirement,
  checkSharedRuntimeUrls,
  checkUrlBase,
  parseXml,
  resources,
} from "./manifestChecks";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const ASSETS = path.join(ROOT, "assets");
const DEV_URL = "https://localhost:3000/";

type Check = (root: XmlNode) => string[];

const CHECKS: Record<string, Check> = {
  basics: checkBasics,
  id: checkId,
  resids: checkResids,
  sharedRuntimeUrls: checkSharedRuntimeUrls,
  sharedRuntimeRequirement: checkSharedRuntimeRequirement,
  permissions: checkPermissions,
  noNamespace: checkNoNamespace,
  latvianOverrides: checkLatvianOverrides,
  latvianFunctions: checkLatvianFunctions,
  urlBase: (root) => checkUrlBase(root, DEV_URL),
  icons: (root) => checkIcons(root, ASSETS),
};

/** Applies one edit to the manifest text, failing if the edit no longer matches (so a mutation cannot go stale). */
function mutate(xml: string, from: string | RegExp, to: string): string {
  const changed = xml.replace(from, to);
  if (changed === xml) throw new Error(`mutation did not apply: ${String(from)}`);
  return changed;
}

describe("manifest.xml", () => {
  const root = parseXml(MANIFEST);

  test.each(Object.entries(CHECKS))("passes the %s check", (_name, check) => {
    expect(check(root)).toEqual([]);
  });

  test("passes all checks together", () => {
    expect(checkManifest(MANIFEST, ASSETS, DEV_URL)).toEqual([]);
  });

  test("has the Audit plan button with its Latvian label", () => {
    const label = resources(root).find((r) => r.id === "AuditButton.Label");
    expect(label?.node.attrs.DefaultValue).toBe("Audit plan");
    expect(label?.node.children.map((o) => [o.attrs.Locale, o.attrs.Value])).toEqual([["lv-lv", "Pārbaudīt plānu"]]);
  });

  test("has the display name in English and Latvian", () => {
    const name = at(root, "DisplayName")[0];
    expect(name.attrs.DefaultValue).toBe("Erasmus+ Mobility Auditor");
    expect(name.children.map((o) => [o.attrs.Locale, o.attrs.Value])).toEqual([["lv-lv", "Erasmus+ mobilitātes auditors"]]);
  });

  test("one product name in each language: Office's title, the ribbon group and the pane's header", () => {
    const name = at(root, "DisplayName")[0];
    const group = resources(root).find((r) => r.id === "Group.Label");
    for (const node of [name, group?.node]) {
      expect(node?.attrs.DefaultValue).toBe(STRINGS.en["app.title"]);
      expect(node?.children.map((o) => o.attrs.Value)).toEqual([STRINGS.lv["app.title"]]);
    }
    // The ribbon's command uses the pane's verb ("Audit sheet", "Pārbaudīt lapu").
    const button = resources(root).find((r) => r.id === "AuditButton.Label");
    expect(button?.node.children[0].attrs.Value.split(" ")[0]).toBe(STRINGS.lv["action.auditSheet"].split(" ")[0]);
    expect(button?.node.attrs.DefaultValue.split(" ")[0]).toBe(STRINGS.en["action.auditSheet"].split(" ")[0]);
  });
});

describe("the checks catch broken manifests", () => {
  // [what is broken, check that must fail, text to replace, replacement]
  const mutations: Array<[string, string, string | RegExp, string]> = [
    [
      "no Latvian functions metadata",
      "latvianFunctions",
      '<bt:Override Locale="lv-lv" Value="https://localhost:3000/functions-lv.json"/>',
      "",
    ],
    ["a resid that does not resolve", "resids", 'resid="AuditButton.Tooltip"', 'resid="AuditButton.Tip"'],
    ["a resid of the wrong kind", "resids", '<Title resid="AuditButton.Label"/>', '<Title resid="Icon.16x16"/>'],
    ["a duplicate resource id", "resids", '<bt:String id="Group.Label"', '<bt:String id="AuditButton.Label"'],
    ["Runtime on another URL", "sharedRuntimeUrls", '<Runtime resid="Taskpane.Url"', '<Runtime resid="Functions.Script.Url"'],
    ["a short-lived runtime", "sharedRuntimeUrls", 'lifetime="long"', 'lifetime="short"'],
    [
      "custom functions Page on another URL",
      "sharedRuntimeUrls",
      /(<Page>\s*<SourceLocation resid=")Taskpane\.Url/,
      "$1Functions.Script.Url",
    ],
    [
      "FunctionFile on another URL",
      "sharedRuntimeUrls",
      '<FunctionFile resid="Taskpane.Url"/>',
      '<FunctionFile resid="Functions.Script.Url"/>',
    ],
    [
      "ShowTaskpane on another URL",
      "sharedRuntimeUrls",
      /(<\/TaskpaneId>\s*<SourceLocation resid=")Taskpane\.Url/,
      "$1Functions.Script.Url",
    ],
    ["metadata URL naming another file", "sharedRuntimeUrls", "/functions.json", "/functions-en.json"],
    [
      "DefaultSettings on another page",
      "sharedRuntimeUrls",
      /(<DefaultSettings>\s*<SourceLocation DefaultValue="[^"]*)taskpane/,
      "$1index",
    ],
    [
      "no base SharedRuntime requirement",
      "sharedRuntimeRequirement",
      '<Set Name="SharedRuntime" MinVersion="1.1"/>',
      '<Set Name="SharedRuntime" MinVersion="1.0"/>',
    ],
    [
      "no VersionOverrides SharedRuntime requirement",
      "sharedRuntimeRequirement",
      '<bt:Set Name="SharedRuntime"',
      '<bt:Set Name="ExcelApi"',
    ],
    ["other permissions", "permissions", "<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>"],
    ["a Namespace", "noNamespace", /(<\/Metadata>)/, '$1<Namespace resid="Group.Label"/>'],
    ["a string without Latvian", "latvianOverrides", '<bt:Override Locale="lv-lv" Value="Pārbaudīt plānu"/>', ""],
    ["an empty Latvian string", "latvianOverrides", 'Value="Pārbaudīt plānu"', 'Value=" "'],
    ["a display name without Latvian", "latvianOverrides", '<Override Locale="lv-lv" Value="Erasmus+ mobilitātes auditors"/>', ""],
    ["a too long short string", "latvianOverrides", 'DefaultValue="Audit plan"', `DefaultValue="${"x".repeat(126)}"`],
    ["an Id that is not a GUID", "id", /<Id>[^<]*<\/Id>/, "<Id>mobility-auditor</Id>"],
    [
      "a URL on another host",
      "urlBase",
      'DefaultValue="https://localhost:3000/functions.js"',
      'DefaultValue="https://example.org/functions.js"',
    ],
    ["a missing icon file", "icons", "assets/icon-80.png", "assets/icon-81.png"],
    ["an icon outside assets/", "icons", "assets/icon-16.png", "img/icon-16.png"],
    [
      "an icon of the wrong size for its use",
      "icons",
      '<bt:Image size="32" resid="Icon.32x32"/>',
      '<bt:Image size="32" resid="Icon.16x16"/>',
    ],
    ["another host", "basics", '<Host Name="Workbook"/>', '<Host Name="Document"/>'],
  ];

  test.each(mutations)("%s (%s)", (_what, checkName, from, to) => {
    const check = CHECKS[checkName];
    expect(check(parseXml(MANIFEST))).toEqual([]);
    const problems = check(parseXml(mutate(MANIFEST, from, to)));
    expect(problems.length).toBeGreaterThan(0);
  });

  test("icon files that are missing, not PNG or of the wrong size", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-assets-"));
    try {
      for (const file of fs.readdirSync(ASSETS)) fs.copyFileSync(path.join(ASSETS, file), path.join(dir, file));
      fs.copyFileSync(path.join(ASSETS, "icon-16.png"), path.join(dir, "icon-32.png"));
      fs.writeFileSync(path.join(dir, "icon-80.png"), "not a png");
      fs.rmSync(path.join(dir, "icon-128.png"));
      const problems = checkIcons(parseXml(MANIFEST), dir).join("\n");
      expect(problems).toMatch(/icon-32\.png is 16x16/);
      expect(problems).toMatch(/icon-80\.png is not a PNG/);
      expect(problems).toMatch(/icon-128\.png does not exist/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a small broken manifest fails every check", () => {
    const broken = `<?xml version="1.0" encoding="UTF-8"?>
      <OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
                 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                 xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xsi:type="TaskPaneApp">
        <Id>not-a-guid</Id>
        <DefaultLocale>lv-LV</DefaultLocale>
        <DisplayName DefaultValue="Broken"/>
        <Description DefaultValue="Broken"/>
        <IconUrl DefaultValue="https://elsewhere.example/icon.png"/>
        <Hosts><Host Name="Document"/></Hosts>
        <Permissions>ReadDocument</Permissions>
        <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
          <Hosts>
            <Host xsi:type="Workbook">
              <Runtimes><Runtime resid="Page.Url"/></Runtimes>
              <AllFormFactors>
                <ExtensionPoint xsi:type="CustomFunctions">
                  <Script><SourceLocation resid="Script.Url"/></Script>
                  <Page><SourceLocation resid="Page.Url"/></Page>
                  <Metadata><SourceLocation resid="Missing.Url"/></Metadata>
                  <Namespace resid="Title"/>
                </ExtensionPoint>
              </AllFormFactors>
            </Host>
          </Hosts>
          <Resources>
            <bt:Images><bt:Image id="Icon" DefaultValue="https://localhost:3000/assets/none.png"/></bt:Images>
            <bt:Urls>
              <bt:Url id="Script.Url" DefaultValue="https://localhost:3000/functions.js"/>
              <bt:Url id="Page.Url" DefaultValue="https://localhost:3000/page.html"/>
            </bt:Urls>
            <bt:ShortStrings><bt:String id="Title" DefaultValue="Title"/></bt:ShortStrings>
          </Resources>
        </VersionOverrides>
      </OfficeApp>`;
    const root = parseXml(broken);
    for (const [name, check] of Object.entries(CHECKS)) {
      expect([name, check(root).length > 0]).toEqual([name, true]);
    }
    expect(checkManifest(broken, ASSETS, DEV_URL).length).toBeGreaterThan(10);
  });

  test("malformed XML is an error, not an empty result", () => {
    expect(() => parseXml("<OfficeApp><Id></OfficeApp>")).toThrow();
  });
});
