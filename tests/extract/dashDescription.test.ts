import { describe, expect, it } from 'vitest';
import { speakersOn } from '../helpers/articles.js';

const speakerOf = speakersOn('2024-06-18');

describe('a description set off by a dash and closed by a comma: "Anh X (42 tuổi) – người lái …, cho biết"', () => {
  it('the person before the dash speaks, whatever the description holds', () => {
    expect(speakerOf(['Anh Trần Văn Lâm (42 tuổi) – người lái chiếc xe buýt bị lật trên quốc lộ 1 vào sáng 5/3, cho biết, lúc đó mặt đường rất trơn và xe phía trước phanh gấp.'], 'mặt đường rất trơn')).toBe('Trần Văn Lâm');
    expect(speakerOf(['Ông Trần Văn Lâm – chủ một cửa hàng ven đường, cho biết lúc đó mặt đường rất trơn và xe phía trước phanh gấp.'], 'mặt đường rất trơn')).toBe('Trần Văn Lâm');
  });

  it('a place written with a dash inside the description does not stop the walk back to the person', () => {
    expect(speakerOf(['Chị Lê Thị Mai – người bán hàng trên tuyến phố Hàng Bạc - Hàng Đào vào mỗi tối, cho biết khách du lịch năm nay đông hơn hẳn năm ngoái.'], 'khách du lịch năm nay')).toBe('Lê Thị Mai');
  });

  it('someone named inside the description is whom the speaker is related to, not the speaker', () => {
    expect(speakerOf(['Chị Lê Thị Mai – vợ của anh Trần Văn Bình, cho biết nước lên rất nhanh trong đêm nên cả nhà không kịp chạy.'], 'nước lên rất nhanh')).toBe('Lê Thị Mai');
  });
});
