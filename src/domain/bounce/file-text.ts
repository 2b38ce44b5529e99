// What the file readers write for the analyzer; apart from bounce-file.ts, so the file checks and the readers
// (separate chunks) share no module.

/** The original message's copy starts here in the text a reader writes (see original-message.ts). */
export const ORIGINAL_MESSAGE_SEPARATOR = '\n\nContent-Type: message/rfc822\n\n';

/** A header block for the analyzer's details: only the fields that are there. */
export function headerLines(fields: [string, string | null | undefined][]): string {
  return fields
    .filter((field): field is [string, string] => Boolean(field[1]?.trim()))
    .map(([name, value]) => `${name}: ${value.replace(/\s*\n\s*/g, ' ').trim()}`)
    .join('\n');
}
