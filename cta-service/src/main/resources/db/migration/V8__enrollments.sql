-- Onboarding enrollments from content.events: open until succeeded or failed; an extension moves the due date.
CREATE TABLE enrollment_ref (
    enrollment_id UUID PRIMARY KEY,
    account_id    UUID NOT NULL,
    due_on        DATE,
    open          BOOLEAN NOT NULL
);

CREATE INDEX enrollment_ref_due ON enrollment_ref (due_on) WHERE open;
