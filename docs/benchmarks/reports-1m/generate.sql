-- 1M tickets over ~3 years, 20 groups, 60 agents, 40 categories; ~5 % still open; a desk reply on
-- 90 %; the outcome rollup filled as the job would. For decision 0024's EXPLAIN figures.
SET search_path = ticket;
\timing on
INSERT INTO support_groups (id, name, version) SELECT g, 'group ' || g, 0 FROM generate_series(1, 20) g;
INSERT INTO categories (id, name_zh_tw, name_en, active, version)
  SELECT c, '類別 ' || c, 'category ' || c, true, 0 FROM generate_series(1, 40) c;
INSERT INTO tickets (id, subject, description, status, priority, requester_id, requester_name,
    created_at, updated_at, version, ticket_number, ticket_type, category_id, group_id,
    assignee_id, assignee_name, resolved_at)
SELECT i, 'subject ' || i, 'description', s.status, 'P' || (1 + i % 4), 'req' || (i % 5000), 'Requester',
       c.created, coalesce(c.created + r.took, c.created), 0, 'TK-B-' || i, 'INCIDENT',
       1 + (i * 7) % 40, 1 + (i * 13) % 20, 'agent' || (i % 60), 'Agent',
       CASE WHEN s.status IN ('RESOLVED', 'CLOSED') THEN c.created + r.took END
FROM generate_series(1::bigint, 1000000) i
CROSS JOIN LATERAL (SELECT timestamptz '2024-01-01 00:00+00' + (i * interval '92 seconds') AS created) c
CROSS JOIN LATERAL (SELECT (((i * 7919) % 200) + 1) * interval '37 minutes' AS took) r
CROSS JOIN LATERAL (SELECT CASE WHEN i > 985000 AND i % 3 <> 0 THEN (ARRAY['NEW','OPEN','PENDING'])[1 + i % 3]
                                WHEN i % 20 = 0 THEN (ARRAY['NEW','OPEN','PENDING'])[1 + (i / 20) % 3]
                                WHEN i % 2 = 0 THEN 'CLOSED' ELSE 'RESOLVED' END AS status) s;
INSERT INTO ticket_comments (id, ticket_id, author_id, author_name, body, internal, created_at, version)
SELECT t.id, t.id, t.assignee_id, 'Agent', 'reply', false,
       t.created_at + (((t.id * 31) % 240) + 1) * interval '1 minute', 0
FROM tickets t WHERE t.id % 10 <> 0;
INSERT INTO report_ticket_outcomes (ticket_id, resolved_at, created_at, group_id, assignee_id, priority,
    first_response_at, first_response_seconds, resolution_seconds, first_response_sla, resolution_sla,
    sla_policy, evaluated_at)
SELECT t.id, t.resolved_at, t.created_at, t.group_id, t.assignee_id, t.priority, c.created_at,
       extract(epoch FROM c.created_at - t.created_at)::bigint,
       extract(epoch FROM t.resolved_at - t.created_at)::bigint,
       CASE WHEN c.created_at IS NULL THEN NULL WHEN t.id % 9 = 0 THEN 'BREACHED' ELSE 'MET' END,
       CASE WHEN t.id % 7 = 0 THEN 'BREACHED' ELSE 'MET' END, 'P' || (1 + t.id % 4), now()
FROM tickets t LEFT JOIN ticket_comments c ON c.ticket_id = t.id
WHERE t.resolved_at IS NOT NULL;
VACUUM ANALYZE tickets;
VACUUM ANALYZE ticket_comments;
VACUUM ANALYZE report_ticket_outcomes;
SELECT count(*) FROM tickets;
SELECT pg_size_pretty(pg_total_relation_size('tickets')) AS tickets, pg_size_pretty(pg_total_relation_size('report_ticket_outcomes')) AS outcomes;
