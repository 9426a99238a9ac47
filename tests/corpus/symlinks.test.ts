/**
 * Links out of the corpus folder are refused and named; links inside it still work (issue 12, item 3).
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCheckReport } from '../../src/corpus/check.js';
import { loadCorpus, loadDocument } from '../../src/corpus/load.js';
import { buildPipeline } from '../../src/pipeline.js';

const article = (title: string, sentence: string): string => `${title}\n\nHà Nội, 5/10/2024 - ${sentence}\n`;

describe('symlinks in the corpus folder', () => {
  let base: string;
  let corpus: string;

  beforeAll(() => {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'trichdan-links-')));
    corpus = join(base, 'corpus');
    const outside = join(base, 'outside');
    mkdirSync(join(corpus, 'sub'), { recursive: true });
    mkdirSync(join(outside, 'folder'), { recursive: true });
    writeFileSync(join(corpus, 'a.txt'), article('Thành phố mở tuyến xe buýt điện', 'Bộ trưởng Lê Văn Hải nói: “Chúng tôi sẽ mở thêm ba tuyến xe buýt điện trong năm nay”.'));
    writeFileSync(join(corpus, 'sub', 'real.txt'), article('Trồng cây xanh ven sông', 'Bà Trần Thu Hà cho biết: “Thành phố đã trồng thêm hai nghìn cây xanh ven sông”.'));
    writeFileSync(join(outside, 'secret.txt'), article('Tài liệu riêng ngoài kho', 'Ông Phạm Quốc Bảo nói: “Mật khẩu của máy chủ nằm trong tệp này”.'));
    writeFileSync(join(outside, 'folder', 'other.txt'), article('Bài trong thư mục ngoài', 'Ông Đỗ Minh Khoa nói: “Thư mục này không thuộc kho bài báo”.'));
    writeFileSync(join(outside, 'meta.json'), JSON.stringify({ title: 'Tiêu đề lấy từ ngoài kho' }));
    symlinkSync(join(outside, 'secret.txt'), join(corpus, 'secret.txt'));
    symlinkSync('/etc/passwd', join(corpus, 'passwd.txt'));
    symlinkSync(join(outside, 'folder'), join(corpus, 'linked-folder'));
    symlinkSync(join('sub', 'real.txt'), join(corpus, 'alias.txt'));
    symlinkSync(join(outside, 'meta.json'), join(corpus, 'a.json'));
  });

  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('refuses files and folders whose real path is outside, naming each, and still reads links inside', async () => {
    const loaded = await loadCorpus(corpus);
    expect(loaded.documents.map((d) => d.file).sort()).toEqual(['a.txt', 'alias.txt', 'real.txt']);
    const reasons = Object.fromEntries(loaded.skipped.map((s) => [s.file, s.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['linked-folder', 'passwd.txt', 'secret.txt']);
    expect(reasons['passwd.txt']).toMatch(/link to a file outside the corpus folder \(\/etc\/passwd\)/);
    expect(reasons['secret.txt']).toMatch(/outside the corpus folder/);
    expect(reasons['linked-folder']).toMatch(/link to a folder outside the corpus folder/);
    // A sidecar linked from outside is not read either: the title stays the article's own.
    const a = loaded.documents.find((d) => d.file === 'a.txt')!;
    expect(a.title).toBe('Thành phố mở tuyến xe buýt điện');
    expect(a.warnings.join('\n')).toMatch(/sidecar a\.json is a link to a file outside the corpus folder/);
  });

  it('never answers from a file outside, and check names the refused links', async () => {
    const pipeline = await buildPipeline(corpus);
    expect(pipeline.index.ask('mật khẩu máy chủ')).toEqual([]);
    expect(pipeline.index.ask('cây xanh ven sông')[0]?.speaker).toBe('Trần Thu Hà');
    const report = formatCheckReport(pipeline.corpus);
    expect(report).toMatch(/passwd\.txt\n\s+link to a file outside the corpus folder/);
  });

  it('refuses a watched file that links outside (loadDocument with the corpus folder)', async () => {
    const result = await loadDocument(join(corpus, 'secret.txt'), { within: corpus });
    expect(result).toEqual({ file: 'secret.txt', reason: expect.stringMatching(/outside the corpus folder/) as string });
    const inside = await loadDocument(join(corpus, 'alias.txt'), { within: corpus });
    expect('paragraphs' in inside).toBe(true);
  });

  it('never follows a link put where the folder listing saw a plain file', async () => {
    // The walk saw secret.txt as a regular file; by the time it is read it is a link out of the folder.
    const swapped = await loadDocument(join(corpus, 'secret.txt'), { within: corpus }, { plain: true, sidecar: false });
    expect(swapped).toEqual({ file: 'secret.txt', reason: expect.stringMatching(/became a link after the folder was listed; not read/) as string });
    const plain = await loadDocument(join(corpus, 'sub', 'real.txt'), { within: corpus }, { plain: true, sidecar: false });
    expect('paragraphs' in plain && plain.paragraphs.join(' ')).toContain('hai nghìn cây xanh ven sông');
  });
});
