import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/search/question.js';
import { createSpeakerDirectory } from '../../src/search/speakers.js';
import { once, speakerNamesOf } from '../../src/search/speakerNames.js';

// No speakers: only how the question reads is tested here. That a statement then comes first for such a question
// is a ranking bonus (rank.ts bonusOf, the one "who" and "what did X say" questions get), measured on the dev sets.
const forms = once(() => []);
const directory = createSpeakerDirectory([], new Map(), forms, speakerNamesOf([], new Map(), forms()));
const read = (q: string): boolean => parseQuestion(q, directory, () => 0).yesNo === true;

describe('a question that asks whether something is so', () => {
  it('"Y có … không?" and "Y đã … chưa?", with or without diacritics', () => {
    expect(read('Giá vé phà ra đảo dịp Tết có tăng không?')).toBe(true);
    expect(read('gia ve pha ra dao dip Tet co tang khong')).toBe(true);
    expect(read('Cây cầu mới đã thông xe chưa?')).toBe(true);
    expect(read('Liệu giá lúa còn giảm nữa?')).toBe(true);
  });

  it('an English question opened by an auxiliary, not one that asks who, what, when, why or how', () => {
    expect(read('Will ferry fares rise during Tet?')).toBe(true);
    expect(read('Is the new bridge open?')).toBe(true);
    expect(read('Did the minister say when the bridge opens?')).toBe(false);
  });

  it('not a question that asks what, when or how much', () => {
    expect(read('Giá vé phà ra đảo dịp Tết tăng bao nhiêu?')).toBe(false);
    expect(read('Ai nói giá vé không tăng?')).toBe(false);
    expect(read('Cầu mới thông xe khi nào?')).toBe(false);
  });
});
