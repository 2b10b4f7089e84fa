/*
 * Offline consistency checks of the add-in only (XML) manifest. `office-addin-manifest validate` needs an online
 * service; these checks cover what breaks a shared-runtime custom-functions add-in silently. Each check returns a
 * list of problems (empty = fine), so tests can also run it on deliberately broken manifests.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseString } from "xml2js";

export interface XmlNode {
  /** Qualified name as written, e.g. "bt:Image". */
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlNode[];
}

interface Xml2jsNode {
  "#name": string;
  $?: Record<string, string>;
  _?: string;
  $$?: Xml2jsNode[];
}

function convert(node: Xml2jsNode): XmlNode {
  return {
    name: node["#name"],
    attrs: node.$ ?? {},
    text: (node._ ?? "").trim(),
    children: (node.$$ ?? []).map(convert),
  };
}

/** Parses XML into a plain element tree (the root element is returned). Throws on malformed XML. */
export function parseXml(xml: string): XmlNode {
  const outcome: { error: Error | null; result: unknown } = { error: null, result: undefined };
  parseString(xml, { explicitChildren: true, preserveChildrenOrder: true, charsAsChildren: false }, (error, result) => {
    outcome.error = error;
    outcome.result = result;
  });
  if (outcome.error) throw outcome.error;
  const parsed = outcome.result;
  const rootName = parsed && typeof parsed === "object" ? Object.keys(parsed)[0] : undefined;
  if (!rootName) throw new Error("empty XML document");
  return convert((parsed as Record<string, Xml2jsNode>)[rootName]);
}

/** Element name without its namespace prefix. */
export function localName(node: XmlNode): string {
  const colon = node.name.indexOf(":");
  return colon < 0 ? node.name : node.name.slice(colon + 1);
}

/** All descendants (not the node itself), depth first, in document order. */
export function descendants(node: XmlNode): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (n: XmlNode): void => {
    for (const child of n.children) {
      out.push(child);
      walk(child);
    }
  };
  walk(node);
  return out;
}

/** Children reached by following local names, e.g. at(root, "VersionOverrides", "Hosts", "Host"). */
export function at(node: XmlNode, ...names: string[]): XmlNode[] {
  let current = [node];
  for (const name of names) {
    current = current.flatMap((n) => n.children.filter((c) => localName(c) === name));
  }
  return current;
}

const xsiType = (node: XmlNode): string | undefined => node.attrs["xsi:type"];

type ResourceKind = "image" | "url" | "string";

interface Resource {
  kind: ResourceKind;
  id: string;
  node: XmlNode;
}

/** The bt:Images, bt:Urls, bt:ShortStrings and bt:LongStrings entries of VersionOverrides/Resources. */
export function resources(root: XmlNode): Resource[] {
  const res = at(root, "VersionOverrides", "Resources");
  const list = (group: string, item: string, kind: ResourceKind): Resource[] =>
    at(res[0] ?? root, group, item).map((node) => ({ kind, id: node.attrs.id ?? "", node }));
  if (res.length === 0) return [];
  return [
    ...list("Images", "Image", "image"),
    ...list("Urls", "Url", "url"),
    ...list("ShortStrings", "String", "string"),
    ...list("LongStrings", "String", "string"),
  ];
}

function resourceValue(root: XmlNode, kind: ResourceKind, id: string): string | undefined {
  return resources(root).find((r) => r.kind === kind && r.id === id)?.node.attrs.DefaultValue;
}

/** Which kind of resource a `resid` on an element of this (local) name must point at. */
function expectedKind(elementName: string): ResourceKind {
  if (elementName === "Image") return "image";
  if (["SourceLocation", "Runtime", "FunctionFile", "LearnMoreUrl"].includes(elementName)) return "url";
  return "string";
}

/** Every resid resolves to a resource of the right kind; resource ids are unique and non-empty. */
export function checkResids(root: XmlNode): string[] {
  const problems: string[] = [];
  const defined = new Map<string, ResourceKind>();
  const all = resources(root);
  if (all.length === 0) problems.push("no VersionOverrides/Resources");
  for (const r of all) {
    if (!r.id) problems.push(`a ${r.kind} resource has no id`);
    else if (defined.has(r.id)) problems.push(`resource id ${r.id} is defined more than once`);
    else defined.set(r.id, r.kind);
  }
  const uses = descendants(root).filter((n) => n.attrs.resid !== undefined);
  if (uses.length === 0) problems.push("no resid is used at all");
  for (const use of uses) {
    const id = use.attrs.resid;
    const want = expectedKind(localName(use));
    const have = defined.get(id);
    if (have === undefined) problems.push(`<${use.name} resid="${id}"> does not resolve`);
    else if (have !== want) problems.push(`<${use.name} resid="${id}"> points at a ${have}, not a ${want}`);
  }
  return problems;
}

/** Shared runtime: Runtime, custom functions Page, FunctionFile and every ShowTaskpane action use Taskpane.Url,
 * and the script/metadata/page URLs name the files the build produces. */
export function checkSharedRuntimeUrls(root: XmlNode): string[] {
  const problems: string[] = [];
  const hosts = at(root, "VersionOverrides", "Hosts", "Host");
  const runtimes = hosts.flatMap((h) => at(h, "Runtimes", "Runtime"));
  const customFunctions = hosts.flatMap((h) => at(h, "AllFormFactors", "ExtensionPoint")).filter((e) => xsiType(e) === "CustomFunctions");
  const functionFiles = hosts.flatMap((h) => at(h, "DesktopFormFactor", "FunctionFile"));
  const showTaskpane = descendants(root).filter((n) => localName(n) === "Action" && xsiType(n) === "ShowTaskpane");

  const expectOne = (what: string, nodes: XmlNode[]): void => {
    if (nodes.length !== 1) problems.push(`expected exactly one ${what}, found ${nodes.length}`);
  };
  expectOne("Runtime", runtimes);
  expectOne("CustomFunctions extension point", customFunctions);
  expectOne("FunctionFile", functionFiles);
  if (showTaskpane.length === 0) problems.push("no ShowTaskpane action");

  const usesTaskpaneUrl = (what: string, resid: string | undefined): void => {
    if (resid !== "Taskpane.Url") problems.push(`${what} uses ${resid ?? "no resid"}, not Taskpane.Url`);
  };
  for (const r of runtimes) {
    usesTaskpaneUrl("Runtime", r.attrs.resid);
    if (r.attrs.lifetime !== "long") problems.push(`Runtime lifetime is ${r.attrs.lifetime ?? "unset"}, not long`);
  }
  for (const cf of customFunctions) {
    usesTaskpaneUrl("CustomFunctions Page", at(cf, "Page", "SourceLocation")[0]?.attrs.resid);
    const script = at(cf, "Script", "SourceLocation")[0]?.attrs.resid;
    if (script !== "Functions.Script.Url") problems.push(`CustomFunctions Script uses ${script}, not Functions.Script.Url`);
    const metadata = at(cf, "Metadata", "SourceLocation")[0]?.attrs.resid;
    if (metadata !== "Functions.Metadata.Url") {
      problems.push(`CustomFunctions Metadata uses ${metadata}, not Functions.Metadata.Url`);
    }
  }
  for (const f of functionFiles) usesTaskpaneUrl("FunctionFile", f.attrs.resid);
  for (const a of showTaskpane) usesTaskpaneUrl("ShowTaskpane action", at(a, "SourceLocation")[0]?.attrs.resid);

  const files: Array<[string, string]> = [
    ["Taskpane.Url", "taskpane.html"],
    ["Functions.Script.Url", "functions.js"],
    ["Functions.Metadata.Url", "functions.json"],
  ];
  for (const [id, file] of files) {
    const url = resourceValue(root, "url", id);
    if (url === undefined || !url.endsWith(`/${file}`)) problems.push(`${id} is ${url ?? "missing"}, not .../${file}`);
  }
  const defaultPage = at(root, "DefaultSettings", "SourceLocation")[0]?.attrs.DefaultValue;
  const taskpane = resourceValue(root, "url", "Taskpane.Url");
  if (defaultPage !== taskpane) problems.push(`DefaultSettings SourceLocation ${defaultPage} differs from Taskpane.Url`);
  return problems;
}

function requiresSharedRuntime(requirements: XmlNode[]): boolean {
  return requirements.flatMap((r) => at(r, "Sets", "Set")).some((s) => s.attrs.Name === "SharedRuntime" && s.attrs.MinVersion === "1.1");
}

/** SharedRuntime 1.1 is required both in the base manifest and in VersionOverrides. */
export function checkSharedRuntimeRequirement(root: XmlNode): string[] {
  const problems: string[] = [];
  if (!requiresSharedRuntime(at(root, "Requirements"))) {
    problems.push("OfficeApp/Requirements does not require SharedRuntime 1.1");
  }
  if (!requiresSharedRuntime(at(root, "VersionOverrides", "Requirements"))) {
    problems.push("VersionOverrides/Requirements does not require SharedRuntime 1.1");
  }
  return problems;
}

export function checkPermissions(root: XmlNode): string[] {
  const permissions = at(root, "Permissions");
  if (permissions.length !== 1) return [`expected one Permissions element, found ${permissions.length}`];
  const value = permissions[0].text;
  return value === "ReadWriteDocument" ? [] : [`Permissions is ${JSON.stringify(value)}, not ReadWriteDocument`];
}

/** No <Namespace> in the CustomFunctions extension point: formulas read =MOBILITY_..., not =NS.MOBILITY_... */
export function checkNoNamespace(root: XmlNode): string[] {
  const customFunctions = descendants(root).filter((n) => localName(n) === "ExtensionPoint" && xsiType(n) === "CustomFunctions");
  if (customFunctions.length === 0) return ["no CustomFunctions extension point"];
  return customFunctions.some((cf) => at(cf, "Namespace").length > 0) ? ["the CustomFunctions extension point has a Namespace"] : [];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function checkId(root: XmlNode): string[] {
  const id = at(root, "Id")[0]?.text;
  return id !== undefined && GUID.test(id) ? [] : [`Id ${JSON.stringify(id)} is not a GUID`];
}

/** Hosts, default locale and the base-manifest essentials this add-in relies on. */
export function checkBasics(root: XmlNode): string[] {
  const problems: string[] = [];
  if (localName(root) !== "OfficeApp" || xsiType(root) !== "TaskPaneApp") problems.push("root is not a TaskPaneApp");
  const hosts = at(root, "Hosts", "Host").map((h) => h.attrs.Name);
  if (hosts.join() !== "Workbook") problems.push(`Hosts are [${hosts.join(", ")}], not [Workbook]`);
  const overrideHosts = at(root, "VersionOverrides", "Hosts", "Host").map(xsiType);
  if (overrideHosts.join() !== "Workbook") {
    problems.push(`VersionOverrides hosts are [${overrideHosts.join(", ")}], not [Workbook]`);
  }
  const locale = at(root, "DefaultLocale")[0]?.text;
  if (locale !== "en-US") problems.push(`DefaultLocale is ${locale}, not en-US`);
  return problems;
}

const isLatvian = (n: XmlNode): boolean => localName(n) === "Override" && n.attrs.Locale?.toLowerCase() === "lv-lv";

/** Every bt:String (and DisplayName, Description) has a non-empty lv-lv override; string lengths stay in limits. */
export function checkLatvianOverrides(root: XmlNode): string[] {
  const problems: string[] = [];
  const needLatvian: Array<[string, XmlNode]> = [
    ...at(root, "DisplayName").map((n): [string, XmlNode] => ["DisplayName", n]),
    ...at(root, "Description").map((n): [string, XmlNode] => ["Description", n]),
  ];
  if (needLatvian.length !== 2) problems.push("DisplayName or Description is missing");
  const strings = resources(root).filter((r) => r.kind === "string");
  if (strings.length === 0) problems.push("no string resources");
  for (const s of strings) needLatvian.push([`string ${s.id}`, s.node]);
  for (const [what, node] of needLatvian) {
    const lv = node.children.filter(isLatvian);
    if (lv.length !== 1 || !lv[0].attrs.Value?.trim()) problems.push(`${what} has no lv-lv override`);
  }
  // Limits from the manifest schema: ShortStrings 125 characters, LongStrings 250.
  const limits: Array<[string, number]> = [
    ["ShortStrings", 125],
    ["LongStrings", 250],
  ];
  for (const [group, limit] of limits) {
    for (const s of at(root, "VersionOverrides", "Resources", group, "String")) {
      for (const value of [s.attrs.DefaultValue ?? "", ...s.children.map((o) => o.attrs.Value ?? "")]) {
        if (value.length > limit) problems.push(`${group} ${s.attrs.id} is longer than ${limit}: ${value}`);
      }
    }
  }
  return problems;
}

/** Excel in Latvian reads the Latvian custom functions metadata: Functions.Metadata.Url has an lv-lv override to it. */
export function checkLatvianFunctions(root: XmlNode): string[] {
  const metadata = resources(root).find((r) => r.kind === "url" && r.id === "Functions.Metadata.Url");
  if (!metadata) return ["Functions.Metadata.Url is not defined"];
  const lv = metadata.node.children.filter(isLatvian);
  if (lv.length !== 1 || !lv[0].attrs.Value?.endsWith("/functions-lv.json")) {
    return ["Functions.Metadata.Url has no lv-lv override pointing at functions-lv.json"];
  }
  return [];
}

/** Every URL in the manifest starts with the same base, so the production build can rewrite them all. */
export function checkUrlBase(root: XmlNode, base: string): string[] {
  const urls = [root, ...descendants(root)]
    .flatMap((n) => Object.entries(n.attrs))
    .filter(([name, value]) => !name.startsWith("xmlns") && /^https?:\/\//i.test(value))
    .map(([_name, value]) => value);
  if (urls.length === 0) return ["no URLs found"];
  return urls.filter((u) => !u.startsWith(base)).map((u) => `${u} does not start with ${base}`);
}

/** Width and height of a PNG file, or undefined if it is not a PNG. */
export function pngSize(file: string): { width: number; height: number } | undefined {
  const data = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (data.length < 24 || !data.subarray(0, 8).equals(signature) || data.toString("ascii", 12, 16) !== "IHDR") {
    return undefined;
  }
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** Every icon URL (bt:Image, IconUrl, HighResolutionIconUrl) names a PNG in assetsDir, served under /assets/, with
 * the size its use declares. */
export function checkIcons(root: XmlNode, assetsDir: string): string[] {
  const problems: string[] = [];
  const icons: Array<{ what: string; url: string; size?: number }> = [];
  for (const name of ["IconUrl", "HighResolutionIconUrl"]) {
    const url = at(root, name)[0]?.attrs.DefaultValue;
    if (url === undefined) problems.push(`${name} is missing`);
    else icons.push({ what: name, url });
  }
  const images = resources(root).filter((r) => r.kind === "image");
  if (images.length === 0) problems.push("no bt:Image resources");
  for (const image of images) icons.push({ what: `image ${image.id}`, url: image.node.attrs.DefaultValue ?? "" });
  // Sizes declared where the images are used: <bt:Image size="16" resid="Icon.16x16"/>.
  for (const use of descendants(root).filter((n) => localName(n) === "Image" && n.attrs.resid !== undefined)) {
    const url = resourceValue(root, "image", use.attrs.resid);
    if (url !== undefined) icons.push({ what: `icon use of ${use.attrs.resid}`, url, size: Number(use.attrs.size) });
  }
  for (const icon of icons) {
    const match = /\/assets\/([^/?#]+)$/.exec(icon.url);
    if (!match) {
      problems.push(`${icon.what}: ${icon.url} is not under /assets/`);
      continue;
    }
    const file = path.join(assetsDir, match[1]);
    if (!fs.existsSync(file)) {
      problems.push(`${icon.what}: ${match[1]} does not exist in ${assetsDir}`);
      continue;
    }
    const size = pngSize(file);
    if (!size) {
      problems.push(`${icon.what}: ${match[1]} is not a PNG`);
      continue;
    }
    if (size.width !== size.height) problems.push(`${icon.what}: ${match[1]} is not square`);
    const named = /-(\d+)\.png$/.exec(match[1]);
    if (named && Number(named[1]) !== size.width) {
      problems.push(`${icon.what}: ${match[1]} is ${size.width}x${size.height}`);
    }
    if (icon.size !== undefined && icon.size !== size.width) {
      problems.push(`${icon.what}: declared size ${icon.size}, but ${match[1]} is ${size.width}x${size.height}`);
    }
  }
  return problems;
}

/** All checks on one manifest text. */
export function checkManifest(xml: string, assetsDir: string, urlBase: string): string[] {
  const root = parseXml(xml);
  return [
    ...checkBasics(root),
    ...checkId(root),
    ...checkResids(root),
    ...checkSharedRuntimeUrls(root),
    ...checkSharedRuntimeRequirement(root),
    ...checkPermissions(root),
    ...checkNoNamespace(root),
    ...checkLatvianOverrides(root),
    ...checkLatvianFunctions(root),
    ...checkUrlBase(root, urlBase),
    ...checkIcons(root, assetsDir),
  ];
}
