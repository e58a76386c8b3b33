-- What the malware scanner said of each attachment (decision 0021): CLEAN when clamd read every
-- byte and matched nothing, NOT_SCANNED when nobody scanned it. Infected uploads are never stored.
-- Files attached before scanning existed were not scanned: the default says so.
ALTER TABLE ticket_attachments ADD COLUMN scan_outcome VARCHAR(16) DEFAULT 'NOT_SCANNED' NOT NULL;
