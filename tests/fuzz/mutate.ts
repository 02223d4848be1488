/**
 * A deterministic mutation harness: the same seed number always gives the same damaged file, so a
 * case that fails once can be named, replayed and kept. Generic edits (byte flips, truncation,
 * inserted garbage, splices) work on any format; structure-aware edits aim at the parts the parsers
 * trust: PDF cross-reference offsets, /ByteRange, signature /Contents, page counts and nesting; PNG
 * IHDR and chunk lengths (with a correct CRC, so the damage reaches the decoder); zip central
 * directories; XML nesting and entities.
 */
import zlib from 'node:zlib';
import { prng } from '../support/prng';

export type Rng = () => number;

/** Case n's damage comes from the PRNG seeded with n. */
export const rng: (seed: number) => Rng = prng;

const int = (r: Rng, n: number) => Math.floor(r() * n);
const randomBytes = (r: Rng, n: number) => Buffer.from(Array.from({ length: n }, () => int(r, 256)));

export type Mutator = (seed: Buffer, r: Rng) => Buffer;

export const generic: Record<string, Mutator> = {
  flip: (s, r) => {
    const b = Buffer.from(s);
    const n = 1 + int(r, 20);
    for (let i = 0; i < n; i++) b[int(r, b.length)] = int(r, 256);
    return b;
  },
  truncate: (s, r) => s.subarray(0, int(r, s.length)),
  insert: (s, r) => {
    const at = int(r, s.length);
    return Buffer.concat([s.subarray(0, at), randomBytes(r, 1 + int(r, 64)), s.subarray(at)]);
  },
  splice: (s, r) => {
    const from = int(r, s.length);
    const len = 1 + int(r, Math.min(4096, s.length - from));
    const to = int(r, s.length);
    return Buffer.concat([s.subarray(0, to), s.subarray(from, from + len), s.subarray(to)]);
  },
};

/** Replaces the text matched at a random occurrence of `re` (latin1 view, byte-exact). */
function editMatch(s: Buffer, r: Rng, re: RegExp, edit: (m: RegExpExecArray, r: Rng) => string): Buffer {
  const text = s.toString('latin1');
  const all = [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))];
  if (all.length === 0) return generic.flip!(s, r);
  const m = all[int(r, all.length)]! as RegExpExecArray;
  return Buffer.concat([s.subarray(0, m.index), Buffer.from(edit(m, r), 'latin1'), s.subarray(m.index + m[0].length)]);
}

export const pdf: Record<string, Mutator> = {
  ...generic,
  /** Cuts the file inside a signature's /Contents hex string. */
  cutContents: (s, r) => {
    const at = s.indexOf('/Contents <') >= 0 ? s.indexOf('/Contents <') : s.indexOf('/Contents<');
    if (at < 0) return generic.truncate!(s, r);
    return s.subarray(0, at + 12 + int(r, 2000));
  },
  byteRange: (s, r) =>
    editMatch(s, r, /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/, (m, r2) => {
      const v = m.slice(1, 5).map(Number);
      v[int(r2, 4)] = [0, -1, 2 ** 40, int(r2, 1e9), v[0]! + 1][int(r2, 5)]!;
      return `/ByteRange [${v.join(' ')}]`.padEnd(m[0].length, ' ');
    }),
  xrefOffset: (s, r) => editMatch(s, r, /\d{10} \d{5} n/, (_m, r2) => `${String(int(r2, 1e10)).padStart(10, '0')} 00000 n`),
  startxref: (s, r) => editMatch(s, r, /startxref\s+\d+/, (_m, r2) => `startxref\n${[0, 1, 99999999999, int(r2, s.length)][int(r2, 4)]}`),
  pageCount: (s, r) => editMatch(s, r, /\/Count \d+/, (_m, r2) => `/Count ${[0, -3, 100000, 2 ** 31][int(r2, 4)]}`),
  dropEndobj: (s, r) => editMatch(s, r, /endobj/, () => 'endxxx'),
  /** A deeply nested array where an object's value was: a stack-overflow probe. */
  nest: (s, r) => editMatch(s, r, /\/Annots|\/Resources|\/Info/, (m) => `${m[0]} ${'['.repeat(5000 + int(r, 50000))}`),
  objStmCount: (s, r) => editMatch(s, r, /\/N \d+/, () => '/N 1000000'),
};

/** PNG chunk edits keep the CRC right, so the decoder (not the CRC check) meets the damage. */
function pngChunks(s: Buffer): { type: string; at: number; len: number }[] {
  const out: { type: string; at: number; len: number }[] = [];
  let at = 8;
  while (at + 8 <= s.length) {
    const len = s.readUInt32BE(at);
    out.push({ type: s.toString('latin1', at + 4, at + 8), at, len });
    at += 12 + len;
  }
  return out;
}
function withCrc(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}
function replaceChunk(s: Buffer, type: string, edit: (data: Buffer) => Buffer): Buffer {
  const c = pngChunks(s).find((x) => x.type === type);
  if (!c) return s;
  const data = Buffer.from(s.subarray(c.at + 8, c.at + 8 + c.len));
  return Buffer.concat([s.subarray(0, c.at), withCrc(type, edit(data)), s.subarray(c.at + 12 + c.len)]);
}

export const png: Record<string, Mutator> = {
  ...generic,
  /** 100,000 × 100,000 declared, valid CRC: a decompression bomb must be refused before decoding. */
  hugeIhdr: (s) =>
    replaceChunk(s, 'IHDR', (d) => {
      d.writeUInt32BE(100_000, 0);
      d.writeUInt32BE(100_000, 4);
      return d;
    }),
  ihdrFields: (s, r) =>
    replaceChunk(s, 'IHDR', (d) => {
      d[8 + int(r, 5)] = int(r, 256); // bit depth, colour type, compression, filter, interlace
      return d;
    }),
  idatGarbage: (s, r) => replaceChunk(s, 'IDAT', (d) => Buffer.concat([d.subarray(0, int(r, d.length)), randomBytes(r, 32)])),
  chunkLength: (s, r) => {
    const cs = pngChunks(s);
    const c = cs[int(r, cs.length)];
    if (!c) return s;
    const b = Buffer.from(s);
    b.writeUInt32BE([0x7fffffff, 0, c.len + 1, 0xffffffff][int(r, 4)]!, c.at);
    return b;
  },
};

export const zip: Record<string, Mutator> = {
  ...generic,
  /** Central directory / end record fields (sizes, offsets, counts) set to lies. */
  centralDir: (s, r) => {
    const b = Buffer.from(s);
    const sigs = [0x02014b50, 0x06054b50];
    const at: number[] = [];
    for (let i = 0; i + 4 <= b.length; i++) if (sigs.includes(b.readUInt32LE(i))) at.push(i);
    if (at.length === 0) return generic.flip!(s, r);
    const p = at[int(r, at.length)]!;
    const field = p + 8 + 2 * int(r, 10);
    if (field + 4 <= b.length) b.writeUInt32LE([0, 0xffffffff, int(r, 2 ** 32), b.length + 10][int(r, 4)]! >>> 0, field);
    return b;
  },
};

export const xml: Record<string, Mutator> = {
  ...generic,
  deepNest: (s, r) => editMatch(s, r, /<[A-Za-z:]+>/, (m) => m[0] + '<a>'.repeat(10_000 + int(r, 100_000))),
  entities: (s) =>
    Buffer.from(
      s
        .toString('utf8')
        .replace(
          /<\?xml[^>]*\?>/,
          (d) =>
            `${d}<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>`,
        )
        .replace(/>([^<]{3,})</, '>&d;&d;&d;<'),
    ),
  hugeAttr: (s, r) => editMatch(s, r, /<[A-Za-z:]+/, (m) => `${m[0]} x="${'y'.repeat(100_000 + int(r, 1_000_000))}"`),
  unclosed: (s, r) => editMatch(s, r, /<\/[A-Za-z:]+>/, () => ''),
};

/** `count` cases spread round-robin over the mutators; case i always uses seed base + i. */
export function* cases(seed: Buffer, mutators: Record<string, Mutator>, count: number, base: number) {
  const names = Object.keys(mutators);
  for (let i = 0; i < count; i++) {
    const name = names[i % names.length]!;
    const id = base + i;
    yield { id, name, bytes: mutators[name]!(seed, rng(id)) };
  }
}
