/**
 * What Discord would reject or what would ping someone, checked on a reply payload as the handler passed it.
 * Written from Discord's documentation, independently of src/discord/limits.ts, so a wrong constant there is caught.
 * https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */

interface EmbedLike {
  title?: string;
  description?: string;
  fields?: Array<{ name: string; value: string }>;
  footer?: { text: string };
  author?: { name: string };
}

interface PayloadLike {
  content?: string;
  embeds?: EmbedLike[];
  allowedMentions?: unknown;
  allowed_mentions?: unknown;
}

/** Every way this payload breaks Discord's limits or the no-ping rule; empty when it is fine. */
export function payloadProblems(raw: unknown): string[] {
  const p = (raw ?? {}) as PayloadLike;
  const problems: string[] = [];
  const mentions = p.allowedMentions ?? p.allowed_mentions;
  if (JSON.stringify(mentions) !== JSON.stringify({ parse: [] })) {
    problems.push(`allowedMentions is ${JSON.stringify(mentions)}, not {"parse":[]}`);
  }
  if (p.content !== undefined && p.content.length > 2000) problems.push(`content has ${p.content.length} > 2000 characters`);
  const embeds = p.embeds ?? [];
  if (embeds.length > 10) problems.push(`${embeds.length} > 10 embeds`);
  let total = 0;
  embeds.forEach((e, n) => {
    const at = `embed ${n}`;
    if ((e.title?.length ?? 0) > 256) problems.push(`${at} title ${e.title!.length} > 256`);
    if ((e.description?.length ?? 0) > 4096) problems.push(`${at} description ${e.description!.length} > 4096`);
    if ((e.fields?.length ?? 0) > 25) problems.push(`${at} has ${e.fields!.length} > 25 fields`);
    if ((e.footer?.text.length ?? 0) > 2048) problems.push(`${at} footer ${e.footer!.text.length} > 2048`);
    if ((e.author?.name.length ?? 0) > 256) problems.push(`${at} author ${e.author!.name.length} > 256`);
    total += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
    for (const [k, f] of (e.fields ?? []).entries()) {
      // Discord rejects an empty field name or value as well as an over-long one.
      if (f.name.length === 0 || f.name.length > 256) problems.push(`${at} field ${k} name length ${f.name.length}`);
      if (f.value.length === 0 || f.value.length > 1024) problems.push(`${at} field ${k} value length ${f.value.length}`);
      total += f.name.length + f.value.length;
    }
  });
  if (total > 6000) problems.push(`embeds total ${total} > 6000 characters`);
  return problems;
}
