-- Webhooks (io.ticketknowledge.ticket.webhooks, decision 0023): endpoints admins register per
-- ticket event type, one delivery per (webhook, event) written by the consumer of ticket.events in
-- its batch transaction, and the log of every attempt. Runs on PostgreSQL and H2.
CREATE SEQUENCE webhooks_id_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE webhooks (
    id            BIGINT PRIMARY KEY,
    url           VARCHAR(2000) NOT NULL,
    description   VARCHAR(500),
    event_types   VARCHAR(2000) NOT NULL,
    -- the signing secret, AES-GCM encrypted with tk.webhooks.secret-key; never returned after create
    secret_cipher VARCHAR(500)  NOT NULL,
    active        BOOLEAN       NOT NULL,
    created_by    VARCHAR(200)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT        NOT NULL
);

CREATE SEQUENCE webhook_deliveries_id_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE webhook_deliveries (
    id              BIGINT PRIMARY KEY,
    webhook_id      BIGINT        NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    event_id        UUID          NOT NULL,
    event_type      VARCHAR(200)  NOT NULL,
    body            TEXT          NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    failures_in_row INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    last_status     INTEGER,
    last_error      VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT webhook_delivery_once UNIQUE (webhook_id, event_id)
);
-- the dispatcher's query: due pending deliveries, oldest first
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX webhook_deliveries_log_idx ON webhook_deliveries (webhook_id, id);

CREATE SEQUENCE webhook_attempts_id_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE webhook_attempts (
    id            BIGINT PRIMARY KEY,
    delivery_id   BIGINT        NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    attempt       INTEGER       NOT NULL,
    attempted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    status_code   INTEGER,
    duration_ms   BIGINT        NOT NULL,
    error         VARCHAR(500),
    -- at most tk.webhooks.response-excerpt-chars of the receiver's answer, nothing more
    response_excerpt VARCHAR(500)
);
CREATE INDEX webhook_attempts_delivery_idx ON webhook_attempts (delivery_id, attempt);
