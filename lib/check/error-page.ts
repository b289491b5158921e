import { escapeHtml } from '../text/html.ts';

/**
 * The page a preview shows in place of every page while content has errors:
 * the check's report as it is, and the dev server's reload script, so the
 * page turns back into the site as soon as the files are fixed and saved.
 *
 * @example previewErrorPage('content/tin-tuc/a.md\n  LỖI dòng 6: unit — …').includes('LỖI dòng 6') === true
 */
export function previewErrorPage(report: string, reloadScript = '/.11ty/reload-client.js'): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Nội dung có lỗi — bản xem trước tạm dừng</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<main class="wrap preview-error" id="noi-dung">
<h1>Nội dung có lỗi</h1>
<p>Bản xem trước tạm dừng: trang tin chỉ hiện lại khi các lỗi dưới đây được sửa. Sửa tệp, lưu lại, trang này tự tải lại. Cùng danh sách với lệnh <code>npm run check</code>; bản build chính thức cũng dừng ở các lỗi này.</p>
<pre role="alert">${escapeHtml(report)}</pre>
</main>
<script type="module" src="${reloadScript}"></script>
</body>
</html>
`;
}

/** True for an address a browser opens as a page (a folder or an .html file), not a style sheet, photo or script. */
export function isPageRequest(pathname: string): boolean {
  return pathname.endsWith('/') || pathname.endsWith('.html');
}
