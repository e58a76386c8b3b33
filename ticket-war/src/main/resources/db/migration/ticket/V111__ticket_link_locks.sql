-- One row per directed link type (the stored, canonical ones). Creating such a link first locks
-- its type's row (SELECT ... FOR UPDATE), so the cycle, second-parent and second-original checks
-- of concurrent requests run one after the other and each sees the links committed before it: two
-- agents linking A parent of B and C parent of D at the same instant could otherwise both pass
-- while B parent of C and D parent of A exist (decision 0020). Runs on PostgreSQL and H2.
CREATE TABLE ticket_link_locks (
    link_type VARCHAR(30) PRIMARY KEY
);
INSERT INTO ticket_link_locks (link_type) VALUES ('PARENT_OF');
INSERT INTO ticket_link_locks (link_type) VALUES ('DUPLICATE_OF');
