/**
 * Numbers the Vietnamese way (decimal comma, dot for thousands) for build logs,
 * the benchmark and the kit page.
 *
 * @example formatDecimalVi(5.894, 2) === '5,89'
 */
export function formatDecimalVi(value: number, digits: number): string {
  return value.toLocaleString('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/**
 * Milliseconds as seconds.
 * @example formatSeconds(2900) === '2,9 s'
 * @example formatSeconds(1380, 2) === '1,38 s'
 */
export function formatSeconds(ms: number, digits = 1): string {
  return `${formatDecimalVi(ms / 1000, digits)} s`;
}

/**
 * A file size: KB under a megabyte, else MB.
 * @example formatBytes(1536) === '1,5 KB'
 * @example formatBytes(2_900_000) === '2,8 MB'
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}
