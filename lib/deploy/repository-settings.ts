/**
 * The GitHub settings the publishing workflows (.github/workflows/xuat-ban-*.yml)
 * read: secrets and repository variables (Settings → Secrets and variables →
 * Actions). The README's deploy section mirrors these lists, and
 * tests/deploy/workflows.test.ts checks that every setting a workflow names is
 * here, and every one here is named by the workflows it lists.
 */

/** The workflow that publishes to GitHub Pages. */
export const PAGES_WORKFLOW = 'xuat-ban-github-pages.yml';
/** The workflow that publishes to the newsroom's own web server (deploy/rsync-release.sh). */
export const SERVER_WORKFLOW = 'xuat-ban-may-chu.yml';

export interface RepositorySetting {
  name: string;
  /** Workflow files that read it. */
  workflows: readonly string[];
  required: boolean;
  /** What to put there, for the newsroom's administrator. */
  description: string;
  example?: string;
}

/** Secrets: write-only in GitHub, masked in every log. */
export const DEPLOY_SECRETS: readonly RepositorySetting[] = [
  {
    name: 'DEPLOY_SSH_KEY',
    workflows: [SERVER_WORKFLOW],
    required: true,
    description:
      'khóa SSH riêng (cả dòng BEGIN và END) của một cặp khóa chỉ dùng để đưa trang lên: tạo bằng `ssh-keygen -t ed25519 -N "" -f tuan-le-deploy`, đặt khóa công khai `tuan-le-deploy.pub` vào `~/.ssh/authorized_keys` của `DEPLOY_USER` trên máy chủ',
  },
  {
    name: 'DEPLOY_KNOWN_HOSTS',
    workflows: [SERVER_WORKFLOW],
    required: true,
    description:
      'khóa của máy chủ, dạng dòng `known_hosts` (chạy `ssh-keyscan -p CỔNG TÊN-MÁY-CHỦ` từ máy tin cậy và so vân tay với `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` trên máy chủ); máy chủ trả khóa khác thì không đưa trang lên',
    example: 'hoctapsuotdoi.thanhhoa.gov.vn ssh-ed25519 AAAAC3Nza…',
  },
  {
    name: 'DEPLOY_HOST',
    workflows: [SERVER_WORKFLOW],
    required: true,
    description: 'tên hoặc địa chỉ IP của máy chủ web',
    example: 'hoctapsuotdoi.thanhhoa.gov.vn',
  },
  {
    name: 'DEPLOY_USER',
    workflows: [SERVER_WORKFLOW],
    required: true,
    description: 'tài khoản SSH trên máy chủ, có quyền ghi vào `DEPLOY_PATH` (không cần quyền root)',
    example: 'tuan-le',
  },
  {
    name: 'DEPLOY_PATH',
    workflows: [SERVER_WORKFLOW],
    required: true,
    description:
      'thư mục của trang trên máy chủ (đường dẫn tuyệt đối): mỗi lần xuất bản là một thư mục trong `releases/`, `current` trỏ tới bản đang chạy; nginx dùng `DEPLOY_PATH/current` (`deploy/nginx/`)',
    example: '/srv/tuan-le',
  },
  {
    name: 'DEPLOY_PORT',
    workflows: [SERVER_WORKFLOW],
    required: false,
    description: 'cổng SSH, nếu không phải 22',
    example: '2222',
  },
];

/** Repository variables: visible to anyone who can read the settings, never secret. */
export const DEPLOY_VARIABLES: readonly RepositorySetting[] = [
  {
    name: 'DEPLOY_TARGETS',
    workflows: [PAGES_WORKFLOW, SERVER_WORKFLOW],
    required: true,
    description: 'nơi xuất bản: `pages` (GitHub Pages), `rsync` (máy chủ của tòa soạn) hoặc cả hai (`pages rsync`); không đặt thì không workflow nào xuất bản',
    example: 'rsync',
  },
  {
    name: 'SCHEDULED_BUILDS',
    workflows: [PAGES_WORKFLOW, SERVER_WORKFLOW],
    required: false,
    description: '`false` để tạm dừng các lần build theo lịch (ví dụ khi Tuần lễ đã kết thúc); lần đẩy lên `main` vẫn xuất bản',
    example: 'false',
  },
  {
    name: 'SITE_URL',
    workflows: [SERVER_WORKFLOW],
    required: false,
    description: 'địa chỉ gốc của trang trên máy chủ của tòa soạn; không đặt thì dùng `url` trong `data/site.yaml` (GitHub Pages tự lấy địa chỉ của mình)',
    example: 'https://hoctapsuotdoi.thanhhoa.gov.vn',
  },
  {
    name: 'PATH_PREFIX',
    workflows: [SERVER_WORKFLOW],
    required: false,
    description: 'thư mục con khi trang nằm trong cổng thông tin (dùng cùng `deploy/nginx/tuan-le-thu-muc-con.conf`); không đặt thì dùng `pathPrefix` trong `data/site.yaml`',
    example: '/hoc-tap-suot-doi/',
  },
  {
    name: 'DEPLOY_RELOAD_COMMAND',
    workflows: [SERVER_WORKFLOW],
    required: false,
    description:
      'lệnh chạy trên máy chủ khi header bảo mật (`nginx-headers.conf`) của bản mới khác bản trước, vì nginx chỉ đọc tệp đó khi nạp lại; `DEPLOY_USER` cần quyền chạy đúng lệnh này (ví dụ một dòng sudoers). Không đặt thì lần chạy đó có cảnh báo',
    example: 'sudo systemctl reload nginx',
  },
];

/**
 * A settings list as the Markdown table the README shows.
 * @example settingsTable([{ name: 'A', workflows: [], required: true, description: 'chữ' }]) === '| tên | bắt buộc | ví dụ | ý nghĩa |\n|---|---|---|---|\n| `A` | có |  | chữ |'
 */
export function settingsTable(settings: readonly RepositorySetting[]): string {
  const rows = settings.map((setting) => `| \`${setting.name}\` | ${setting.required ? 'có' : 'không'} | ${setting.example ? `\`${setting.example}\`` : ''} | ${setting.description} |`);
  return ['| tên | bắt buộc | ví dụ | ý nghĩa |', '|---|---|---|---|', ...rows].join('\n');
}
