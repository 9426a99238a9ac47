/**
 * Words given to a newspaper in an interview of its own: "Trao đổi với PV Dân trí, ông X cho biết …", "Trả lời phỏng
 * vấn báo Lao Động, bà Y nói …", "X told AFP". Such an interview is its own occasion, held on a day the page does not
 * tell: it is not the briefing, the ceremony or the statement the report opens on.
 */

// Words that open a title or a body rather than a paper's name.
const TITLE_START = '(?:Bộ|Thủ|Chủ|Phó|Tổng|Giám|Trưởng|Đại|Sở|Ủy|UBND|HĐND|Công an|Tòa|Toà|Viện|Hội|Ông|Bà|Anh|Chị|Thầy|Cô)(?![\\p{L}\\p{M}])';
// The interview verb and who asked: the reporter, the paper, "us", or a name (an outlet). Case is spelled out: the
// name after the verb must be capitalised.
const TO_OUTLET = new RegExp(
  String.raw`(?:^|[\s,(])(?:[Tt]rả lời phỏng vấn|[Tt]rao đổi với|[Cc]hia sẻ với|[Nn]ói với|[Tt]rả lời)\s+(?:PV|phóng viên|báo|tờ|kênh|đài|hãng tin|hãng|chúng tôi)(?![\p{L}\p{M}])|` +
  // A name after the verb is a paper's ("Trao đổi với Tuổi Trẻ"), unless it opens a title or a body ("nói với Bộ trưởng",
  // "trao đổi với UBND xã"); after a bare "trả lời" a capital opens the reported words ("trả lời Bộ đã có văn bản").
  String.raw`(?:^|[\s,(])(?:[Tt]rả lời phỏng vấn|[Tt]rao đổi với|[Cc]hia sẻ với|[Nn]ói với)\s+(?!${TITLE_START})\p{Lu}|` +
  String.raw`(?:^|\s)(?:told|[Ii]n an interview with|[Ss]peaking to|[Tt]alking to)\s+(?:the\s+)?(?!reporters|journalists|the court|lawmakers)\p{Lu}`,
  'u',
);
// Where the words were given at the occasion itself: "trao đổi với báo chí bên lề hội nghị", "chia sẻ với PV sau trận
// đấu", "trao đổi với PV sau khi cuộc họp kết thúc", "trả lời PV tại hiện trường", "told Reuters at the meeting".
const AT_OCCASION = /(?:^|[\s,])(?:bên lề|ngay sau|sau\s+(?:khi|buổi|trận|phiên|cuộc|lễ|sự kiện|hội nghị|họp báo)|tại\s+(?:đây|buổi|cuộc|phiên|hội|lễ|sự kiện|kỳ họp|họp báo|hiện trường)|on the sidelines|after the|at the)(?=[\s,.]|$)/iu;

/** Whether a statement's attribution says its words were given to a paper, at no occasion the sentence names. */
export function isOutletInterview(attribution: string): boolean {
  return TO_OUTLET.test(attribution) && !AT_OCCASION.test(attribution);
}
