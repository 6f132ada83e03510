-- Kinds of call to action. The built-in ones cover the lifecycle; admins may add their own.
CREATE TABLE cta_type (
    key         TEXT PRIMARY KEY CHECK (key ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name        TEXT    NOT NULL,
    description TEXT    NOT NULL,
    built_in    BOOLEAN NOT NULL DEFAULT FALSE,
    position    INT     NOT NULL
);

INSERT INTO cta_type (key, name, description, built_in, position) VALUES
    ('RISK', 'Risk', 'Health fell, usage dropped or the customer is unhappy: act before they churn', TRUE, 1),
    ('OPPORTUNITY', 'Opportunity', 'A free account got serious or an advocate appeared', TRUE, 2),
    ('EXPANSION', 'Expansion', 'Seats nearly used up or new teams adopting: room to grow', TRUE, 3),
    ('ONBOARDING', 'Onboarding', 'Onboarding stalled, is overdue, failed or was extended', TRUE, 4),
    ('RENEWAL', 'Renewal', 'A renewal is approaching: prepare it', TRUE, 5),
    ('LIFECYCLE', 'Lifecycle', 'The account entered a new lifecycle stage or segment', TRUE, 6);
