-- A bound the database enforces (SQLSTATE 22001 beyond it), for a value that reaches the effect: a NUL byte, the
-- other value PostgreSQL refuses, is refused already when the event is read (platform InputBounds).
ALTER TABLE seen_batch ALTER COLUMN name TYPE VARCHAR(200);
