-- What Knowledge knows about tickets, fed by ticket.events: the latest state of each ticket and
-- how many of its events were applied (suggestions and "solved N tickets" build on it).
CREATE TABLE ticket_signals (
    ticket_id       VARCHAR(200)  PRIMARY KEY,
    subject         VARCHAR(200)  NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    priority        VARCHAR(20)   NOT NULL,
    ticket_version  BIGINT        NOT NULL,
    events_applied  INTEGER       NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL
);
