/**
 * A TEXT value for an iCalendar content line (RFC 5545 §3.3.11): backslash,
 * semicolon and comma escaped with a backslash, every line break written as
 * `\n`. Readers unescape it; unescaped, a comma splits a name into a list and
 * a line break starts a new property.
 *
 * @example icsText('Hội thảo, tọa đàm; A\\B\nbuổi chiều') === 'Hội thảo\\, tọa đàm\\; A\\\\B\\nbuổi chiều'
 */
export function icsText(text: string): string {
  return text.replace(/[\\;,]/g, (character) => `\\${character}`).replace(/\r\n|\r|\n/g, '\\n');
}
