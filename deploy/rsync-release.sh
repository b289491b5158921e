#!/usr/bin/env bash
# deploy/rsync-release.sh [SITE_DIR]: publishes a built site (default _site/) to the newsroom's web
# server over SSH so that the live site changes in one step, or not at all:
#   1. upload into DEPLOY_PATH/releases/.<release>.partial/ (files whose content did not change are
#      hard-linked from the live release, so only changed files travel and take space),
#   2. rename it to releases/<release>/ once complete,
#   3. point DEPLOY_PATH/current at it with one rename (atomic on Linux: nginx serves either the old
#      or the new release, never a half-copied one),
#   4. keep the newest DEPLOY_KEEP_RELEASES releases (default 5) for a manual roll-back.
# A failure at any step leaves `current` as it was. Run it only after a successful build.
#
# Environment (see lib/deploy/repository-settings.ts for the GitHub secrets and variables behind it):
#   DEPLOY_HOST, DEPLOY_USER, DEPLOY_PATH  required; DEPLOY_PATH is absolute, e.g. /srv/tuan-le
#   DEPLOY_PORT            SSH port (default 22)
#   DEPLOY_SSH_KEY         the private key itself (default: ssh's own keys and agent)
#   DEPLOY_KNOWN_HOSTS     known_hosts lines of the server (default: ssh's own file); an unknown or
#                          changed server key is refused. Both required under GitHub Actions.
#   DEPLOY_SSH             the whole remote shell for ssh and rsync, instead of the settings above
#   DEPLOY_RELOAD_COMMAND  run on the server when the release's nginx-headers.conf differs from the
#                          previous one (e.g. "sudo systemctl reload nginx"); unset: a warning says so
#   DEPLOY_KEEP_RELEASES   releases kept (default 5)
#   DEPLOY_RELEASE         the release's name (default: UTC time and commit, so names sort by age)
set -euo pipefail

site_dir="${1:-_site}"
site_dir="${site_dir%/}"

say() { printf '%s\n' "$*"; }
warn() {
  if [ "${GITHUB_ACTIONS:-}" = true ]; then say "::warning::$*"; else say "Cảnh báo: $*"; fi
}
fail() {
  if [ "${GITHUB_ACTIONS:-}" = true ]; then say "::error::$*" >&2; else say "Lỗi: $*" >&2; fi
  exit 1
}

for name in DEPLOY_HOST DEPLOY_USER DEPLOY_PATH; do
  [ -n "${!name:-}" ] || fail "thiếu $name (secret của kho trên GitHub)."
done
# Values reach a remote shell: allow only characters that need no quoting there.
[[ "$DEPLOY_HOST" =~ ^[A-Za-z0-9._-]+$ ]] || fail "DEPLOY_HOST chỉ được có chữ không dấu, số, dấu chấm, gạch ngang."
[[ "$DEPLOY_USER" =~ ^[A-Za-z0-9._-]+$ ]] || fail "DEPLOY_USER chỉ được có chữ không dấu, số, dấu chấm, gạch ngang."
[[ "$DEPLOY_PATH" =~ ^/[A-Za-z0-9._/-]*[A-Za-z0-9._-]$ ]] || fail "DEPLOY_PATH phải là đường dẫn tuyệt đối (ví dụ /srv/tuan-le), không dấu cách, không kết thúc bằng /."
port="${DEPLOY_PORT:-22}"
[[ "$port" =~ ^[0-9]+$ ]] || fail "DEPLOY_PORT phải là một số."
keep="${DEPLOY_KEEP_RELEASES:-5}"
[[ "$keep" =~ ^[1-9][0-9]*$ ]] || fail "DEPLOY_KEEP_RELEASES phải là số nguyên dương."
commit="${GITHUB_SHA:-$(git rev-parse HEAD 2>/dev/null || echo local)}"
release="${DEPLOY_RELEASE:-$(date -u +%Y%m%dT%H%M%SZ)-${commit:0:12}}"
[[ "$release" =~ ^[A-Za-z0-9][A-Za-z0-9._-]*$ ]] || fail "tên bản phát hành không hợp lệ: $release"

# Never publish an empty or half-written folder: the build writes these last or always.
for file in index.html 404.html nginx-headers.conf; do
  [ -f "$site_dir/$file" ] || fail "$site_dir/$file không có: bản build chưa xong hoặc đã lỗi, không đưa lên."
done

# The key and the server's known key go to files only this user reads, removed when the script ends.
ssh_command="ssh -p $port -o BatchMode=yes -o StrictHostKeyChecking=yes"
if [ -z "${DEPLOY_SSH:-}" ]; then
  if [ "${GITHUB_ACTIONS:-}" = true ]; then
    [ -n "${DEPLOY_SSH_KEY:-}" ] || fail "thiếu secret DEPLOY_SSH_KEY (khóa SSH riêng để đưa trang lên)."
    [ -n "${DEPLOY_KNOWN_HOSTS:-}" ] || fail "thiếu secret DEPLOY_KNOWN_HOSTS (khóa của máy chủ, để không gửi trang cho máy giả mạo)."
  fi
  ssh_dir="$(mktemp -d)"
  trap 'rm -rf "$ssh_dir"' EXIT
  if [ -n "${DEPLOY_SSH_KEY:-}" ]; then
    (umask 077 && printf '%s\n' "$DEPLOY_SSH_KEY" | tr -d '\r' > "$ssh_dir/key")
    ssh_command+=" -i $ssh_dir/key -o IdentitiesOnly=yes"
  fi
  if [ -n "${DEPLOY_KNOWN_HOSTS:-}" ]; then
    (umask 077 && printf '%s\n' "$DEPLOY_KNOWN_HOSTS" | tr -d '\r' > "$ssh_dir/known_hosts")
    ssh_command+=" -o UserKnownHostsFile=$ssh_dir/known_hosts"
  fi
else
  ssh_command="$DEPLOY_SSH"
fi
target="$DEPLOY_USER@$DEPLOY_HOST"
releases="$DEPLOY_PATH/releases"
# shellcheck disable=SC2086 # the remote shell is a command line, split into words on purpose
remote() { $ssh_command "$target" "$@"; }

# 1. Prepare: the releases folder, no leftovers of a failed upload (runs never overlap: the workflow's
#    concurrency group), and the live release to hard-link from.
live="$(remote bash -s -- "$DEPLOY_PATH" <<'REMOTE'
set -eu
mkdir -p "$1/releases"
find "$1/releases" -mindepth 1 -maxdepth 1 -name '.*.partial' -exec rm -rf {} +
if [ -L "$1/current" ]; then readlink "$1/current"; fi
REMOTE
)" || fail "không làm việc được với máy chủ qua SSH (khóa, known_hosts, DEPLOY_HOST, DEPLOY_USER, DEPLOY_PATH?): không đổi gì."
live="${live##*/}"
[ "$live" != "$release" ] || fail "bản phát hành $release đang chạy trên máy chủ."

# 2. Upload. --checksum: every build rewrites every file, so sizes and times say nothing; no --times,
#    so a hard-linked file keeps its old time (and browsers their 304s) and a changed one gets a new one.
say "Đưa bản $release lên máy chủ (releases/.$release.partial/) …"
link_dest=()
[ -n "$live" ] && link_dest=(--link-dest="$releases/$live")
rsync --recursive --links --perms --chmod=D755,F644 --checksum --omit-dir-times --stats \
  "${link_dest[@]}" -e "$ssh_command" "$site_dir/" "$target:$releases/.$release.partial/" \
  || fail "tải lên không xong: trang đang chạy vẫn là bản ${live:-cũ}, không đổi gì."

# 3. Switch: complete release, then one rename of the `current` link. An empty argument does not
#    survive ssh (it joins the words into one command line): the live release may be missing.
headers_changed="$(remote bash -s -- "$DEPLOY_PATH" "$release" "$live" <<'REMOTE'
set -eu
cd "$1"
partial="releases/.$2.partial"
test -f "$partial/index.html" && test -f "$partial/404.html"
mv -T "$partial" "releases/$2"
ln -sfn "releases/$2" .current.new
mv -Tf .current.new current
if [ -z "${3:-}" ] || ! cmp -s "releases/${3:-}/nginx-headers.conf" "releases/$2/nginx-headers.conf"; then echo yes; fi
REMOTE
)" || fail "không chuyển được sang bản mới: trang đang chạy vẫn là bản ${live:-cũ}."
say "Trang đang chạy: $release (trước đó: ${live:-chưa có})."

# 4. Keep the newest releases; never the live one.
remote bash -s -- "$DEPLOY_PATH" "$release" "$keep" <<'REMOTE' || warn "không xóa được các bản phát hành cũ trong releases/."
set -eu
cd "$1/releases"
ls -1 | sort -r | tail -n +"$(($3 + 1))" | while read -r old; do
  [ "$old" = "$2" ] || rm -rf -- "$old"
done
REMOTE

# nginx reads nginx-headers.conf when it starts or reloads, not on each request.
if [ "$headers_changed" = yes ]; then
  if [ -n "${DEPLOY_RELOAD_COMMAND:-}" ]; then
    say "Header bảo mật đổi: nạp lại máy chủ web ($DEPLOY_RELOAD_COMMAND)."
    remote "$DEPLOY_RELOAD_COMMAND" || fail "bản mới đã chạy nhưng lệnh nạp lại máy chủ web lỗi: header bảo mật mới chưa có hiệu lực."
  elif [ -n "$live" ]; then
    warn "nginx-headers.conf đổi so với bản trước: nạp lại nginx trên máy chủ (nginx -s reload) để header mới có hiệu lực, hoặc đặt biến DEPLOY_RELOAD_COMMAND."
  fi
fi
