-- One chunk of generated tickets, ordinals :first..:last; ids :base + ordinal (comments and history
-- from :cbase and :hbase), every value from
-- pg_temp.r(:seed, ordinal, salt) so a seed always gives the same data set. About 70 % zh-TW.
\set ON_ERROR_STOP on

CREATE TEMP TABLE IF NOT EXISTS words AS SELECT
  ARRAY['三樓會議室', '台北總部', '新竹廠區', '台中辦公室', '高雄分公司', '財務部', '人資部', '業務部', '研發中心', '倉儲物流']::text[] AS zh_place,
  ARRAY['印表機', '筆電', 'VPN', 'Outlook 信箱', 'Wi-Fi', '投影機', 'ERP 系統', '電話分機', 'Teams 會議', '共用資料夾', '桌機', '門禁卡']::text[] AS zh_thing,
  ARRAY['無法連線', '一直斷線', '開機很慢', '無法列印', '出現錯誤代碼 0x80070005', '密碼過期無法登入', '畫面沒有顯示', '同步失敗', '權限不足無法開啟', '聲音斷斷續續']::text[] AS zh_symptom,
  ARRAY['今天早上開始', '從昨天下午起', '重新開機後', '更新 Windows 之後', '換到新座位後', '每次開會時']::text[] AS zh_when,
  ARRAY['已經試過重新開機，還是一樣。', '同事的電腦正常。', '急需處理，下午要跟客戶開會。', '錯誤訊息截圖如附件。', '請協助盡快處理，謝謝。', '影響整個部門的作業。']::text[] AS zh_detail,
  ARRAY['Taipei HQ', 'Hsinchu plant', 'meeting room 3F', 'finance team', 'sales office', 'R&D lab', 'warehouse', 'Kaohsiung branch']::text[] AS en_place,
  ARRAY['printer', 'laptop', 'VPN', 'Outlook mailbox', 'Wi-Fi', 'projector', 'ERP client', 'desk phone', 'Teams call', 'shared drive', 'badge reader']::text[] AS en_thing,
  ARRAY['cannot connect', 'keeps dropping', 'is very slow', 'will not print', 'shows error 0x80070005', 'password expired', 'screen stays black', 'fails to sync', 'access denied']::text[] AS en_symptom,
  ARRAY['since this morning', 'after the update', 'since yesterday', 'after moving desks', 'during every meeting']::text[] AS en_when,
  ARRAY['Restarting did not help.', 'Colleagues are not affected.', 'Urgent: customer meeting at 2 pm.', 'Screenshot attached.', 'The whole team is blocked.']::text[] AS en_detail,
  ARRAY['vpn', 'printer', 'wifi', 'outlook', 'erp', 'password', 'hardware', 'urgent', 'vip', 'onboarding', '資安', '新人報到']::text[] AS tags,
  ARRAY['NEW', 'OPEN', 'PENDING', 'RESOLVED', 'CLOSED']::text[] AS statuses,
  ARRAY['INCIDENT', 'SERVICE_REQUEST', 'QUESTION', 'PROBLEM']::text[] AS types,
  ARRAY['HIGH', 'MEDIUM', 'LOW']::text[] AS levels,
  ARRAY['資訊部', '財務部', '人資部', '業務部', '研發部', 'Operations', 'Sales']::text[] AS departments;

CREATE TEMP TABLE IF NOT EXISTS fixtures AS SELECT
  (SELECT array_agg(id ORDER BY id) FROM ticket.support_groups WHERE description LIKE 'Dataset %') AS groups,
  (SELECT array_agg(id ORDER BY id) FROM ticket.categories WHERE name_en LIKE 'Dataset: %') AS categories;

CREATE TEMP TABLE chunk AS
WITH base AS (
  SELECT n, :base::bigint + n AS id,
         pg_temp.r(:seed, n, 'lang') < 0.7 AS zh,
         -- spread over two years before :now, denser in recent months
         (:'now'::timestamptz - (power(pg_temp.r(:seed, n, 'age'), 1.5) * interval '730 days')) AS created_at,
         pg_temp.r(:seed, n, 'status') AS s
  FROM generate_series(:first::bigint, :last::bigint) n
)
SELECT b.*, w.*, f.*,
       CASE WHEN b.created_at < :'now'::timestamptz - interval '30 days'
            THEN (CASE WHEN b.s < 0.85 THEN 'CLOSED' WHEN b.s < 0.95 THEN 'RESOLVED' ELSE 'OPEN' END)
            ELSE w.statuses[1 + floor(b.s * 5)::int] END AS status
FROM base b CROSS JOIN words w CROSS JOIN fixtures f;

INSERT INTO ticket.tickets (id, subject, description, status, priority, requester_id, requester_name,
  created_at, updated_at, version, ticket_number, ticket_type, category_id, impact, urgency,
  priority_overridden, requester_department, group_id, assignee_id, assignee_name, pending_reason,
  resolution, resolved_at, closed_at)
SELECT c.id,
  CASE WHEN c.zh
    THEN c.zh_place[1 + floor(pg_temp.r(:seed, c.n, 'p') * array_length(c.zh_place, 1))::int]
         || '的' || c.zh_thing[1 + floor(pg_temp.r(:seed, c.n, 't') * array_length(c.zh_thing, 1))::int]
         || c.zh_symptom[1 + floor(pg_temp.r(:seed, c.n, 'y') * array_length(c.zh_symptom, 1))::int]
    ELSE initcap(c.en_thing[1 + floor(pg_temp.r(:seed, c.n, 't') * array_length(c.en_thing, 1))::int])
         || ' ' || c.en_symptom[1 + floor(pg_temp.r(:seed, c.n, 'y') * array_length(c.en_symptom, 1))::int]
         || ' at ' || c.en_place[1 + floor(pg_temp.r(:seed, c.n, 'p') * array_length(c.en_place, 1))::int]
  END,
  CASE WHEN c.zh
    THEN c.zh_when[1 + floor(pg_temp.r(:seed, c.n, 'w') * array_length(c.zh_when, 1))::int] || '，'
         || c.zh_thing[1 + floor(pg_temp.r(:seed, c.n, 't') * array_length(c.zh_thing, 1))::int]
         || c.zh_symptom[1 + floor(pg_temp.r(:seed, c.n, 'y') * array_length(c.zh_symptom, 1))::int] || '。'
         || c.zh_detail[1 + floor(pg_temp.r(:seed, c.n, 'd') * array_length(c.zh_detail, 1))::int]
         || c.zh_detail[1 + floor(pg_temp.r(:seed, c.n, 'e') * array_length(c.zh_detail, 1))::int]
    ELSE 'The ' || c.en_thing[1 + floor(pg_temp.r(:seed, c.n, 't') * array_length(c.en_thing, 1))::int] || ' '
         || c.en_symptom[1 + floor(pg_temp.r(:seed, c.n, 'y') * array_length(c.en_symptom, 1))::int] || ' '
         || c.en_when[1 + floor(pg_temp.r(:seed, c.n, 'w') * array_length(c.en_when, 1))::int] || '. '
         || c.en_detail[1 + floor(pg_temp.r(:seed, c.n, 'd') * array_length(c.en_detail, 1))::int]
  END,
  c.status,
  'P' || (1 + floor(power(pg_temp.r(:seed, c.n, 'prio'), 0.6) * 4))::int,
  'dataset-user-' || (1 + floor(pg_temp.r(:seed, c.n, 'req') * 5000))::int,
  CASE WHEN c.zh THEN '資料集使用者 ' ELSE 'Dataset user ' END || (1 + floor(pg_temp.r(:seed, c.n, 'req') * 5000))::int,
  c.created_at,
  c.created_at + pg_temp.r(:seed, c.n, 'upd') * interval '5 days',
  1 + floor(pg_temp.r(:seed, c.n, 'ver') * 6)::int,
  'TK-' || extract(year FROM c.created_at)::int || '-' || lpad(nextval('ticket.ticket_numbers')::text, 6, '0'),
  c.types[1 + floor(pg_temp.r(:seed, c.n, 'type') * 4)::int],
  c.categories[1 + floor(pg_temp.r(:seed, c.n, 'cat') * array_length(c.categories, 1))::int],
  c.levels[1 + floor(pg_temp.r(:seed, c.n, 'imp') * 3)::int],
  c.levels[1 + floor(pg_temp.r(:seed, c.n, 'urg') * 3)::int],
  pg_temp.r(:seed, c.n, 'ovr') < 0.05,
  c.departments[1 + floor(pg_temp.r(:seed, c.n, 'dep') * array_length(c.departments, 1))::int],
  c.groups[1 + floor(pg_temp.r(:seed, c.n, 'grp') * array_length(c.groups, 1))::int],
  CASE WHEN c.status <> 'NEW' THEN 'dataset-agent-' || (1 + floor(pg_temp.r(:seed, c.n, 'agt') * 8))::int END,
  CASE WHEN c.status <> 'NEW' THEN '資料集客服 ' || (1 + floor(pg_temp.r(:seed, c.n, 'agt') * 8))::int END,
  CASE WHEN c.status = 'PENDING' THEN 'WAITING_ON_REQUESTER' END,
  CASE WHEN c.status IN ('RESOLVED', 'CLOSED') THEN CASE WHEN c.zh THEN '已重新設定並確認恢復正常。' ELSE 'Reconfigured; confirmed working.' END END,
  CASE WHEN c.status IN ('RESOLVED', 'CLOSED') THEN c.created_at + pg_temp.r(:seed, c.n, 'res') * interval '4 days' END,
  CASE WHEN c.status = 'CLOSED' THEN c.created_at + interval '4 days' + pg_temp.r(:seed, c.n, 'cls') * interval '7 days' END
FROM chunk c;

-- 0 to 5 comments a ticket, one in five an internal note
INSERT INTO ticket.ticket_comments (id, ticket_id, author_id, author_name, body, internal, created_at, version)
SELECT :cbase::bigint + c.n * 8 + k, c.id,
  CASE WHEN k % 2 = 1 THEN 'dataset-agent-' || (1 + floor(pg_temp.r(:seed, c.n, 'agt') * 8))::int
       ELSE 'dataset-user-' || (1 + floor(pg_temp.r(:seed, c.n, 'req') * 5000))::int END,
  CASE WHEN k % 2 = 1 THEN '資料集客服 ' || (1 + floor(pg_temp.r(:seed, c.n, 'agt') * 8))::int
       ELSE '資料集使用者 ' || (1 + floor(pg_temp.r(:seed, c.n, 'req') * 5000))::int END,
  CASE WHEN c.zh THEN c.zh_detail[1 + floor(pg_temp.r(:seed, c.n, 'c' || k) * array_length(c.zh_detail, 1))::int]
       ELSE c.en_detail[1 + floor(pg_temp.r(:seed, c.n, 'c' || k) * array_length(c.en_detail, 1))::int] END,
  k % 2 = 1 AND pg_temp.r(:seed, c.n, 'i' || k) < 0.4,
  c.created_at + k * interval '3 hours', 1
FROM chunk c CROSS JOIN generate_series(1, 5) k
WHERE k <= floor(pg_temp.r(:seed, c.n, 'ncom') * 6);

INSERT INTO ticket.ticket_tags (ticket_id, tag)
SELECT DISTINCT c.id, c.tags[1 + floor(pg_temp.r(:seed, c.n, 'tag' || k) * array_length(c.tags, 1))::int]
FROM chunk c CROSS JOIN generate_series(1, 3) k
WHERE k <= floor(pg_temp.r(:seed, c.n, 'ntag') * 4);

INSERT INTO ticket.ticket_field_values (ticket_id, field_key, field_type, field_value)
SELECT c.id, 'dataset_asset_tag', 'TEXT', 'NB-' || lpad((floor(pg_temp.r(:seed, c.n, 'asset') * 99999))::int::text, 5, '0')
FROM chunk c WHERE pg_temp.r(:seed, c.n, 'hasasset') < 0.4
UNION ALL
SELECT c.id, 'dataset_affected_users', 'NUMBER', (1 + floor(power(pg_temp.r(:seed, c.n, 'aff'), 3) * 500))::int::text
FROM chunk c WHERE pg_temp.r(:seed, c.n, 'hasaff') < 0.3;

-- attachment metadata only (the bytes are not generated): one ticket in ten has a screenshot
INSERT INTO ticket.ticket_attachments (id, ticket_id, comment_id, internal, blob_key, file_name, content_type,
  size_bytes, sha256, uploader_id, uploader_name, created_at)
SELECT md5(:seed || ':att:' || c.n)::uuid::text, c.id, NULL, false, 'dataset/' || c.id || '/screenshot.png',
  CASE WHEN c.zh THEN '錯誤畫面截圖.png' ELSE 'screenshot.png' END, 'image/png',
  20000 + floor(pg_temp.r(:seed, c.n, 'size') * 900000)::int, md5(c.n::text) || md5(:seed || c.n::text),
  'dataset-user-' || (1 + floor(pg_temp.r(:seed, c.n, 'req') * 5000))::int, '資料集使用者', c.created_at
FROM chunk c WHERE pg_temp.r(:seed, c.n, 'att') < 0.1;

INSERT INTO ticket.ticket_history (id, ticket_id, actor_id, actor_name, changed_at, change_kind, before_value, after_value, internal)
SELECT :hbase::bigint + c.n * 2, c.id, 'dataset-user-1', '資料集使用者', c.created_at, 'opened', NULL, NULL, false FROM chunk c
UNION ALL
SELECT :hbase::bigint + c.n * 2 + 1, c.id, 'dataset-agent-1', '資料集客服 1', c.created_at + interval '1 hour', 'status', 'NEW', c.status, false
FROM chunk c WHERE c.status <> 'NEW';

DROP TABLE chunk;
