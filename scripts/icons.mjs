// Draws the app icons of the web manifest: the ◎ mark of public/icon.svg (a white ring and dot on
// the accent blue), rendered procedurally and written as indexed-colour PNGs with Node's zlib. No
// dependency, no download; the output is committed under public/icons/.
//
// The size budget counts these files, so every choice is about bytes (measured: a 4-bit palette
// with anti-aliased edges and transparent rounded corners took 5.6 KB for 192 + 512 + maskable
// 512; this takes 1.8 KB):
// - two colours, 1 bit a pixel, no anti-aliasing: launchers scale the 512 px image down, which
//   smooths the edges anyway;
// - full-bleed squares: the background fills the icon, so the 512 px file serves as the maskable
//   icon too (the mark's outer radius is 20.5/64 = 32 % of the size, inside the 40 % safe zone);
// - of every PNG filter and zlib strategy tried, the smallest output is kept.
// Usage: node scripts/icons.mjs           writes public/icons/*.png
//        node scripts/icons.mjs --check   fails if the committed files differ from what it draws
import { deflateSync, constants, crc32 } from "node:zlib";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

// Geometry of public/icon.svg, in its 64-unit box.
const UNIT = 64;
const RING = { radius: 18, width: 5 };
const DOT = 6;
// --accent of public/style.css (light scheme), also the manifest's theme colour.
const BLUE = [0x0b, 0x57, 0xa4];
const WHITE = [0xff, 0xff, 0xff];

export const ICONS = [
  { file: "icon-192.png", size: 192 },
  { file: "icon-512.png", size: 512 },
];

function insideMark(x, y) {
  const r = Math.hypot(x - UNIT / 2, y - UNIT / 2);
  return r <= DOT || Math.abs(r - RING.radius) <= RING.width / 2;
}

// One row of packed 1-bit pixels per scanline: 0 = blue, 1 = white; sampled at pixel centres.
function rows(size) {
  const out = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(Math.ceil(size / 8));
    for (let px = 0; px < size; px++) {
      if (insideMark(((px + 0.5) * UNIT) / size, ((py + 0.5) * UNIT) / size)) row[px >> 3] |= 0x80 >> (px & 7);
    }
    out.push(row);
  }
  return out;
}

// The image with one PNG filter type (0–4) on every scanline; bytes per pixel is 1 at this depth.
function filtered(lines, type) {
  const out = [];
  let prior = Buffer.alloc(lines[0].length);
  for (const row of lines) {
    const line = Buffer.alloc(row.length + 1);
    line[0] = type;
    for (let i = 0; i < row.length; i++) {
      const a = i > 0 ? row[i - 1] : 0;
      const b = prior[i];
      const c = i > 0 ? prior[i - 1] : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][type];
      line[i + 1] = (row[i] - predictor) & 0xff;
    }
    out.push(line);
    prior = row;
  }
  return Buffer.concat(out);
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

export function png(size) {
  const lines = rows(size);
  let idat = null;
  for (const type of [0, 1, 2, 3, 4]) {
    const raw = filtered(lines, type);
    for (const strategy of [constants.Z_DEFAULT_STRATEGY, constants.Z_FILTERED, constants.Z_RLE]) {
      const packed = deflateSync(raw, { level: 9, memLevel: 9, strategy });
      if (!idat || packed.length < idat.length) idat = packed;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([1, 3, 0, 0, 0], 8); // 1-bit depth, indexed colour, deflate, adaptive filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("PLTE", Buffer.from([...BLUE, ...WHITE])),
    chunk("IDAT", idat),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = new URL("../public/icons/", import.meta.url);
  const check = process.argv.includes("--check");
  mkdirSync(dir, { recursive: true });
  let stale = 0;
  for (const { file, size } of ICONS) {
    const bytes = png(size);
    const path = new URL(file, dir);
    if (check) {
      let committed = null;
      try {
        committed = readFileSync(path);
      } catch {
        // a missing file is reported as stale below
      }
      if (!committed?.equals(bytes)) {
        console.error(`icons: public/icons/${file} differs from what scripts/icons.mjs draws; run it`);
        stale++;
      }
    } else {
      writeFileSync(path, bytes);
      console.log(`icons: public/icons/${file} ${size}×${size}, ${bytes.length} bytes`);
    }
  }
  if (stale) process.exit(1);
}
