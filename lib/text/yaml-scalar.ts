/**
 * A YAML scalar for files the toolkit writes for editors: plain when it is
 * words (letters, digits, spaces, brackets, dots, dashes after the first
 * letter), so the file reads like the ones they edit by hand; quoted as JSON,
 * which YAML reads the same, when it could be taken for anything else (a
 * number, `null`, `yes`, a comment, a list item).
 *
 * @example yamlScalar('Hà Tĩnh') === 'Hà Tĩnh'
 * @example yamlScalar('Sở GD&ĐT: phòng 2') === '"Sở GD&ĐT: phòng 2"'
 */
export function yamlScalar(text: string): string {
  const words = /^[\p{L}\p{M}][\p{L}\p{M}\p{N} ().-]*$/u.test(text);
  // Words YAML reads as null or true/false (YAML 1.1 readers also take yes/no/on/off).
  const keyword = /^(null|true|false|yes|no|on|off|y|n)$/i.test(text);
  return words && !keyword ? text : JSON.stringify(text);
}
