/**
 * Text made safe for HTML element content and double-quoted attribute values.
 * @example escapeHtml('<b title="x">&</b>') === '&lt;b title=&quot;x&quot;&gt;&amp;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
