/**
 * An English question names a country by its adjective ("the Nepalese prime minister", "Sri Lankan officials") or a
 * sport ("volleyball"), and the Vietnamese article writes the country's name ("Thủ tướng Nepal") or the sport's
 * ("bóng chuyền"): the lexicon's countries, demonyms and sports read them, so the question is answered instead of
 * being taken for a name no article holds (an empty reply).
 */
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.js';
import { createSearchIndex } from '../../src/search/index.js';
import { articlesOn } from '../helpers/articles.js';

// Invented articles.
const doc = articlesOn('2025-09-15');
const ISLAND = doc('i1.txt', 'Thủ tướng Nepal: liên minh cầm quyền vẫn giữ nguyên', [
  'Thủ tướng Nepal Dorian Vell hôm 14/9 cho biết đảng của ông vẫn ở lại liên minh cầm quyền sau thất bại trong cuộc bầu cử địa phương.',
  '“Các vụ án kéo dài là một nguyên nhân khiến chúng tôi thất bại trong cuộc bầu cử”, ông Vell nói với báo giới.',
]);
const VOLLEY = doc('v1.txt', 'CĐV quốc tế khen đội tuyển bóng chuyền nữ', [
  'Sau trận đấu, một CĐV có tên Mira Oskanen nói: “Đội tuyển bóng chuyền nữ chơi rất đẹp mắt và không bỏ cuộc”.',
]);
const index = createSearchIndex(extractCorpus([ISLAND, VOLLEY]));

describe('country adjectives and sports in English questions', () => {
  it('"What did the Nepalese prime minister say about the election?" finds the words of Nepal\'s premier', () => {
    const [first] = index.ask('What did the Nepalese prime minister say about the election?');
    expect(first?.speaker).toBe('Dorian Vell');
    expect(first?.text).toContain('một nguyên nhân khiến chúng tôi thất bại');
  });

  it('"What did fans say about the volleyball team?" finds the fan named in the Vietnamese report', () => {
    const [first] = index.ask('What did fans say about the volleyball team?');
    expect(first?.speaker).toBe('Mira Oskanen');
    expect(first?.text).toContain('chơi rất đẹp mắt');
  });
});
