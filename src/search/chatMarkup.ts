/**
 * What a chat message adds around a question and is not asked: Discord's mentions, emoji and links.
 */

// Chat markup is not part of what is asked: user, role and channel mentions (<@1>, <@&2>, <#3>), @everyone/@here,
// custom emoji (<:name:id>), message and channel links, and pictographic emoji.
const CHAT_MARKUP = [
  /<(?:@[!&]?|#)\d+>/g,
  /<a?:[\w~]+:\d+>/g,
  /(^|\s)@(?:everyone|here)\b/g,
  /https?:\/\/(?:\w+\.)?discord(?:app)?\.com\/channels\/[\d/@me]+/g,
  /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\u{FE0F}|\u{200D}/gu,
];

/** A question without chat markup (mentions, channel links, emoji), spaces collapsed. */
export function stripChatMarkup(question: string): string {
  let text = question;
  for (const re of CHAT_MARKUP) text = text.replace(re, (_m, lead: unknown) => `${typeof lead === 'string' ? lead : ''} `);
  return text.replace(/\s+/g, ' ').trim();
}
