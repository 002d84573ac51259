// Byte sizes of a file as shipped: raw, gzip (level 9) and brotli
// (quality 11). Shared by scripts/size.mjs and the size tests.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Returns the raw, gzip and brotli sizes of `bytes`, in bytes. */
export function compressedSizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

/** Returns a JSON file's content without whitespace, as a bundle embeds it. */
export function minifiedJson(path) {
  return Buffer.from(JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))));
}
