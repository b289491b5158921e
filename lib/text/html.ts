/**
 * Text made safe for HTML element content and double-quoted attribute values.
 * @example escapeHtml('<b title="x">&</b>') === '&lt;b title=&quot;x&quot;&gt;&amp;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Plain text made safe as HTML element content: only `&`, `<` and `>` are
 * escaped, so quotes stay as written for readers that show the text as it is.
 * Not for attribute values (use escapeHtml).
 *
 * @example escapeHtmlText('"GD&ĐT" <img src=x>') === '"GD&amp;ĐT" &lt;img src=x&gt;'
 */
export function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The text behind escaped HTML (attribute values as a sanitiser writes them).
 * @example unescapeHtml('&quot;Học&quot; &amp; hành') === '"Học" & hành'
 */
export function unescapeHtml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
