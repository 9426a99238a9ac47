/**
 * Records of the saved index (search/recordFile.ts): every value comes back as written, typed arrays as arrays of
 * their own (not views into a shared buffer), and a file cut short is an error, never a half index.
 */
import { closeSync, mkdtempSync, openSync, rmSync, truncateSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readRecord, writeRecord } from '../src/search/recordFile.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function written(values: unknown[]): string {
  dir = mkdtempSync(join(tmpdir(), 'trichdan-record-'));
  const parts: Uint8Array[] = [];
  for (const v of values) writeRecord((b) => parts.push(Uint8Array.from(b)), v);
  const file = join(dir, 'index.bin');
  writeFileSync(file, Buffer.concat(parts));
  return file;
}

describe('saved index records', () => {
  const first = {
    words: new Map([['dam', 0], ['phan', 1]]),
    ids: Int32Array.from([3, 1, 4, 1, 5]),
    fields: [{ tfs: Uint8Array.from([2, 7]), avg: 1.5, masks: new Map([[1, 0]]) }, { tfs: new Uint8Array(0), avg: 1, masks: new Map() }],
    names: ['Lê Văn Hùng', ''],
  };
  const second = { lengths: Uint16Array.from([65535, 0]), scores: Float64Array.from([0.25]) };

  it('reads back every value, typed arrays as arrays of their own', () => {
    const file = written([first, second]);
    const fd = openSync(file, 'r');
    try {
      const a = readRecord<typeof first>(fd, 0);
      const b = readRecord<typeof second>(fd, a.next);
      expect(a.value).toEqual(first);
      expect(b.value).toEqual(second);
      expect(b.next).toBe(statSync(file).size);
      expect(a.value.ids.buffer.byteLength).toBe(a.value.ids.byteLength);
    } finally {
      closeSync(fd);
    }
  });

  it('a file cut inside the raw arrays is an error', () => {
    const file = written([first]);
    truncateSync(file, statSync(file).size - 3);
    const fd = openSync(file, 'r');
    try {
      expect(() => readRecord(fd, 0)).toThrow(/ends early/);
    } finally {
      closeSync(fd);
    }
  });
});
