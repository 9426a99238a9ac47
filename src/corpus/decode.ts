/**
 * Bytes → article text. Pure; the loader turns a failure into a skipped file with the reason.
 */
import { cleanText } from '../core/text.js';

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/** Control characters other than tab, LF, FF and CR: text files almost never contain them. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL = /[\u0001-\u0008\u000b\u000e-\u001f]/g;

/**
 * Bytes → text: UTF-8 with/without BOM, UTF-16 LE/BE with BOM; NUL bytes → binary; invalid UTF-8 → error.
 * CRLF/CR → LF, NFC, zero-width chars removed.
 */
export function decodeArticle(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file (0 bytes)' };
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const r = decodeUtf16(bytes.subarray(2), 'le');
    if (!r.ok) return r;
    text = r.text;
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const r = decodeUtf16(bytes.subarray(2), 'be');
    if (!r.ok) return r;
    text = r.text;
  } else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    const nul = body.indexOf(0);
    if (nul >= 0) return { ok: false, reason: `binary file, not text (NUL byte at offset ${nul})` };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      const at = firstInvalidUtf8(body);
      const hex = (body[at] ?? 0).toString(16).padStart(2, '0');
      return {
        ok: false,
        reason: `not valid UTF-8 (byte 0x${hex} at offset ${at}); re-save the file as UTF-8`,
      };
    }
  }
  if (text.includes('\u0000')) return { ok: false, reason: 'binary file, not text (NUL character)' };
  const controls = text.match(CONTROL)?.length ?? 0;
  // A few stray control characters happen in scraped text; many mean the file is not text at all.
  if (controls > 8 && controls / text.length > 0.01) {
    return { ok: false, reason: `binary file, not text (${controls} control characters)` };
  }
  return { ok: true, text: normaliseText(text) };
}

/** CRLF/CR → LF, NFC, zero-width characters removed. Also used by `parseArticle` on text given directly. */
export function normaliseText(text: string): string {
  return cleanText(text.replace(/\r\n?/g, '\n'));
}

function decodeUtf16(bytes: Uint8Array, order: 'le' | 'be'): DecodeResult {
  if (bytes.length % 2 !== 0) return { ok: false, reason: 'truncated UTF-16 text (odd number of bytes)' };
  let le = bytes;
  if (order === 'be') {
    le = new Uint8Array(bytes.length);
    for (let i = 0; i < bytes.length; i += 2) {
      le[i] = bytes[i + 1]!;
      le[i + 1] = bytes[i]!;
    }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-16le', { fatal: true }).decode(le) };
  } catch {
    return { ok: false, reason: `not valid UTF-16 ${order.toUpperCase()} (unpaired surrogate)` };
  }
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n = 0;
    let min = 0;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      n = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}
