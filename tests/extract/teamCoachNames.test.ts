import { describe, expect, it } from 'vitest';
import { speakersOn } from '../helpers/articles.js';

const speakerOf = speakersOn('2025-03-12');

// "HLV U19 Indonesia X", "HLV Olympic Nhật Bản X": a team's age group or event word, then its country, then the coach.
describe('a coach named after a team written "U23 <country>" or "Olympic <country>"', () => {
  it('the coach is the name after the country, not the team glued to it', () => {
    expect(speakerOf(['HLV U19 Indonesia Budi Santoso cho biết: “Các cầu thủ đã chơi rất kỷ luật trong hiệp hai.”'], 'rất kỷ luật')).toBe('Budi Santoso');
    expect(speakerOf(['HLV đội Olympic Nhật Bản Kenta Morita nói: “Chúng tôi cần thêm thời gian để hồi phục thể lực.”'], 'hồi phục thể lực')).toBe('Kenta Morita');
  });

  it('when the team\'s place is not known, the coach is left blank rather than shown as the team and name together or as the other coach', () => {
    const who = speakerOf([
      'HLV Lê Văn Khoa cho biết: “Chúng tôi đã chuẩn bị rất kỹ cho trận này.”',
      'Còn về phần mình, HLV đội Olympic Xứ Mây Chan Ka Wai cho biết: “Các cầu thủ của tôi nhập cuộc quá chậm.”',
    ], 'nhập cuộc quá chậm');
    expect(who).toBeNull();
  });
});
