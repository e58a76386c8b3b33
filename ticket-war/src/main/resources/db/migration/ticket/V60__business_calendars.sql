-- Business calendars for SLA clocks: the ordinary week (MONDAY=08:30-12:30,13:30-17:30;...) and
-- the dates that depart from it (holidays, make-up working days). Runs on PostgreSQL and H2.
CREATE SEQUENCE business_calendars_id_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE business_calendars (
    id          BIGINT PRIMARY KEY,
    name        VARCHAR(100)  NOT NULL UNIQUE,
    time_zone   VARCHAR(64)   NOT NULL,
    week_hours  VARCHAR(1000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL
);

CREATE TABLE calendar_days (
    calendar_id BIGINT       NOT NULL REFERENCES business_calendars (id) ON DELETE CASCADE,
    calendar_date DATE       NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    note        VARCHAR(200) NOT NULL,
    hours       VARCHAR(200) NOT NULL,
    PRIMARY KEY (calendar_id, calendar_date)
);
