import { describe, expect, it } from 'vitest';
import { cleanText, countWords, foldText, foldTextSlow, splitSentences, tokenize } from '../../src/core/text.js';

describe('foldText', () => {
  it.each([
    ['Điện Kremlin', 'dien kremlin'],
    ['TRỪNG PHẠT', 'trung phat'],
    ['đàm phán', 'dam phan'],
    ['Hoa Kỳ', 'hoa ky'],
    // NFD input (combining marks typed separately) folds like NFC.
    ['Vie\u0302\u0323t Nam', 'viet nam'],
  ])('%s → %s', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  // The table path (Latin letters and marks) must give what the definition gives, and anything else takes it.
  it.each([
    ['Ông Nguyễn Thị Thu Hằng, người phát ngôn Bộ Ngoại giao, nói: “Việt Nam kiên quyết phản đối”.'],
    ['THỦ TƯỚNG PHẠM QUỐC ĐẠT ĐÃ ĐẾN ĐÀ NẴNG LÚC 9H30'],
    // Marks typed apart, in an odd order, and a mark with no letter before it.
    ['Quốc hội ́ xằng'],
    ['Łódź, Ærøskøbing, İstanbul, Straße, ĳssel'],
    // A zero-width space splits no fold; Greek sigma at a word end lower-cases by context; Hangul jamo recompose.
    ['Thủ​tướng Hà Nội'],
    ['ΟΔΥΣΣΕΥΣ nói'],
    ['한 Quốc'],
    ['plain ascii stays as it is: 22.000 ký tự'],
    [''],
  ])('folds %j exactly as its definition does', (input) => {
    expect(foldText(input)).toBe(foldTextSlow(input));
  });
});

describe('cleanText', () => {
  it('normalises to NFC and drops zero-width characters, keeping the words to cite', () => {
    expect(cleanText('Bo\u0323\u0302 Ngoa\u0323i gia\u200bo')).toBe('Bộ Ngoại giao');
  });
});

describe('tokenize', () => {
  it('keeps letters and digits, drops punctuation', () => {
    expect(tokenize(foldText('“Nga, Mỹ” – 22.000 lệnh!'))).toEqual(['nga', 'my', '22', '000', 'lenh']);
  });
});

describe('countWords', () => {
  // The same runs of letters and digits as the regex the scanner replaced: marks, dashes, emoji and § split words.
  const RUNS = /[\p{L}\p{N}]+/gu;
  it.each([
    '“Nga, Mỹ” – 22.000 lệnh!',
    'Ông Lâm Văn Tư nói: “Tôi sẽ về”, rồi §§§ đi.',
    'e\u0301 không gộp dấu rời; 😀 giữa hai từ😀nữa',
    '',
    '   ',
  ])('counts %j as its words', (text) => {
    expect(countWords(text)).toBe((text.match(RUNS) ?? []).length);
    expect(countWords(text)).toBe(tokenize(text).length);
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends followed by a capital', () => {
    expect(splitSentences('Bà Berg đến Hà Nội. Bà gặp Thủ tướng. Cuộc gặp kéo dài 2 giờ.')).toEqual([
      'Bà Berg đến Hà Nội.',
      'Bà gặp Thủ tướng.',
      'Cuộc gặp kéo dài 2 giờ.',
    ]);
  });

  it('keeps a quotation of several sentences with its attribution', () => {
    const p = '“Chúng tôi sẵn sàng. Nhưng phía bên kia phải hành động”, bà Berg nói. Sau đó bà rời đi.';
    expect(splitSentences(p)).toEqual(['“Chúng tôi sẵn sàng. Nhưng phía bên kia phải hành động”, bà Berg nói.', 'Sau đó bà rời đi.']);
  });

  it('ends a sentence at a quotation closed right after its own stop, when a capital opens the next', () => {
    expect(splitSentences('The union welcomed the deal, calling it "a fair start." The board said talks would resume.')).toEqual([
      'The union welcomed the deal, calling it "a fair start."',
      'The board said talks would resume.',
    ]);
    expect(splitSentences('Bà Hoa gọi đó là “một bước đi đúng.” Sau đó bà rời hội trường.')).toEqual([
      'Bà Hoa gọi đó là “một bước đi đúng.”',
      'Sau đó bà rời hội trường.',
    ]);
  });

  it('keeps a short attribution after such a quotation with it, and a lower-case word after it', () => {
    expect(splitSentences('"We will be back next year." Coach Minh said.')).toHaveLength(1);
    expect(splitSentences('"We will be back." he said, smiling.')).toHaveLength(1);
  });

  it('does not split inside numbers, dates or after a lower-case continuation', () => {
    expect(splitSentences('Ngày 18.11 có 22.000 người tham dự. tiếp theo là phần hỏi đáp.')).toHaveLength(1);
  });

  it('does not split after an initial or a common abbreviation', () => {
    expect(splitSentences('Ông John F. Kennedy đến TP. Hồ Chí Minh. Ông ở lại ba ngày.')).toEqual([
      'Ông John F. Kennedy đến TP. Hồ Chí Minh.',
      'Ông ở lại ba ngày.',
    ]);
  });

  it('does not split after a rank or an office English abbreviates before a name', () => {
    expect(splitSentences('All the victims were tied up, Lt. Gen. Holm said. He left without questions.')).toEqual([
      'All the victims were tied up, Lt. Gen. Holm said.',
      'He left without questions.',
    ]);
    expect(splitSentences('According to Sen. Berg, the bill will pass. Gov. Lund disagreed.')).toEqual([
      'According to Sen. Berg, the bill will pass.',
      'Gov. Lund disagreed.',
    ]);
  });

  it('splits two sentences a page glued together without a space, but not a place or a web address', () => {
    expect(splitSentences('Bà Hoa nói sẽ ở lại đến cuối tuần.Trước đó bà đã thăm ba tỉnh.')).toEqual([
      'Bà Hoa nói sẽ ở lại đến cuối tuần.',
      'Trước đó bà đã thăm ba tỉnh.',
    ]);
    expect(splitSentences('Ông Hải về TP.HCM hôm qua, theo tin của baomoi.vn.')).toHaveLength(1);
  });

  it('keeps a single-quoted passage of two sentences with its attribution', () => {
    expect(splitSentences("'Đội cứu hộ đã đến kịp. Không ai bị thương', ông Khải nói. Sau đó ông rời đi.")).toEqual([
      "'Đội cứu hộ đã đến kịp. Không ai bị thương', ông Khải nói.",
      'Sau đó ông rời đi.',
    ]);
    // An elision or an English possessive opens no passage.
    expect(splitSentences("The team's coach left. He said nothing.")).toHaveLength(2);
  });
});
