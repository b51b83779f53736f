/** RFC 5545 limits a content line to 75 octets, not counting the CRLF that ends it. */
const MAX_LINE_OCTETS = 75;

/** Control characters that RFC 5545 TEXT does not allow; HTAB is allowed and line breaks become "\n". */
const DISALLOWED_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma get a backslash, and every line
 * break (CRLF, LF or CR) becomes "\n". Other control characters are dropped because TEXT cannot carry them.
 */
export function escapeText(value: string): string {
  return value
    .replace(DISALLOWED_CONTROL, '')
    .replace(/[\\;,]/g, (character) => `\\${character}`)
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line (RFC 5545 3.1) so that no physical line exceeds 75 octets of UTF-8: each
 * continuation starts with a space, and a multi-byte character is never split.
 */
export function foldLine(line: string): string {
  // Every UTF-16 code unit takes at most 3 UTF-8 octets (a surrogate pair takes 4 for two units).
  if (line.length * 3 <= MAX_LINE_OCTETS || Buffer.byteLength(line, 'utf8') <= MAX_LINE_OCTETS) {
    return line;
  }

  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // The first physical line contains up to 75 octets, and a continuation 74 after its leading space.
  let limit = MAX_LINE_OCTETS;
  for (const character of line) {
    const size = utf8Length(character);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);

  return parts.join('\r\n ');
}

function utf8Length(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  if (code < 0x80) {
    return 1;
  }
  if (code < 0x800) {
    return 2;
  }
  return code < 0x10000 ? 3 : 4;
}

/** Formats an instant as an RFC 5545 UTC DATE-TIME, such as "20270329T070000Z". */
export function formatUtcDateTime(utcMs: number): string {
  return `${formatDateTimeFields(new Date(utcMs))}Z`;
}

/**
 * Formats a wall-clock time as an RFC 5545 local DATE-TIME without "Z", such as "20270329T090000".
 * `localMs` is the wall-clock time counted as if it were UTC: the instant plus the zone's offset.
 */
export function formatLocalDateTime(localMs: number): string {
  return formatDateTimeFields(new Date(localMs));
}

function formatDateTimeFields(date: Date): string {
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  return (
    year +
    pad2(date.getUTCMonth() + 1) +
    pad2(date.getUTCDate()) +
    'T' +
    pad2(date.getUTCHours()) +
    pad2(date.getUTCMinutes()) +
    pad2(date.getUTCSeconds())
  );
}

/** Formats a UTC offset in minutes as an RFC 5545 UTC-OFFSET, such as "+0100" or "-0330". */
export function formatUtcOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const totalSeconds = Math.round(Math.abs(offsetMinutes) * 60);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return `${sign}${pad2(hours)}${pad2(minutes)}${seconds === 0 ? '' : pad2(seconds)}`;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
