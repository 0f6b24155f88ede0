-- The team's internal notes on a post (sources to check, who to ask, what was agreed). They never go
-- out with the post, are not checked by the ethics rules and do not send an approved post back to review.
CREATE TABLE post_note (
    post_id TEXT NOT NULL PRIMARY KEY REFERENCES post (id) ON DELETE CASCADE,
    body    TEXT NOT NULL
) ${strict};
