// `npm run assets:teams`: writes manifest/teams/ — manifest.json (with a
// placeholder app id; the package fills in the real one), color.png
// (192×192, a white page on the accent colour) and outline.png (32×32, the
// same page in white on transparent) — with no image library: PNG is
// RGBA rows deflated with node:zlib, each chunk closed by its CRC-32.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { crc32, deflateSync } from "node:zlib";
import { APP_ID_PLACEHOLDER, ICON_SIZES, ICONS, teamsManifest } from "../adapters/teams/manifest.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const TEAMS_ASSETS_DIR = join(ROOT, "manifest", "teams");

type Rgba = readonly [number, number, number, number];

interface Canvas {
  size: number;
  pixels: Uint8Array;
}

function canvas(size: number, fill: Rgba): Canvas {
  const pixels = new Uint8Array(size * size * 4);
  for (let at = 0; at < pixels.length; at += 4) pixels.set(fill, at);
  return { size, pixels };
}

function fillRect(target: Canvas, x: number, y: number, width: number, height: number, color: Rgba): void {
  for (let row = Math.max(0, y); row < Math.min(target.size, y + height); row++) {
    for (let col = Math.max(0, x); col < Math.min(target.size, x + width); col++) {
      target.pixels.set(color, (row * target.size + col) * 4);
    }
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG (colour type 6), every row with filter 0. */
export function encodePng(image: Canvas): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.size, 0);
  header.writeUInt32BE(image.size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const stride = image.size * 4;
  const raw = Buffer.alloc((stride + 1) * image.size);
  for (let row = 0; row < image.size; row++) {
    raw[row * (stride + 1)] = 0;
    raw.set(image.pixels.subarray(row * stride, (row + 1) * stride), row * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const WHITE: Rgba = [255, 255, 255, 255];
const ACCENT: Rgba = [0x1f, 0x4e, 0x79, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** 192×192: a white page with four lines of text on the accent colour, edge to edge. */
export function colorIcon(): Buffer {
  const image = canvas(ICON_SIZES.color, ACCENT);
  fillRect(image, 52, 32, 88, 128, WHITE);
  for (const [index, width] of [56, 56, 56, 36].entries())
    fillRect(image, 68, 60 + index * 22, width, 8, ACCENT);
  return encodePng(image);
}

/** 32×32: the same page, outlined in white on transparent, as Teams wants outline icons. */
export function outlineIcon(): Buffer {
  const image = canvas(ICON_SIZES.outline, CLEAR);
  fillRect(image, 7, 3, 18, 2, WHITE);
  fillRect(image, 7, 27, 18, 2, WHITE);
  fillRect(image, 7, 3, 2, 26, WHITE);
  fillRect(image, 23, 3, 2, 26, WHITE);
  for (const [index, width] of [10, 10, 6].entries()) fillRect(image, 11, 9 + index * 5, width, 2, WHITE);
  return encodePng(image);
}

export function writeTeamsAssets(dir = TEAMS_ASSETS_DIR): string[] {
  mkdirSync(dir, { recursive: true });
  const files: [string, Buffer | string][] = [
    ["manifest.json", `${JSON.stringify(teamsManifest(APP_ID_PLACEHOLDER), null, 2)}\n`],
    [ICONS.color, colorIcon()],
    [ICONS.outline, outlineIcon()],
  ];
  for (const [name, content] of files) writeFileSync(join(dir, name), content);
  // The repository's formatter lays JSON out differently from JSON.stringify; the lint must pass.
  execFileSync(
    join(ROOT, "node_modules", ".bin", "biome"),
    ["format", "--write", join(dir, "manifest.json")],
    {
      stdio: "ignore",
    },
  );
  return files.map(([name]) => join(dir, name));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const file of writeTeamsAssets()) process.stdout.write(`wrote ${file}\n`);
}
