-- Account health, account PQL and end users' PQL are kept by one scoring pipeline, so their tables of current scores
-- hold the same columns: the score, its band, whether it reaches a PQL scorecard's threshold, the scorecard that gave
-- it and the explanation. A score moved when its score, band or qualification did, so the PQL tables' bands are filled
-- in from their scores by the standard bands (Red to 50, Yellow to 75, Green to 100), the ones they were scored with;
-- otherwise every PQL score would read as moved, and be announced again, at its next rescoring.
ALTER TABLE health_score
    ADD COLUMN qualified    BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN scorecard_id UUID;

ALTER TABLE pql_score
    ADD COLUMN band        TEXT,
    ADD COLUMN explanation TEXT NOT NULL DEFAULT '';

ALTER TABLE user_pql_score
    ADD COLUMN band        TEXT,
    ADD COLUMN explanation TEXT NOT NULL DEFAULT '';

UPDATE pql_score
   SET band = CASE WHEN score <= 50 THEN 'RED' WHEN score <= 75 THEN 'YELLOW' ELSE 'GREEN' END
 WHERE score IS NOT NULL;

UPDATE user_pql_score
   SET band = CASE WHEN score <= 50 THEN 'RED' WHEN score <= 75 THEN 'YELLOW' ELSE 'GREEN' END
 WHERE score IS NOT NULL;
