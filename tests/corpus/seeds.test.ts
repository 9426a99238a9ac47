import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusDocument, LoadedCorpus } from '../../src/core/types.js';
import { loadCorpus } from '../../src/corpus/load.js';

interface GoldDocument {
  file: string;
  title?: string | null;
  author?: string | null;
  url?: string | null;
  published?: string | null;
}

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const gold = (JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/eval/seed-gold.json'), 'utf8')) as { documents: GoldDocument[] }).documents;

describe('the five seed articles', () => {
  let corpus: LoadedCorpus;
  const doc = (file: string): CorpusDocument => corpus.documents.find((d) => d.file === file)!;
  const allText = (): string => corpus.documents.flatMap((d) => d.paragraphs).join('\n');

  beforeAll(async () => {
    corpus = await loadCorpus(SEEDS);
  });

  it('loads all of them', () => {
    expect(corpus.skipped).toEqual([]);
    expect(corpus.documents.map((d) => d.file)).toEqual(gold.map((g) => g.file));
  });

  it.each(gold.map((g) => [g.file, g] as const))('%s: title, author, url and published match the gold', (file, g) => {
    const d = doc(file);
    expect(d.title).toBe(g.title ?? null);
    expect(d.author).toBe(g.author ?? null);
    expect(d.url).toBe(g.url ?? null);
    expect(d.published).toBe(g.published ?? null);
  });

  it('has no page furniture left in any body', () => {
    const text = allText();
    for (const furniture of [
      'Gửi bình luận thành công', 'phat ngon vien dien kremlin', 'Email không hợp lệ', 'Tặng quà tác giả',
      'Bộ Tài chính Mỹ cho biết họ đã áp đặt các lệnh trừng phạt mới…', 'Link bài gốc', 'Xin hãy đợi',
      'Zalo', '- Ảnh 1.', 'ẢNH: AFP', 'Tin nổi bật', 'Theo RT\n',
    ]) {
      expect(text, furniture).not.toContain(furniture);
    }
    expect(corpus.documents.flatMap((d) => d.paragraphs)).not.toContain('Theo RT');
    expect(corpus.documents.flatMap((d) => d.paragraphs)).not.toContain('Xuân Thành');
    expect(corpus.documents.flatMap((d) => d.paragraphs)).not.toContain('Top');
  });

  it('keeps photo captions that carry dates, without their photo credit', () => {
    const text = allText();
    expect(text).toContain('Tổng thống Nga Vladimir Putin họp video trực tuyến với Tổng thống Mỹ Joe Biden hôm 7/12/2021.');
    expect(text).not.toContain('(Ảnh: MIKHAIL METZEL');
    expect(text).toContain('Hai nhà lãnh đạo Vladimir Putin và Donald Trump tại Hội nghị thượng đỉnh G20 ở Hamburg (Đức), năm 2017');
  });

  it('starts bodies at the article text: header removed, outlet tag stripped', () => {
    expect(doc('000_3676789f1081205b.txt').paragraphs[0]).toMatch(/^Theo đài RT, ông Dmitry Peskov/);
    expect(doc('001_27a877ee39fbf845.txt').paragraphs[0]).toMatch(/^Hồi tháng 10, Tổng thống Nga/);
    expect(doc('002_4e9334edff183872.txt').paragraphs[0]).toMatch(/^Người phát ngôn Điện Kremlin/);
    expect(doc('003_ce13c093f4624df1.txt').paragraphs[0]).toMatch(/^Phát ngôn viên Điện Kremlin/);
  });

  it('keeps a quote verbatim for citation', () => {
    expect(doc('003_ce13c093f4624df1.txt').paragraphs).toContain(
      'Theo ông, “không phải Nga khởi xướng cuộc đua trừng phạt này. Mà là do Washington”. Ông cho biết “Nga, như Tổng thống [Vladimir Putin] nói, sẵn sàng bình thường hóa” quan hệ với Mỹ, “nhưng Nga không thể nhảy tango một mình, và chúng tôi không có ý định làm như vậy”.',
    );
  });
});
