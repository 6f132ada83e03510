-- Playbooks: ordered task templates whose due dates count days from the CTA's creation.
CREATE TABLE playbook (
    id          UUID PRIMARY KEY,
    name        TEXT        NOT NULL UNIQUE,
    description TEXT        NOT NULL,
    built_in    BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE playbook_step (
    playbook_id     UUID NOT NULL REFERENCES playbook (id) ON DELETE CASCADE,
    position        INT  NOT NULL,
    title           TEXT NOT NULL,
    due_offset_days INT  NOT NULL,
    PRIMARY KEY (playbook_id, position)
);

CREATE TABLE cta_task (
    id          UUID PRIMARY KEY,
    cta_id      UUID        NOT NULL REFERENCES cta (id) ON DELETE CASCADE,
    playbook_id UUID,
    position    INT         NOT NULL,
    title       TEXT        NOT NULL,
    owner_id    TEXT,
    due_date    DATE        NOT NULL,
    done        BOOLEAN     NOT NULL DEFAULT FALSE,
    done_at     TIMESTAMPTZ,
    done_by     TEXT
);

CREATE INDEX cta_task_cta ON cta_task (cta_id, due_date, position);
-- A playbook is attached once per CTA.
CREATE UNIQUE INDEX cta_task_once ON cta_task (cta_id, playbook_id, position);

-- Renewal preparation as CS teams run it: the CTA opens about 120 days before renewal, so the first touch is about
-- four months ahead and the story is ready a month before the date.
INSERT INTO playbook (id, name, description, built_in, created_at) VALUES
    ('5a0e0000-0000-4000-8000-000000000001', 'Renewal preparation',
     'From the first touch months before renewal to the story that ties usage, ROI and plans together', TRUE, now());

INSERT INTO playbook_step (playbook_id, position, title, due_offset_days) VALUES
    ('5a0e0000-0000-4000-8000-000000000001', 1, 'Send the first-touch email about the coming renewal', 0),
    ('5a0e0000-0000-4000-8000-000000000001', 2, 'Decide the attendees and schedule the renewal meetings', 7),
    ('5a0e0000-0000-4000-8000-000000000001', 3, 'Summarise the account''s usage data', 21),
    ('5a0e0000-0000-4000-8000-000000000001', 4, 'Compute the ROI from the data', 28),
    ('5a0e0000-0000-4000-8000-000000000001', 5, 'Prepare questions on the current workflow', 35),
    ('5a0e0000-0000-4000-8000-000000000001', 6, 'Prepare questions on upsell', 42),
    ('5a0e0000-0000-4000-8000-000000000001', 7, 'Prepare the feedback hearing', 56),
    ('5a0e0000-0000-4000-8000-000000000001', 8, 'Assemble the renewal story', 84);
