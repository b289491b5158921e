#!/usr/bin/env bash
# deploy/report-run.sh success|failure TARGET: one open issue per publishing target while its runs fail.
# The first failure opens it (GitHub tells everyone watching the repository), later failures only
# update its body with the latest run (no flood of notifications every 15 minutes), and the next
# success closes it with a comment. Needs the GitHub CLI and GH_TOKEN with issues: write.
set -euo pipefail

result="$1"
target="$2"
label="xuat-ban-loi"
title="Xuất bản tự động bị lỗi: $target"
run_url="$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID"
export GH_REPO="$GITHUB_REPOSITORY"

gh label create "$label" --color B60205 --description "Bản xuất bản tự động đang lỗi" --force >/dev/null
open_issue="$(gh issue list --label "$label" --state open --json number,title --jq ".[] | select(.title == \"$title\") | .number" | head -n 1)"

case "$result" in
  failure)
    body="Lần xuất bản tự động lên **$target** bị lỗi. Trang đang chạy vẫn là bản xuất bản thành công gần nhất.

Lần lỗi gần nhất: $run_url (commit \`${GITHUB_SHA:0:12}\`, sự kiện \`$GITHUB_EVENT_NAME\`, $(TZ=Asia/Ho_Chi_Minh date '+%H:%M %d/%m/%Y') giờ Việt Nam).

Mở lần chạy đó, xem bước bị đánh dấu đỏ: lỗi nội dung được in bằng tiếng Việt, mỗi lỗi kèm tệp và dòng (chạy \`npm run check\` trên máy để xem lại). Sửa rồi đưa lên nhánh main; lần xuất bản thành công tiếp theo tự đóng vấn đề này."
    if [ -n "$open_issue" ]; then
      gh issue edit "$open_issue" --body "$body" >/dev/null
      echo "Đã cập nhật vấn đề #$open_issue."
    else
      gh issue create --title "$title" --label "$label" --body "$body"
    fi
    ;;
  success)
    if [ -n "$open_issue" ]; then
      gh issue close "$open_issue" --comment "Đã xuất bản lại thành công: $run_url" >/dev/null
      echo "Đã đóng vấn đề #$open_issue."
    fi
    ;;
  *)
    echo "Cách dùng: deploy/report-run.sh success|failure TÊN-NƠI-XUẤT-BẢN" >&2
    exit 2
    ;;
esac
