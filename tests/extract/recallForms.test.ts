import { describe, expect, it } from 'vitest';
import { extractOn, quoteWith } from '../helpers/articles.js';

const one = extractOn('2024-03-12');

describe('the last line of a stored page, cut mid-sentence', () => {
  it('is body text: its statement is read, and shown as unfinished', () => {
    const ex = one(
      'Bộ trưởng Tài chính Trần Văn Khoa chủ trì cuộc họp với các ngân hàng chiều 11/3.',
      'Trợ lý của Bộ trưởng, ông Lê Minh Quân, cũng thông báo rằng hai bên có thể ký thỏa thuận sớm nhất là vào tuần tới, nhưng ch',
    );
    const q = quoteWith(ex, 'hai bên có thể ký thỏa thuận');
    expect(q?.speaker).toBe('Lê Minh Quân');
    expect(q?.kind).toBe('indirect');
    expect(q?.text).toBe('hai bên có thể ký thỏa thuận sớm nhất là vào tuần tới, nhưng ch …');
  });

  it('a short cut line (a related headline, a caption) stays out', () => {
    const ex = one(
      'Bộ trưởng Tài chính Trần Văn Khoa chủ trì cuộc họp với các ngân hàng chiều 11/3.',
      'Bộ trưởng Trần Văn Khoa: Thông tin sai về lãi suất sẽ gây hoang mang cho người g',
    );
    expect(quoteWith(ex, 'Thông tin sai về lãi suất')).toBeUndefined();
  });
});

describe('a few quoted words without a known speaker', () => {
  it('are scare quotes, not a statement', () => {
    const ex = one(
      'Thống đốc Lê Thu Hà trả lời chất vấn của đại biểu về nợ xấu.',
      'Giải đáp được chờ đợi nhất từ Thống đốc trong phiên này chính là con số nợ xấu “chính thức” của các ngân hàng.',
    );
    expect(quoteWith(ex, 'chính thức')).toBeUndefined();
  });
});

describe('English participles that report the subject’s words', () => {
  const ex = one(
    'Deputy minister Anna Berg spoke to reporters in Oslo on Monday.',
    'Berg met the mayor and union leaders, saying the government was seeking a fair solution with the workers.',
    'Workers cheered the mayor, saying the plant would stay open for another decade.',
    '“We will not close the plant,” Berg said, adding that the talks would go on next week.',
  );

  it('", saying …" is the sentence subject’s reported speech', () => {
    const q = quoteWith(ex, 'the government was seeking a fair solution');
    expect(q?.speaker).toBe('Anna Berg');
    expect(q?.kind).toBe('indirect');
    expect(q?.text).toBe('the government was seeking a fair solution with the workers');
  });

  it('", adding that …" after a quotation is the same speaker’s', () => {
    const q = quoteWith(ex, 'the talks would go on next week');
    expect(q?.speaker).toBe('Anna Berg');
    expect(q?.kind).toBe('indirect');
    expect(quoteWith(ex, 'We will not close the plant')?.speaker).toBe('Anna Berg');
  });

  it('never credits a noun inside the clause, and a crowd is nobody', () => {
    expect(quoteWith(ex, 'the plant would stay open')).toBeUndefined();
  });
});

describe('an opening clause before "X said:" and a quotation', () => {
  it('the quotation is the named person’s; the opening clause is not a statement', () => {
    const ex = one(
      'Foreign ministry spokesman Saeed Lindqvist spoke on Monday.',
      'Referring to the exchange of messages between the two capitals, Lindqvist said: “What matters is that the dialogue did not stop.”',
    );
    const q = quoteWith(ex, 'What matters is that the dialogue');
    expect(q?.speaker).toBe('Saeed Lindqvist');
    expect(q?.kind).toBe('direct');
    expect(quoteWith(ex, 'Referring to the exchange')).toBeUndefined();
  });
});

describe('a reporting verb whose words are the quotation', () => {
  it('"X said: “…”, adding that …" gives the quotation and the added clause, never the two glued together', () => {
    const ex = one(
      'Union spokesman Erik Lindqvist spoke after the talks on Sunday.',
      'Asked whether the strike would end, Lindqvist said: “In principle, yes”, adding that the wage issue might not be settled this week.',
    );
    expect(quoteWith(ex, 'In principle, yes')?.speaker).toBe('Erik Lindqvist');
    const added = quoteWith(ex, 'the wage issue might not be settled');
    expect(added?.text).toBe('the wage issue might not be settled this week');
    expect(added?.speaker).toBe('Erik Lindqvist');
  });
});

describe('requests and bare clauses after verbs that take an object', () => {
  const ex = one(
    'Bộ trưởng Xây dựng Trần Văn Khoa chủ trì cuộc họp trực tuyến với các tỉnh sáng 11/3.',
    'Ông Khoa đề nghị các địa phương sớm hoàn thành việc rà soát những công trình có nguy cơ sạt lở.',
    'Bà Lê Thu Hà yêu cầu Sở Xây dựng trả lời bằng văn bản trước cuối tháng.',
    'Công đoàn phản đối các yêu cầu của chủ đầu tư về việc kéo dài thời gian làm việc.',
    'Ngày 10/3, ông Khoa nói sẵn sàng thảo luận mọi phương án hỗ trợ người dân vùng lũ.',
    'Bà Hà nói tiếng Anh rất tốt trong các cuộc gặp với đối tác nước ngoài.',
    'Ông Khoa nói không với mọi đề xuất nâng giá vật liệu xây dựng.',
  );

  it('a request keeps its verb, so it does not read as a claim', () => {
    const q = quoteWith(ex, 'các địa phương sớm hoàn thành');
    expect(q?.speaker).toBe('Trần Văn Khoa');
    expect(q?.kind).toBe('indirect');
    expect(q?.text).toBe('đề nghị các địa phương sớm hoàn thành việc rà soát những công trình có nguy cơ sạt lở');
    expect(quoteWith(ex, 'Sở Xây dựng trả lời bằng văn bản')?.text).toBe('yêu cầu Sở Xây dựng trả lời bằng văn bản trước cuối tháng');
    expect(quoteWith(ex, 'Sở Xây dựng trả lời bằng văn bản')?.speaker).toBe('Lê Thu Hà');
  });

  it('a request verb used as a noun reports nothing', () => {
    expect(quoteWith(ex, 'kéo dài thời gian làm việc')).toBeUndefined();
  });

  it('"nói" with a modal after it is reported speech; with an object or "không với" it is not', () => {
    const q = quoteWith(ex, 'sẵn sàng thảo luận mọi phương án');
    expect(q?.speaker).toBe('Trần Văn Khoa');
    expect(q?.text).toBe('sẵn sàng thảo luận mọi phương án hỗ trợ người dân vùng lũ');
    expect(q?.date).toBe('2024-03-10');
    expect(quoteWith(ex, 'tiếng Anh rất tốt')).toBeUndefined();
    expect(quoteWith(ex, 'mọi đề xuất nâng giá')).toBeUndefined();
  });
});

describe('verbs that do not make the subject the speaker', () => {
  it('"Đề nghị Bộ trưởng cho biết …?" asks the minister; it is not the minister’s statement', () => {
    const ex = one(
      'Đại biểu Lê Thu Hà chất vấn Bộ trưởng Trần Văn Khoa về tiến độ cao tốc.',
      'Đề nghị Bộ trưởng cho biết vì sao dự án chậm tiến độ suốt ba năm qua?',
      'Bộ trưởng có kiến nghị gì với Quốc hội và Chính phủ về cơ chế đặc thù?',
    );
    expect(ex.quotes.filter((q) => q.speaker === 'Trần Văn Khoa')).toHaveLength(0);
  });

  it('"“…”, X thông tin và cho biết …": the verb after "và" reports more of the same speaker', () => {
    const ex = one(
      'Chủ tịch Hội nông dân Phạm Văn Tài trả lời báo chí sáng 11/3.',
      '“Chúng tôi đã kiểm tra và thấy một số nội dung chưa phù hợp”, Chủ tịch Phạm Văn Tài thông tin và cho biết đã yêu cầu các xã rà soát lại toàn bộ danh sách hộ nghèo.',
    );
    const q = quoteWith(ex, 'các xã rà soát lại');
    expect(q?.speaker).toBe('Phạm Văn Tài');
    expect(q?.text).toBe('đã yêu cầu các xã rà soát lại toàn bộ danh sách hộ nghèo');
    expect(quoteWith(ex, 'Chúng tôi đã kiểm tra')?.kind).toBe('direct');
  });
});

describe('reports inside a sentence about another report', () => {
  it('"… về việc X ngày 7.3 tuyên bố Y, bà Z cho biết W": X said Y on its own date, Z said W', () => {
    const ex = one(
      'Chiều 8.3, tại họp báo thường kỳ, trả lời câu hỏi của phóng viên về việc Thủ tướng Na Uy Erik Lindqvist ngày 7.3 tuyên bố sẽ rút khỏi hiệp định nghề cá, Người phát ngôn Bộ Ngoại giao Lê Thu Hà cho biết, Việt Nam tôn trọng mọi thỏa thuận đã ký giữa các bên.',
    );
    const topic = quoteWith(ex, 'sẽ rút khỏi hiệp định nghề cá');
    expect(topic?.speaker).toBe('Erik Lindqvist');
    expect(topic?.text).toBe('sẽ rút khỏi hiệp định nghề cá');
    expect(topic?.date).toBe('2024-03-07');
    const reply = quoteWith(ex, 'Việt Nam tôn trọng mọi thỏa thuận');
    expect(reply?.speaker).toBe('Lê Thu Hà');
    expect(reply?.date).toBe('2024-03-08');
  });

  it('"Được quyền nói lời sau cùng, bị cáo X bày tỏ …": "Được" opens the clause, it is nobody', () => {
    const ex = one(
      'Trước tòa, bị cáo Lê Văn Đức mong hội đồng xét xử xem xét hoàn cảnh khó khăn của gia đình.',
      'Được quyền nói lời sau cùng, bị cáo Trần Thế Vinh bày tỏ ân hận, thừa nhận sai lầm là do thiếu hiểu biết pháp luật.',
    );
    expect(quoteWith(ex, 'thừa nhận sai lầm')?.speaker).toBe('Trần Thế Vinh');
  });
});

describe('English names and dates around the verb', () => {
  it('a possessive ends the name, and a country’s possessive leaves its leader as the subject', () => {
    const ex = one(
      'Anders Lindqvist’s comments, made on state TV, followed the minister’s trip.',
      'Lindqvist said the fact that the minister met the king was a positive thing.',
      'Norway’s Prime Minister Erik Solberg vowed later on Monday that Oslo will never give up its fishing rights.',
      'Lindqvist later contradicted Solberg, asserting that the talks had not touched on fishing at all.',
    );
    expect(quoteWith(ex, 'the minister met the king')?.speaker).toBe('Anders Lindqvist');
    const vow = quoteWith(ex, 'Oslo will never give up');
    expect(vow?.speaker).toBe('Erik Solberg');
    expect(vow?.text).toBe('Oslo will never give up its fishing rights');
    // "later": after the story's day, on a day the text does not give.
    const later = quoteWith(ex, 'the talks had not touched on fishing');
    expect(later?.speaker).toBe('Anders Lindqvist');
    expect(later?.date).toBeNull();
  });

  it('a deputy spokesperson is a title, not the ministry speaking', () => {
    const ex = one('Phó phát ngôn Bộ Ngoại giao Lê Thu Hà cho biết Việt Nam kiên quyết phản đối mọi hành động đơn phương trên biển.');
    expect(quoteWith(ex, 'kiên quyết phản đối')?.speaker).toBe('Lê Thu Hà');
  });
});
