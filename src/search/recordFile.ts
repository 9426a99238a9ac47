/**
 * Records of a saved index file (persist.ts): a value written with v8.serialize, except its typed arrays, which
 * follow it as raw bytes and are read straight into arrays of their own. v8.deserialize would hand back views into
 * the record's buffer, to be copied out (a second copy of ~200 MiB of postings at 20 000 articles, a second of a
 * restart). Typed arrays are found in plain objects and in arrays of plain objects; bytes are in this machine's
 * order (the file is a cache of this machine).
 */
import { readSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';

const TYPES = [Int32Array, Uint8Array, Uint16Array, Uint32Array, Float32Array, Float64Array] as const;
type Typed = InstanceType<(typeof TYPES)[number]>;

/** Where a typed array was taken out of a value. */
interface Hole {
  $typed: number;
}

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

function takeOut(value: unknown, out: Typed[]): unknown {
  if (ArrayBuffer.isView(value)) {
    out.push(value as Typed);
    return { $typed: out.length - 1 } satisfies Hole;
  }
  if (Array.isArray(value)) return value.length > 0 && isPlain(value[0]) ? value.map((v) => takeOut(v, out)) : value;
  if (!isPlain(value)) return value;
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) o[k] = takeOut(v, out);
  return o;
}

function putBack(value: unknown, arrays: Typed[]): unknown {
  if (Array.isArray(value)) return value.length > 0 && isPlain(value[0]) ? value.map((v) => putBack(v, arrays)) : value;
  if (!isPlain(value)) return value;
  if (typeof value.$typed === 'number') {
    const a = arrays[value.$typed];
    if (!a) throw new Error('saved index record is damaged');
    return a;
  }
  for (const k of Object.keys(value)) value[k] = putBack(value[k], arrays);
  return value;
}

/** Write `value` as one record. */
export function writeRecord(put: (bytes: Uint8Array) => void, value: unknown): void {
  const arrays: Typed[] = [];
  const skeleton = takeOut(value, arrays);
  const body = serialize({
    skeleton,
    types: arrays.map((a) => TYPES.findIndex((T) => a instanceof T)),
    lengths: arrays.map((a) => a.length),
  });
  const length = Buffer.alloc(4);
  length.writeUInt32LE(body.length);
  put(length);
  put(body);
  for (const a of arrays) put(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
}

/** Read the record at `offset` of `fd`: its value and where the next record starts. Throws when the file ends early. */
export function readRecord<T>(fd: number, offset: number): { value: T; next: number } {
  const exactly = (into: Uint8Array, at: number): void => {
    if (readSync(fd, into, 0, into.length, at) !== into.length) throw new Error('saved index ends early');
  };
  const length = Buffer.alloc(4);
  exactly(length, offset);
  const body = Buffer.allocUnsafe(length.readUInt32LE());
  exactly(body, offset + 4);
  let at = offset + 4 + body.length;
  const { skeleton, types, lengths } = deserialize(body) as { skeleton: unknown; types: number[]; lengths: number[] };
  const arrays = types.map((t, k) => {
    const Type = TYPES[t];
    if (!Type) throw new Error('saved index record is damaged');
    const a = new Type(lengths[k]!);
    exactly(new Uint8Array(a.buffer), at);
    at += a.byteLength;
    return a;
  });
  return { value: putBack(skeleton, arrays) as T, next: at };
}
