-- Marks are claimed oldest first. Without an index on their time each claim read and sorted every mark waiting: under
-- a burst of signals, 50,000 of them, every batch. user_pql_dirty has had its index from the start.
CREATE INDEX score_dirty_by_time ON score_dirty (since);
