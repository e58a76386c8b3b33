-- Range filters on NUMBER and DATE custom fields (?field=floor>=3&field=floor<=5,
-- ?field=due<=2026-12-31; decision 0020) compare typed columns: the canonical text orders 10 before
-- 9 and cannot use an index for a range. Values are at most 15 digits with 4 decimals (FieldRule).
-- Each index leads with the key, so one field's range is one index range scan; the ticket id ends
-- it so the semi-join needs no table access. Runs on PostgreSQL and H2.
ALTER TABLE ticket_field_values ADD COLUMN number_value NUMERIC(20, 4);
ALTER TABLE ticket_field_values ADD COLUMN date_value DATE;
UPDATE ticket_field_values SET number_value = CAST(field_value AS NUMERIC(20, 4))
    WHERE field_type = 'NUMBER';
UPDATE ticket_field_values SET date_value = CAST(field_value AS DATE) WHERE field_type = 'DATE';
CREATE INDEX ticket_field_values_number_idx ON ticket_field_values (field_key, number_value, ticket_id);
CREATE INDEX ticket_field_values_date_idx ON ticket_field_values (field_key, date_value, ticket_id);
