import type { Wire } from './types.js';
/**
 * The subset of Discord's request validation that a bot realistically trips over. Each check returns the
 * 400 body Discord would send, or null. Limits: https://discord.com/developers/docs/resources/message
 * and .../interactions/application-commands.
 */

export interface ApiError {
  status: number;
  body: { message: string; code: number; errors?: Record<string, unknown> };
}

function formError(path: string, code: string, message: string): ApiError {
  const errors: Record<string, unknown> = {};
  let cursor = errors;
  const parts = path.split('.');
  parts.forEach((part, index) => {
    const next: Record<string, unknown> = index === parts.length - 1 ? { _errors: [{ code, message }] } : {};
    cursor[part] = next;
    cursor = next;
  });
  return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors } };
}

function tooLong(path: string, value: unknown, max: number): ApiError | null {
  if (typeof value === 'string' && [...value].length > max) {
    return formError(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
  }
  return null;
}

/** Checks a message create/edit body (content, embeds); `requireContent` is false for edits. */
export function validateMessage(body: Wire, hasFiles: boolean, requireContent: boolean): ApiError | null {
  if (body === null || typeof body !== 'object') return formError('_', 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
  const problem = tooLong('content', body.content, 2000);
  if (problem) return problem;
  const embeds: Wire[] = Array.isArray(body.embeds) ? body.embeds : [];
  if (embeds.length > 10) return formError('embeds', 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
  let total = 0;
  for (const [i, embed] of embeds.entries()) {
    const at = `embeds.${i}`;
    const fields: Wire[] = Array.isArray(embed?.fields) ? embed.fields : [];
    const checks: Array<[string, unknown, number]> = [
      [`${at}.title`, embed?.title, 256],
      [`${at}.description`, embed?.description, 4096],
      [`${at}.footer.text`, embed?.footer?.text, 2048],
      [`${at}.author.name`, embed?.author?.name, 256],
    ];
    fields.forEach((field, j) => {
      checks.push([`${at}.fields.${j}.name`, field?.name, 256], [`${at}.fields.${j}.value`, field?.value, 1024]);
    });
    for (const [path, value, max] of checks) {
      const error = tooLong(path, value, max);
      if (error) return error;
      if (typeof value === 'string') total += [...value].length;
    }
    if (fields.length > 25) return formError(`${at}.fields`, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    if (fields.some((field) => typeof field?.value !== 'string' || field.value.length === 0)) {
      return formError(`${at}.fields`, 'BASE_TYPE_REQUIRED', 'This field is required');
    }
  }
  if (total > 6000) return formError('embeds', 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
  const empty =
    !(typeof body.content === 'string' && body.content.length > 0) &&
    embeds.length === 0 &&
    !(Array.isArray(body.components) && body.components.length > 0) &&
    !(Array.isArray(body.sticker_ids) && body.sticker_ids.length > 0) &&
    !hasFiles &&
    !body.poll;
  if (requireContent && empty) return { status: 400, body: { message: 'Cannot send an empty message', code: 50006 } };
  return null;
}

/** Checks an autocomplete result: at most 25 choices, names 1–100 characters, string values ≤ 100. */
export function validateChoices(data: Wire): ApiError | null {
  const choices: Wire[] = Array.isArray(data?.choices) ? data.choices : [];
  if (choices.length > 25) return formError('data.choices', 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  for (const [i, choice] of choices.entries()) {
    const name = typeof choice?.name === 'string' ? choice.name : '';
    if (name.length < 1 || name.length > 100) {
      return formError(`data.choices.${i}.name`, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
    const error = tooLong(`data.choices.${i}.value`, choice?.value, 100);
    if (error) return error;
  }
  return null;
}

// Discord's documented name rule for application commands and their options.
const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function validateOptions(options: Wire[], at: string): ApiError | null {
  if (options.length > 25) return formError(at, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  let sawOptional = false;
  for (const [i, option] of options.entries()) {
    const path = `${at}.${i}`;
    if (typeof option?.name !== 'string' || !NAME.test(option.name) || option.name !== option.name.toLowerCase()) {
      return formError(`${path}.name`, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    }
    const description = typeof option.description === 'string' ? option.description : '';
    if (description.length < 1 || description.length > 100) {
      return formError(`${path}.description`, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
    if (Array.isArray(option.choices) && option.choices.length > 25) {
      return formError(`${path}.choices`, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    }
    if (option.type === 1 || option.type === 2) {
      const nested = validateOptions(Array.isArray(option.options) ? option.options : [], `${path}.options`);
      if (nested) return nested;
      continue;
    }
    if (option.required === true && sawOptional) {
      return formError(`${path}.required`, 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
    }
    if (option.required !== true) sawOptional = true;
  }
  return null;
}

/** Checks one application command as PUT/POST would (name, description, options). */
export function validateCommand(command: Wire, at: string): ApiError | null {
  const type = command?.type ?? 1;
  const name = typeof command?.name === 'string' ? command.name : '';
  if (type === 1) {
    if (!NAME.test(name) || name !== name.toLowerCase()) {
      return formError(`${at}.name`, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    }
    const description = typeof command.description === 'string' ? command.description : '';
    if (description.length < 1 || description.length > 100) {
      return formError(`${at}.description`, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
    return validateOptions(Array.isArray(command.options) ? command.options : [], `${at}.options`);
  }
  if (name.length < 1 || name.length > 32) return formError(`${at}.name`, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 32 in length.');
  return null;
}
