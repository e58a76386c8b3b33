-- The reports' queries on the 1M-ticket data set (generate.sql), 30 days and 365 days, all groups
-- and one group: EXPLAIN (ANALYZE, BUFFERS) for decision 0024. Second run of each (warm cache).
SET search_path = ticket;
\set s30 '''2026-10-31 16:00+00'''
\set s365 '''2025-11-30 16:00+00'''
\set e '''2026-11-30 16:00+00'''
\timing on
\echo === backlog all groups (any time)
EXPLAIN (ANALYZE, BUFFERS) SELECT t.group_id, g.name, t.status, t.priority, count(*) FROM ticket.tickets t LEFT JOIN ticket.support_groups g ON g.id = t.group_id WHERE t.status IN ('NEW','OPEN','PENDING') AND t.created_at < :e AND TRUE GROUP BY t.group_id, g.name, t.status, t.priority ORDER BY t.group_id NULLS FIRST, t.status, t.priority;
\echo === backlog group 3
EXPLAIN (ANALYZE, BUFFERS) SELECT t.group_id, g.name, t.status, t.priority, count(*) FROM ticket.tickets t LEFT JOIN ticket.support_groups g ON g.id = t.group_id WHERE t.status IN ('NEW','OPEN','PENDING') AND t.created_at < :e AND t.group_id IN (3) GROUP BY t.group_id, g.name, t.status, t.priority ORDER BY t.group_id NULLS FIRST, t.status, t.priority;
\echo === created per day 365 all
EXPLAIN (ANALYZE, BUFFERS) SELECT CAST(t.created_at AT TIME ZONE 'Asia/Taipei' AS DATE) AS day, count(*) FROM ticket.tickets t WHERE t.created_at >= :s365 AND t.created_at < :e AND TRUE GROUP BY 1;
\echo === resolved per day 365 group 3
EXPLAIN (ANALYZE, BUFFERS) SELECT CAST(t.resolved_at AT TIME ZONE 'Asia/Taipei' AS DATE) AS day, count(*) FROM ticket.tickets t WHERE t.resolved_at >= :s365 AND t.resolved_at < :e AND t.group_id IN (3) GROUP BY 1;
\echo === response times 30 all
EXPLAIN (ANALYZE, BUFFERS) SELECT 'ALL', count(*), count(o.first_response_seconds), percentile_cont(0.5) WITHIN GROUP (ORDER BY o.first_response_seconds), percentile_cont(0.9) WITHIN GROUP (ORDER BY o.first_response_seconds), percentile_cont(0.5) WITHIN GROUP (ORDER BY o.resolution_seconds), percentile_cont(0.9) WITHIN GROUP (ORDER BY o.resolution_seconds) FROM ticket.report_ticket_outcomes o WHERE o.resolved_at >= :s30 AND o.resolved_at < :e AND TRUE;
\echo === response times 365 all, per priority
EXPLAIN (ANALYZE, BUFFERS) SELECT o.priority, count(*), count(o.first_response_seconds), percentile_cont(0.5) WITHIN GROUP (ORDER BY o.first_response_seconds), percentile_cont(0.9) WITHIN GROUP (ORDER BY o.first_response_seconds), percentile_cont(0.5) WITHIN GROUP (ORDER BY o.resolution_seconds), percentile_cont(0.9) WITHIN GROUP (ORDER BY o.resolution_seconds) FROM ticket.report_ticket_outcomes o WHERE o.resolved_at >= :s365 AND o.resolved_at < :e AND TRUE GROUP BY o.priority ORDER BY o.priority;
\echo === response times 365 group 3
EXPLAIN (ANALYZE, BUFFERS) SELECT 'ALL', count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY o.first_response_seconds), percentile_cont(0.9) WITHIN GROUP (ORDER BY o.resolution_seconds) FROM ticket.report_ticket_outcomes o WHERE o.resolved_at >= :s365 AND o.resolved_at < :e AND o.group_id IN (3);
\echo === sla compliance 365 all
EXPLAIN (ANALYZE, BUFFERS) SELECT 'ALL', count(*), coalesce(sum(CASE WHEN o.first_response_sla = 'MET' THEN 1 ELSE 0 END), 0), coalesce(sum(CASE WHEN o.first_response_sla = 'BREACHED' THEN 1 ELSE 0 END), 0), coalesce(sum(CASE WHEN o.resolution_sla = 'MET' THEN 1 ELSE 0 END), 0), coalesce(sum(CASE WHEN o.resolution_sla = 'BREACHED' THEN 1 ELSE 0 END), 0) FROM ticket.report_ticket_outcomes o WHERE o.resolved_at >= :s365 AND o.resolved_at < :e AND TRUE;
\echo === top categories 365 all
EXPLAIN (ANALYZE, BUFFERS) SELECT t.category_id, c.name_zh_tw, c.name_en, count(*) AS n FROM ticket.tickets t LEFT JOIN ticket.categories c ON c.id = t.category_id WHERE t.created_at >= :s365 AND t.created_at < :e AND TRUE GROUP BY t.category_id, c.name_zh_tw, c.name_en ORDER BY n DESC, t.category_id NULLS LAST LIMIT 20;
\echo === agent workload open, all
EXPLAIN (ANALYZE, BUFFERS) SELECT w.assignee_id, (SELECT max(m.user_name) FROM ticket.support_group_members m WHERE m.user_id = w.assignee_id), w.open, w.pending FROM (SELECT t.assignee_id, sum(CASE WHEN t.status = 'PENDING' THEN 0 ELSE 1 END) AS open, sum(CASE WHEN t.status = 'PENDING' THEN 1 ELSE 0 END) AS pending FROM ticket.tickets t WHERE t.status IN ('NEW','OPEN','PENDING') AND t.assignee_id IS NOT NULL AND TRUE GROUP BY t.assignee_id) w;
\echo === agent workload resolved 365
EXPLAIN (ANALYZE, BUFFERS) SELECT o.assignee_id, count(*) FROM ticket.report_ticket_outcomes o WHERE o.resolved_at >= :s365 AND o.resolved_at < :e AND o.assignee_id IS NOT NULL AND TRUE GROUP BY o.assignee_id;
\echo === ALTERNATIVE without rollup: first response median over live comments, 30 days
EXPLAIN (ANALYZE, BUFFERS) SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f.first - t.created_at)) FROM ticket.tickets t CROSS JOIN LATERAL (SELECT min(c.created_at) AS first FROM ticket.ticket_comments c WHERE c.ticket_id = t.id AND NOT c.internal AND c.author_id <> t.requester_id) f WHERE t.resolved_at >= :s30 AND t.resolved_at < :e;
\echo === ALTERNATIVE without rollup: 365 days
EXPLAIN (ANALYZE, BUFFERS) SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f.first - t.created_at)) FROM ticket.tickets t CROSS JOIN LATERAL (SELECT min(c.created_at) AS first FROM ticket.ticket_comments c WHERE c.ticket_id = t.id AND NOT c.internal AND c.author_id <> t.requester_id) f WHERE t.resolved_at >= :s365 AND t.resolved_at < :e;
\echo === rollup catch-up read (tickets changed in the last 5 min + margin)
EXPLAIN (ANALYZE, BUFFERS) SELECT updated_at, id FROM ticket.tickets WHERE updated_at < now() AND (updated_at > now() - interval '10 minutes' OR (updated_at = now() - interval '10 minutes' AND id > 0)) ORDER BY updated_at, id LIMIT 200;
