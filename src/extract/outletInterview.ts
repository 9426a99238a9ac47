/**
 * Words given to a newspaper in an interview of its own: "Trao đổi với PV Dân trí, ông X cho biết …", "Trả lời phỏng
 * vấn báo Lao Động, bà Y nói …", "X told AFP". Such an interview is its own occasion, held on a day the page does not
 * tell: it is not the briefing, the ceremony or the statement the report opens on.
 */

// The interview verb and who asked: the reporter, the paper, "us", or a name (an outlet). Case is spelled out: the
// name after the verb must be capitalised.
const TO_OUTLET = /(?:^|[\s,(])(?:[Tt]rả lời phỏng vấn|[Tt]rao đổi với|[Cc]hia sẻ với|[Nn]ói với|[Tt]rả lời)\s+(?:(?:PV|phóng viên|báo|tờ|kênh|đài|hãng tin|hãng|chúng tôi)(?![\p{L}\p{M}])|\p{Lu})|(?:^|\s)(?:told|[Ii]n an interview with|[Ss]peaking to|[Tt]alking to)\s+(?:the\s+)?(?!reporters|journalists|the court|lawmakers)\p{Lu}/u;
// Where the words were given at the occasion itself: "trao đổi với báo chí bên lề hội nghị", "chia sẻ với PV sau trận
// đấu", "trao đổi với PV sau khi cuộc họp kết thúc", "trả lời PV tại hiện trường", "told Reuters at the meeting".
const AT_OCCASION = /(?:^|[\s,])(?:bên lề|ngay sau|sau\s+(?:khi|buổi|trận|phiên|cuộc|lễ|sự kiện|hội nghị|họp báo)|tại\s+(?:đây|buổi|cuộc|phiên|hội|lễ|sự kiện|kỳ họp|họp báo|hiện trường)|on the sidelines|after the|at the)(?=[\s,.]|$)/iu;

/** Whether a statement's attribution says its words were given to a paper, at no occasion the sentence names. */
export function isOutletInterview(attribution: string): boolean {
  return TO_OUTLET.test(attribution) && !AT_OCCASION.test(attribution);
}
