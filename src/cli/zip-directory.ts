/**
 * The zip's central directory, read without inflating anything (PKWARE APPNOTE 4.3.12–4.3.16, ZIP64 4.3.14–4.3.15,
 * 4.5.3): each part's name, method and sizes as the package declares them, so the pre-flight can refuse a package
 * before a byte of it is unpacked.
 */

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else exceljs cannot read either. */
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/** Why the directory cannot be read: the package is damaged (or not a zip). */
export class ZipDirectoryError extends Error {
  override readonly name = "ZipDirectoryError";
}

const END_SIGNATURE = 0x06054b50;
const END_SIZE = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_END_SIGNATURE = 0x06064b50;
const ENTRY_SIGNATURE = 0x02014b50;
const ENTRY_SIZE = 46;
const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_SIZE = 30;
const ZIP64_EXTRA = 0x0001;
/** A 16- or 32-bit field holding this says "see the ZIP64 record". */
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

function u64(bytes: Buffer, at: number): number {
  if (at + 8 > bytes.length) throw new ZipDirectoryError("a ZIP64 field runs past the end of the file");
  const value = bytes.readBigUInt64LE(at);
  // Past 2^53 a size is absurd anyway; Infinity keeps it absurd for the limits.
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Number(value);
}

/** The end-of-central-directory record: it ends the file, after a comment of at most 65,535 bytes. */
function findEnd(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - END_SIZE - MAX16);
  for (let at = bytes.length - END_SIZE; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === END_SIGNATURE && at + END_SIZE + bytes.readUInt16LE(at + 20) <= bytes.length) return at;
  }
  throw new ZipDirectoryError("no end of central directory (the file is cut short)");
}

/** Entry count and directory offset, from the ZIP64 end record when the classic one says to look there. */
function directoryBounds(bytes: Buffer, end: number): { count: number; offset: number } {
  let count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  if (count !== MAX16 && offset !== MAX32) return { count, offset };
  const locator = end - 20;
  if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE) throw new ZipDirectoryError("a ZIP64 record is missing");
  const record = u64(bytes, locator + 8);
  if (record + 56 > bytes.length || bytes.readUInt32LE(record) !== ZIP64_END_SIGNATURE) {
    throw new ZipDirectoryError("the ZIP64 end record is not where its locator says");
  }
  count = u64(bytes, record + 32);
  offset = u64(bytes, record + 48);
  return { count, offset };
}

/** Sizes and offset that the 32-bit fields leave to the entry's ZIP64 extra field, in the order APPNOTE gives. */
function readZip64Extra(bytes: Buffer, from: number, to: number, fields: { uncompressed: number; compressed: number; offset: number }) {
  for (let at = from; at + 4 <= to;) {
    const id = bytes.readUInt16LE(at);
    const size = bytes.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      for (const key of ["uncompressed", "compressed", "offset"] as const) {
        if (fields[key] !== MAX32) continue;
        if (field + 8 > at + 4 + size) throw new ZipDirectoryError("a ZIP64 extra field is too short");
        fields[key] = u64(bytes, field);
        field += 8;
      }
      return;
    }
    at += 4 + size;
  }
  if (fields.uncompressed === MAX32 || fields.compressed === MAX32 || fields.offset === MAX32) {
    throw new ZipDirectoryError("a ZIP64 extra field is missing");
  }
}

/** Every entry the central directory lists (folders included: their names end in "/"). */
export function readZipDirectory(bytes: Buffer): ZipEntry[] {
  if (bytes.length < END_SIZE) throw new ZipDirectoryError("too short to be a zip");
  const { count, offset } = directoryBounds(bytes, findEnd(bytes));
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + ENTRY_SIZE > bytes.length || bytes.readUInt32LE(at) !== ENTRY_SIGNATURE) {
      throw new ZipDirectoryError("the central directory is cut short");
    }
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const next = at + ENTRY_SIZE + nameLength + extraLength + commentLength;
    if (next > bytes.length) throw new ZipDirectoryError("the central directory is cut short");
    const fields = {
      uncompressed: bytes.readUInt32LE(at + 24),
      compressed: bytes.readUInt32LE(at + 20),
      offset: bytes.readUInt32LE(at + 42),
    };
    const nameEnd = at + ENTRY_SIZE + nameLength;
    readZip64Extra(bytes, nameEnd, nameEnd + extraLength, fields);
    entries.push({
      name: bytes.toString("utf8", at + ENTRY_SIZE, nameEnd),
      method: bytes.readUInt16LE(at + 10),
      flags: bytes.readUInt16LE(at + 8),
      compressedSize: fields.compressed,
      uncompressedSize: fields.uncompressed,
      localHeaderOffset: fields.offset,
    });
    at = next;
  }
  return entries;
}

/** The packed bytes of an entry: after its local header, whose name and extra field may differ from the directory's. */
export function entryData(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + LOCAL_SIZE > bytes.length || bytes.readUInt32LE(at) !== LOCAL_SIGNATURE) {
    throw new ZipDirectoryError(`the part ${entry.name} is not where the directory says`);
  }
  const start = at + LOCAL_SIZE + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.compressedSize > bytes.length) throw new ZipDirectoryError(`the part ${entry.name} is cut short`);
  return bytes.subarray(start, start + entry.compressedSize);
}
