-- Fixtures the generated tickets and articles refer to (groups with agents, categories, custom
-- fields), created once and found again by name on the next run; and the deterministic
-- pseudo-random function every generated value comes from.
\set ON_ERROR_STOP on

-- r(seed, n, salt) in [0, 1): the same value for the same arguments, whatever the chunking
CREATE OR REPLACE FUNCTION pg_temp.r(seed int, n bigint, salt text) RETURNS double precision
  LANGUAGE sql IMMUTABLE AS
$$ SELECT ('x' || substr(md5(seed::text || ':' || n::text || ':' || salt), 1, 8))::bit(32)::bigint / 4294967296.0 $$;

INSERT INTO ticket.support_groups (id, name, description, version)
SELECT nextval('ticket.support_groups_id_seq'), g.name, g.description, 1
FROM (VALUES ('資料集：服務台', 'Dataset service desk'), ('資料集：網路', 'Dataset network'),
             ('資料集：帳號權限', 'Dataset identity and access'), ('資料集：桌面支援', 'Dataset desktop support'),
             ('Dataset: Applications', 'Dataset business applications')) AS g(name, description)
WHERE NOT EXISTS (SELECT 1 FROM ticket.support_groups s WHERE s.name = g.name);

INSERT INTO ticket.support_group_members (group_id, user_id, user_name)
SELECT g.id, 'dataset-agent-' || a, '資料集客服 ' || a
FROM ticket.support_groups g CROSS JOIN generate_series(1, 8) a
WHERE g.description LIKE 'Dataset %'
  AND NOT EXISTS (SELECT 1 FROM ticket.support_group_members m
                  WHERE m.group_id = g.id AND m.user_id = 'dataset-agent-' || a);

INSERT INTO ticket.categories (id, parent_id, name_zh_tw, name_en, active, version)
SELECT nextval('ticket.categories_id_seq'), NULL, c.zh, c.en, true, 1
FROM (VALUES ('資料集：硬體', 'Dataset: Hardware'), ('資料集：網路連線', 'Dataset: Network'),
             ('資料集：帳號與密碼', 'Dataset: Accounts'), ('資料集：郵件與協作', 'Dataset: Mail and collaboration'),
             ('資料集：企業應用', 'Dataset: Business applications'), ('資料集：資訊安全', 'Dataset: Security')) AS c(zh, en)
WHERE NOT EXISTS (SELECT 1 FROM ticket.categories x WHERE x.name_en = c.en);

INSERT INTO ticket.custom_fields (id, field_key, label_zh, label_en, field_type, is_required,
                                  requester_editable, min_value, max_value, max_length, sort_order, active, version)
SELECT nextval('ticket.custom_fields_id_seq'), f.k, f.zh, f.en, f.t, false, true, f.lo, f.hi, f.len, 90, true, 1
FROM (VALUES ('dataset_asset_tag', '資產編號', 'Asset tag', 'TEXT', NULL::numeric, NULL::numeric, 40),
             ('dataset_affected_users', '受影響人數', 'Affected users', 'NUMBER', 1, 100000, NULL)) AS f(k, zh, en, t, lo, hi, len)
WHERE NOT EXISTS (SELECT 1 FROM ticket.custom_fields x WHERE x.field_key = f.k);

INSERT INTO knowledge.categories (id, parent_id, name_zh_tw, name_en, position, version)
SELECT nextval('knowledge.categories_id_seq'), NULL, c.zh, c.en, 90, 1
FROM (VALUES ('資料集：操作指南', 'Dataset: How-to'), ('資料集：疑難排解', 'Dataset: Troubleshooting'),
             ('資料集：政策與規範', 'Dataset: Policies')) AS c(zh, en)
WHERE NOT EXISTS (SELECT 1 FROM knowledge.categories x WHERE x.name_en = c.en);
