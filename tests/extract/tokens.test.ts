import { describe, expect, it } from 'vitest';
import { tokenizeWithOffsets } from '../../src/extract/tokens.js';

describe('tokenizeWithOffsets', () => {
  it.each<[string, string[]]>([
    ['Bà Lee Min-jung nói: “Tăng 1.5%”.', ['Bà', 'Lee', 'Min-jung', 'nói', ':', '“', 'Tăng', '1.5', '%', '”', '.']],
    ["Ông O'Neil và bà D’Arcy", ['Ông', "O'Neil", 'và', 'bà', 'D’Arcy']],
    ['a-b-c -x x- a..b', ['a-b-c', '-', 'x', 'x', '-', 'a', '.', '.', 'b']],
    ['Hà\u00a0Nội\tsáng 5/10', ['Hà', 'Nội', 'sáng', '5', '/', '10']],
    ['𝐀bc Ngô', ['𝐀bc', 'Ngô']],
    // A letter lost in a scraped page's encoding stays inside its capitalised word; a question ends a sentence.
    ['chairman Tr?n Van Loc said', ['chairman', 'Tr?n', 'Van', 'Loc', 'said']],
    ['ông Nguy\uFFFDn Bá Khiêm', ['ông', 'Nguy\uFFFDn', 'Bá', 'Khiêm']],
    ['Why? Because sao? vì', ['Why', '?', 'Because', 'sao', '?', 'vì']],
    ['𝐀 Tr?n Loc', ['𝐀', 'Tr?n', 'Loc']],
  ])('%s', (text, want) => {
    const tokens = tokenizeWithOffsets(text);
    expect(tokens.map((t) => t.text)).toEqual(want);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('marks capitalised words, words and punctuation', () => {
    const [a, b, c] = tokenizeWithOffsets('Ông nói:');
    expect([a!.cap, a!.word, a!.lower]).toEqual([true, true, 'ông']);
    expect([b!.cap, b!.word]).toEqual([false, true]);
    expect([c!.cap, c!.word]).toEqual([false, false]);
  });
});
