-- Admin-defined fields of tickets (decision 0012). Definitions are never deleted once a ticket
-- carries a value of them (they are deactivated); their key and type never change, so values refer
-- to them by key. Values are rows (EAV), one per atomic value (a multi-select has one row per chosen
-- option), with the field's type copied so a ticket reads without the definitions.
-- Runs on PostgreSQL and H2 (PostgreSQL mode).
CREATE SEQUENCE custom_fields_id_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE custom_fields (
    id                  BIGINT PRIMARY KEY,
    field_key           VARCHAR(40)   NOT NULL UNIQUE,
    label_zh            VARCHAR(100)  NOT NULL,
    label_en            VARCHAR(100)  NOT NULL,
    field_type          VARCHAR(20)   NOT NULL,
    is_required         BOOLEAN       NOT NULL,
    requester_editable  BOOLEAN       NOT NULL,
    min_value           NUMERIC(19, 4),
    max_value           NUMERIC(19, 4),
    max_length          INTEGER,
    sort_order          INTEGER       NOT NULL,
    active              BOOLEAN       NOT NULL,
    version             BIGINT        NOT NULL
);

CREATE TABLE custom_field_options (
    field_id      BIGINT        NOT NULL REFERENCES custom_fields (id),
    option_order  INTEGER       NOT NULL,
    option_value  VARCHAR(100)  NOT NULL,
    PRIMARY KEY (field_id, option_order)
);

CREATE TABLE custom_field_ticket_types (
    field_id     BIGINT       NOT NULL REFERENCES custom_fields (id),
    ticket_type  VARCHAR(30)  NOT NULL,
    PRIMARY KEY (field_id, ticket_type)
);

CREATE TABLE ticket_field_values (
    ticket_id    BIGINT         NOT NULL REFERENCES tickets (id),
    field_key    VARCHAR(40)    NOT NULL,
    field_type   VARCHAR(20)    NOT NULL,
    field_value  VARCHAR(1000)  NOT NULL,
    PRIMARY KEY (ticket_id, field_key, field_value)
);
-- the list filter ?field=key:value looks tickets up by value
CREATE INDEX ticket_field_values_value_idx ON ticket_field_values (field_key, field_value);
