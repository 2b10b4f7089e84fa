#!/usr/bin/env node
// @ts-check
/*
 * Writes the add-in icons (assets/icon-<size>.png): a blue square with a white check mark.
 * No dependencies: RGBA pixels are drawn here and packed into PNG with node:zlib.
 * Usage: node scripts/make-icons.js   (the PNGs are committed; rerun only to change the design)
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [0x00, 0x33, 0x99]; // EU flag blue
const WHITE = [0xff, 0xff, 0xff];
// Check mark as a polyline in unit coordinates (0..1, y downwards).
const CHECK = [
  [0.22, 0.53],
  [0.42, 0.72],
  [0.79, 0.3],
];
const STROKE = 0.11; // stroke width, as a fraction of the icon size
const SUBSAMPLES = 4; // per axis, for anti-aliasing

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** @param {Buffer} buf */
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** @param {string} type @param {Buffer} data */
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Distance from point p to segment a-b. @param {number[]} p @param {number[]} a @param {number[]} b */
function distanceToSegment(p, a, b) {
  const [px, py] = p;
  const [ax, ay] = a;
  const [bx, by] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** @param {number} x @param {number} y */
function onCheck(x, y) {
  for (let i = 0; i + 1 < CHECK.length; i++) {
    if (distanceToSegment([x, y], CHECK[i], CHECK[i + 1]) <= STROKE / 2) return true;
  }
  return false;
}

/** @param {number} size @returns {Buffer} a PNG file */
function icon(size) {
  const rowLength = 1 + size * 4; // filter byte + RGBA
  const raw = Buffer.alloc(rowLength * size);
  for (let y = 0; y < size; y++) {
    raw[y * rowLength] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const ux = (x + (sx + 0.5) / SUBSAMPLES) / size;
          const uy = (y + (sy + 0.5) / SUBSAMPLES) / size;
          if (onCheck(ux, uy)) hits++;
        }
      }
      const cover = hits / (SUBSAMPLES * SUBSAMPLES);
      const offset = y * rowLength + 1 + x * 4;
      for (let c = 0; c < 3; c++) raw[offset + c] = Math.round(BLUE[c] * (1 - cover) + WHITE[c] * cover);
      raw[offset + 3] = 0xff;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter
  header[12] = 0; // interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const dir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, icon(size));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

main();
