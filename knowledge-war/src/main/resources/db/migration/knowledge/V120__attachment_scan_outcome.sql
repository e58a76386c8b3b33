-- What the malware scanner said of each article image or file (decision 0021): CLEAN when clamd
-- read every byte and matched nothing, NOT_SCANNED when nobody scanned it. Infected uploads are
-- never stored. Files uploaded before scanning existed were not scanned: the default says so.
ALTER TABLE article_attachments ADD COLUMN scan_outcome VARCHAR(16) DEFAULT 'NOT_SCANNED' NOT NULL;
