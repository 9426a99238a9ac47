import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { buildEngine, parse } from '../../src/search/engine.js';
import { makeDoc } from '../helpers/articles.js';

// Invented Vietnamese articles: a province's dengue and measles count, a gold shop robbed in a market town whose
// suspect confessed, and a farmer named Mạnh on the rice harvest. English questions must reach them through lexicon.json.
const EXTRACTION = extractCorpus([
  makeDoc([
    'Sở Y tế tỉnh cho biết từ đầu năm đến nay, toàn tỉnh ghi nhận 4.120 trường hợp mắc sốt xuất huyết và 37 ca mắc sởi.',
  ], { file: 'e1.txt', title: 'Sốt xuất huyết tăng mạnh', published: '2025-08-12' }),
  makeDoc([
    'Tại cơ quan công an, nghi phạm khai nhận đã dùng búa đập tủ kính để cướp tiệm vàng vì thua lỗ khi chơi tiền ảo.',
  ], { file: 'e2.txt', title: 'Bắt nghi phạm cướp tiệm vàng ở thị trấn Bến Sỏi', published: '2025-08-13' }),
  makeDoc([
    'Ông Đỗ Văn Mạnh, một nông dân, cho biết vụ thu hoạch năm nay năng suất kém vì mưa kéo dài.',
  ], { file: 'e3.txt', title: 'Lúa mất mùa vì mưa', published: '2025-08-14' }),
]);
const index = createSearchIndex(EXTRACTION);

describe('English questions on Vietnamese articles about disease and crime', () => {
  it('finds the dengue count', () => {
    const r = index.ask('How many dengue fever cases has the province recorded this year?');
    expect(r[0]?.sources[0]?.file).toBe('e1.txt');
    expect(r[0]?.text).toMatch(/4\.120 trường hợp mắc sốt xuất huyết/u);
  });

  it('finds the measles cases', () => {
    expect(index.ask('How many measles cases were recorded?')[0]?.sources[0]?.file).toBe('e1.txt');
  });

  it('finds what the gold shop robbery suspect confessed', () => {
    const r = index.ask('What did the suspect confess about the gold shop robbery?');
    expect(r[0]?.sources[0]?.file).toBe('e2.txt');
  });

  it('finds what a farmer said about the harvest', () => {
    expect(index.ask('What did a farmer say about this year\'s harvest?')[0]?.sources[0]?.file).toBe('e3.txt');
  });
});

describe('an English function word one letter from a name ("many" and "Mạnh")', () => {
  it('is not read as that person', () => {
    const e = buildEngine(EXTRACTION);
    expect(parse(e, 'How many farmers said the harvest was poor?').mentioned.map((s) => s.name)).toEqual([]);
  });
});
