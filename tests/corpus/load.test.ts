import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusDocument, SkippedFile } from '../../src/core/types.js';
import { CorpusError, loadCorpus, loadDocument } from '../../src/corpus/load.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/corpus-basic', import.meta.url));
const ARTICLE = 'Lũ quét ở miền núi phía Bắc\n\nMưa lớn gây lũ quét tại nhiều xã vùng cao trong đêm qua.\n';

describe('loadCorpus on a fixture folder', () => {
  it('loads .txt and .md recursively, sorted by file name, skipping hidden files and .json', async () => {
    const corpus = await loadCorpus(FIXTURE);
    expect(corpus.documents.map((d) => d.file)).toEqual([
      'a-front-matter.md', 'b-sidecar.txt', 'c-bad-sidecar.txt', 'd-nested.txt',
    ]);
    expect(corpus.skipped).toEqual([]);
  });

  it('applies a sidecar, and warns about an invalid one while still loading the article', async () => {
    const corpus = await loadCorpus(FIXTURE);
    const b = corpus.documents.find((d) => d.file === 'b-sidecar.txt')!;
    expect(b).toMatchObject({ title: 'Giá lúa gạo tăng mạnh', published: '2023-08-02', publishedEvidence: 'sidecar', author: 'Ngọc Ánh', outlet: 'Tuổi Trẻ' });
    const c = corpus.documents.find((d) => d.file === 'c-bad-sidecar.txt')!;
    expect(c.title).toBe('Mưa lớn kéo dài ở miền Trung');
    expect(c.warnings.join('\n')).toMatch(/c-bad-sidecar\.json is not valid JSON/);
  });

  it('reports progress for every file', async () => {
    const calls: Array<[number, number]> = [];
    await loadCorpus(FIXTURE, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.at(-1)).toEqual([4, 4]);
    expect(calls).toHaveLength(4);
  });

  it('throws a typed CorpusError for a missing folder', async () => {
    const err = await loadCorpus(join(FIXTURE, 'no-such-folder')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CorpusError);
    expect((err as CorpusError).code).toBe('corpus-missing');
  });
});

describe('files of the same name in two subfolders', () => {
  it('cites the second by its path under the corpus folder, with forward slashes, and skips a bad one by that path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'trichdan-corpus-'));
    try {
      await mkdir(join(dir, 'mien-bac', 'ha-noi'), { recursive: true });
      await mkdir(join(dir, 'mien-nam'));
      await writeFile(join(dir, 'mien-bac', 'ha-noi', 'bai-1.txt'), ARTICLE);
      await writeFile(join(dir, 'mien-nam', 'bai-1.txt'), ARTICLE);
      await writeFile(join(dir, 'mien-nam', 'trong.txt'), '');
      const corpus = await loadCorpus(dir);
      expect(corpus.documents.map((d) => d.file)).toEqual(['bai-1.txt', 'mien-nam/bai-1.txt']);
      expect(corpus.skipped.map((s) => s.file)).toEqual(['mien-nam/trong.txt']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('bad files are skipped with a reason', () => {
  let dir: string;
  let skipped: SkippedFile[];
  let documents: CorpusDocument[];
  const reasonOf = (file: string): string | undefined => skipped.find((s) => s.file === file)?.reason;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'trichdan-corpus-'));
    await writeFile(join(dir, 'good.txt'), ARTICLE);
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'blank.txt'), ' \n\n  \n');
    await writeFile(join(dir, 'image.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    await writeFile(join(dir, 'latin1.txt'), new Uint8Array([0x54, 0x69, 0xea, 0x6e, 0x20, 0x74, 0xf4, 0x69, 0x2e]));
    await writeFile(join(dir, 'huge.txt'), ARTICLE.repeat(200));
    await writeFile(join(dir, 'widgets.txt'), 'Zalo\nĐăng nhập\nThông báo\nĐóng\n');
    await symlink('loop.txt', join(dir, 'loop.txt'));
    await mkdir(join(dir, 'folder.txt'));
    await mkdir(join(dir, 'nested'));
    await symlink('..', join(dir, 'nested', 'up'));
    ({ skipped, documents } = await loadCorpus(dir, { maxBytes: 4096 }));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads the good file and nothing else', () => {
    expect(documents.map((d) => d.file)).toEqual(['good.txt']);
  });

  it.each([
    ['empty.txt', /empty/],
    ['blank.txt', /empty/],
    ['image.txt', /binary/],
    ['latin1.txt', /not valid UTF-8/],
    ['huge.txt', /too large \(\d+ KiB; limit 4 KiB\)/],
    ['widgets.txt', /no article text left/],
    ['loop.txt', /symlink loop/],
    ['folder.txt', /directory/],
    ['nested/up', /symlink loop/],
  ])('%s → %s', (file, reason) => {
    expect(reasonOf(file)).toMatch(reason);
  });

  it('skips an unreadable file (EACCES) through an injected reader', async () => {
    const reader = {
      readFile: async (): Promise<Uint8Array> => {
        throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
      },
    };
    const r = await loadDocument(join(dir, 'good.txt'), { reader });
    expect(r).toEqual({ file: 'good.txt', reason: expect.stringMatching(/permission denied/) });
  });

  it('loadDocument gives the document with its path and mtime', async () => {
    const r = await loadDocument(join(dir, 'good.txt'));
    expect('paragraphs' in r && r.path).toBe(join(dir, 'good.txt'));
    expect('paragraphs' in r && r.mtimeMs > 0).toBe(true);
    expect('paragraphs' in r && r.title).toBe('Lũ quét ở miền núi phía Bắc');
  });
});
