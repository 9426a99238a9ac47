import { describe, expect, it } from 'vitest';
import type { CorpusEvent, Extraction, Quote } from '../../src/core/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn, eventIn, quoteIn } from '../helpers/articles.js';

// An invented report, printed two days after a warehouse fire: the lede dates the fire in its own words but names
// little of it; the fire brigade's statement, dated when it was given, names all of what burned but writes no day.
const doc = articlesOn('2025-02-20');
const FIRE = doc('f1.txt', 'Cháy kho phân bón ven sông, không có thương vong', [
  'Rạng sáng 18/2, người dân thấy khói bốc lên từ một kho phân bón ở cụm công nghiệp và gọi lực lượng chữa cháy.',
  'Đại diện Phòng Cảnh sát PCCC cho biết đám cháy kho phân bón ở cụm công nghiệp ven sông được khống chế sau bốn giờ, không có người bị thương.',
]);
const BRIGADE = { id: 'phong-canh-sat-pccc', name: 'Phòng Cảnh sát PCCC', aliases: [], role: null };
const STATEMENT: Quote = quoteIn(FIRE, 1, {
  id: 'b1', speaker: BRIGADE.name, speakerId: BRIGADE.id,
  text: 'đám cháy kho phân bón ở cụm công nghiệp ven sông được khống chế sau bốn giờ, không có người bị thương',
  kind: 'indirect', date: '2025-02-19', dateSource: 'published',
});
const BLAZE: CorpusEvent = eventIn(FIRE, 0, {
  id: 'e1', text: 'Rạng sáng 18/2, người dân thấy khói bốc lên từ một kho phân bón ở cụm công nghiệp', date: '2025-02-18', dateSource: 'sentence',
});
const EXTRACTION: Extraction = { documents: [FIRE], speakers: [BRIGADE], quotes: [STATEMENT], events: [BLAZE] };
const index = createSearchIndex(EXTRACTION);

describe('"when did Y happen": a statement dated only by when it was given does not date Y', () => {
  it('the day the report writes for the fire comes first, not the day the brigade spoke', () => {
    const results = index.ask('Kho phân bón ở cụm công nghiệp ven sông bị cháy vào ngày nào?');
    expect(results[0]?.date).toBe('2025-02-18');
  });

  it('the statement is still listed, after it', () => {
    const results = index.ask('Kho phân bón ở cụm công nghiệp ven sông bị cháy vào ngày nào?');
    expect(results.map((r) => r.text)).toContain(STATEMENT.text);
  });

  it('"when did X say Y" still dates the statement by when it was said', () => {
    const results = index.ask('Phòng Cảnh sát PCCC cho biết đám cháy kho phân bón được khống chế vào ngày nào?');
    expect(results[0]?.speaker).toBe(BRIGADE.name);
    expect(results[0]?.date).toBe('2025-02-19');
  });
});
