-- Append-only audit tables (decision 0015). On PostgreSQL the role running the migrations gives up
-- UPDATE, DELETE and TRUNCATE on them: with the production split (a migration role owns the schema,
-- the application role gets only SELECT and INSERT on these tables) the application can never
-- change or remove a record; where one role does both, as in the tests, the owner has revoked them
-- from itself and an UPDATE or DELETE fails with "permission denied". ${postgresql} is empty on
-- PostgreSQL and a comment marker elsewhere (H2 has no such privileges): SchemaMigrator sets it.
${postgresql}REVOKE UPDATE, DELETE, TRUNCATE ON audit_record FROM PUBLIC, CURRENT_USER;
${postgresql}REVOKE UPDATE, DELETE, TRUNCATE ON audit_checkpoint FROM PUBLIC, CURRENT_USER;
CREATE INDEX audit_checkpoint_signed_idx ON audit_checkpoint (signed_at);
