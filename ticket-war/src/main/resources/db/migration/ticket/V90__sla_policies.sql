-- SLA policies: ordered (position, first match wins) matches on priority, type, category and
-- requester department; targets in seconds of working time on a business calendar; escalation on
-- warning and breach. Runs on PostgreSQL and H2.
CREATE SEQUENCE sla_policies_id_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE sla_policies (
    id                     BIGINT PRIMARY KEY,
    name                   VARCHAR(100)  NOT NULL UNIQUE,
    position               INTEGER       NOT NULL UNIQUE,
    calendar_id            BIGINT        NOT NULL REFERENCES business_calendars (id),
    match_priorities       VARCHAR(100)  NOT NULL,
    match_types            VARCHAR(200)  NOT NULL,
    match_categories       VARCHAR(2000) NOT NULL,
    match_departments      VARCHAR(2000) NOT NULL,
    first_response_seconds BIGINT,
    next_response_seconds  BIGINT,
    resolution_seconds     BIGINT,
    warning_percent        INTEGER       NOT NULL,
    warning_notify         BOOLEAN       NOT NULL,
    warning_group_id       BIGINT,
    breach_notify          BOOLEAN       NOT NULL,
    breach_group_id        BIGINT,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    version                BIGINT        NOT NULL
);

-- A warning or breach the watch job has acted on, once per ticket, metric, kind and clock cycle
-- (the next-response clock starts anew on each requester message): the key is what keeps two
-- replicas from recording it twice.
CREATE TABLE sla_notices (
    ticket_id   BIGINT      NOT NULL,
    metric      VARCHAR(20) NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    cycle       INTEGER     NOT NULL,
    crossed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    noticed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (ticket_id, metric, kind, cycle)
);
