/** Everything a person reads in a Discord message payload: content, embed titles, descriptions and fields. */
export interface MessageLike {
  content?: string;
  embeds?: Array<{ title?: string; description?: string; fields?: Array<{ name: string; value: string }> }>;
}

export function textOf(message: MessageLike | null | undefined): string {
  if (!message) return '';
  return [
    message.content ?? '',
    ...(message.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]),
  ].join('\n');
}
