-- Generated articles, ordinals :first..:last, ids :base + ordinal (revisions from :rbase). An even
-- ordinal is, more often than not, the other language's translation of the odd one before it.
\set ON_ERROR_STOP on

CREATE TEMP TABLE IF NOT EXISTS article_words AS SELECT
  ARRAY['如何設定 VPN 連線', '印表機無法列印的處理步驟', '重設公司帳號密碼', '在筆電上安裝 ERP 用戶端', '申請共用資料夾權限',
        'Outlook 信箱容量已滿怎麼辦', 'Wi-Fi 訪客網路使用說明', '新人報到：電腦與帳號準備', '多因素驗證 (MFA) 設定教學', 'Teams 會議音訊問題排除']::text[] AS zh_title,
  ARRAY['How to set up the VPN', 'Fixing a printer that will not print', 'Resetting your company password', 'Installing the ERP client on a laptop', 'Requesting access to a shared drive',
        'What to do when your mailbox is full', 'Using the guest Wi-Fi', 'Onboarding: laptop and accounts', 'Setting up multi-factor authentication', 'Troubleshooting Teams call audio']::text[] AS en_title,
  ARRAY['開啟設定，選擇網路與網際網路。', '確認電源與網路線已接好。', '若仍無法解決，請開立工單並附上錯誤畫面。', '此步驟需要系統管理員權限。', '完成後請重新開機並再次測試。', '台北總部與新竹廠區的設定不同，請選擇所在地點。']::text[] AS zh_step,
  ARRAY['Open Settings and choose Network.', 'Check that the power and network cables are connected.', 'If the problem persists, open a ticket with a screenshot of the error.', 'This step needs administrator rights.', 'Restart and test again when done.']::text[] AS en_step;

CREATE TEMP TABLE IF NOT EXISTS article_categories AS
  SELECT array_agg(id ORDER BY id) AS ids FROM knowledge.categories WHERE name_en LIKE 'Dataset: %';

CREATE TEMP TABLE achunk AS
SELECT n, :base::bigint + n AS id,
       -- an even ordinal translates the odd one before it, 60 % of the time
       (n % 2 = 0 AND pg_temp.r(:seed, n, 'tr') < 0.6) AS translation,
       pg_temp.r(:seed, n - (n % 2 = 0)::int, 'lang') < 0.7 AS source_zh,
       1 + floor(pg_temp.r(:seed, n, 'revs') * 3)::int AS revisions,
       :'now'::timestamptz - pg_temp.r(:seed, n, 'age') * interval '700 days' AS created_at,
       pg_temp.r(:seed, n, 'status') AS s,
       1 + floor(pg_temp.r(:seed, n - (n % 2 = 0)::int, 'title') * 10)::int AS topic,
       w.*, c.ids AS categories
FROM generate_series(:first::bigint, :last::bigint) n CROSS JOIN article_words w CROSS JOIN article_categories c;

INSERT INTO knowledge.articles (id, title, body, language, status, author_id, author_name, published_at,
  created_at, updated_at, version, summary, category_id, audience, owner_id, owner_name, review_by,
  head_revision, published_revision, translation_group, source_revision_seen, view_count)
SELECT a.id,
  CASE WHEN a.zh THEN a.zh_title[a.topic] ELSE a.en_title[a.topic] END || ' #' || a.n,
  a.body, CASE WHEN a.zh THEN 'zh-TW' ELSE 'en' END, a.status,
  'dataset-editor-' || (1 + a.n % 12), '資料集編輯 ' || (1 + a.n % 12),
  CASE WHEN a.status IN ('PUBLISHED', 'ARCHIVED') THEN a.created_at + interval '2 days' END,
  a.created_at, a.created_at + interval '2 days', a.revisions,
  left(a.body, 120), a.categories[1 + a.n % array_length(a.categories, 1)],
  CASE WHEN pg_temp.r(:seed, a.n, 'aud') < 0.8 THEN 'EVERYONE' WHEN pg_temp.r(:seed, a.n, 'aud') < 0.9 THEN 'EMPLOYEES' ELSE 'AGENTS' END,
  'dataset-editor-' || (1 + a.n % 12), '資料集編輯 ' || (1 + a.n % 12),
  (a.created_at + interval '365 days')::date,
  a.revisions, CASE WHEN a.status IN ('PUBLISHED', 'ARCHIVED') THEN a.revisions END,
  CASE WHEN a.translation THEN a.id - 1
       WHEN a.n % 2 = 1 AND pg_temp.r(:seed, a.n + 1, 'tr') < 0.6 AND a.n < :total THEN a.id END,
  CASE WHEN a.translation THEN 1 END,
  floor(power(pg_temp.r(:seed, a.n, 'views'), 4) * 5000)::int
FROM (
  SELECT c.*, (c.source_zh <> c.translation) AS zh,
         CASE WHEN c.s < 0.8 THEN 'PUBLISHED' WHEN c.s < 0.9 THEN 'DRAFT' WHEN c.s < 0.95 THEN 'IN_REVIEW' ELSE 'ARCHIVED' END AS status,
         CASE WHEN c.source_zh <> c.translation
           THEN '## 步驟' || E'\n\n' || array_to_string(ARRAY(
                  SELECT k || '. ' || c.zh_step[1 + floor(pg_temp.r(:seed, c.n, 's' || k) * array_length(c.zh_step, 1))::int]
                  FROM generate_series(1, 4) k), E'\n')
           ELSE '## Steps' || E'\n\n' || array_to_string(ARRAY(
                  SELECT k || '. ' || c.en_step[1 + floor(pg_temp.r(:seed, c.n, 's' || k) * array_length(c.en_step, 1))::int]
                  FROM generate_series(1, 4) k), E'\n')
         END AS body
  FROM achunk c) a;

INSERT INTO knowledge.article_revisions (id, article_id, number, title, summary, body, body_html, author_id,
  author_name, message, created_at)
SELECT :rbase::bigint + c.n * 4 + k, a.id, k, a.title, a.summary, a.body,
  '<h2>' || CASE WHEN a.language = 'zh-TW' THEN '步驟' ELSE 'Steps' END || '</h2><ol>'
    || array_to_string(ARRAY(SELECT '<li>' || regexp_replace(line, '^[0-9]+\. ', '') || '</li>'
                             FROM unnest(string_to_array(a.body, E'\n')) line WHERE line ~ '^[0-9]+\. '), '')
    || '</ol>',
  a.author_id, a.author_name,
  CASE WHEN k = 1 THEN CASE WHEN a.language = 'zh-TW' THEN '初版' ELSE 'First version' END
       ELSE CASE WHEN a.language = 'zh-TW' THEN '更新步驟' ELSE 'Updated steps' END END,
  a.created_at + (k - 1) * interval '1 day'
FROM knowledge.articles a JOIN achunk c ON c.id = a.id CROSS JOIN generate_series(1, 3) k
WHERE k <= a.head_revision;

INSERT INTO knowledge.article_tags (article_id, tag)
SELECT DISTINCT c.id, (ARRAY['vpn', 'printer', 'password', 'mfa', 'erp', 'wifi', 'outlook', 'teams', '新人報到', '資安'])[1 + floor(pg_temp.r(:seed, c.n, 'tag' || k) * 10)::int]
FROM achunk c CROSS JOIN generate_series(1, 2) k;

DROP TABLE achunk;
