import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../src/corpus/decode.js';

const SENTENCE = 'Ông Nam nói: “Trời đẹp”.';
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function utf16(s: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const [hi, lo] = [c >> 8, c & 0xff];
    out.set(order === 'le' ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return out;
}

describe('decodeArticle', () => {
  it.each([
    ['UTF-8 without BOM', utf8(SENTENCE)],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SENTENCE)])],
    ['UTF-16 LE with BOM', utf16(SENTENCE, 'le')],
    ['UTF-16 BE with BOM', utf16(SENTENCE, 'be')],
  ])('reads %s', (_name, bytes) => {
    expect(decodeArticle(bytes)).toEqual({ ok: true, text: SENTENCE });
  });

  it('turns CRLF and CR into LF', () => {
    const r = decodeArticle(utf8('Dòng một.\r\nDòng hai.\rDòng ba.'));
    expect(r).toEqual({ ok: true, text: 'Dòng một.\nDòng hai.\nDòng ba.' });
  });

  it('normalises decomposed Vietnamese to NFC and drops zero-width characters', () => {
    const decomposed = 'Vie\u0302\u0323t Nam'.normalize('NFD');
    const r = decodeArticle(utf8(`${decomposed}\u200b đẹp\u2060.`));
    expect(r).toEqual({ ok: true, text: 'Việt Nam đẹp.' });
  });

  it('rejects a file with NUL bytes as binary', () => {
    const r = decodeArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/binary/);
  });

  it('rejects invalid UTF-8 and says where', () => {
    // "Vi" then a Latin-1 "ệ"-less byte 0xEA alone: a Windows-1258 file, not UTF-8.
    const r = decodeArticle(new Uint8Array([0x56, 0x69, 0xea, 0x74]));
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/not valid UTF-8 .*offset 2/) });
  });

  it('rejects an empty file', () => {
    expect(decodeArticle(new Uint8Array())).toEqual({ ok: false, reason: expect.stringMatching(/empty/) });
  });

  it('rejects a UTF-16 file cut in the middle of a character', () => {
    const bytes = utf16(SENTENCE, 'le').subarray(0, 7);
    expect(decodeArticle(bytes).ok).toBe(false);
  });
});
