-- The vector of a claim's own words, kept beside its embedding for the claims that point back
-- ("no such meeting", "This made it ...") and were therefore embedded after the claim before them.
-- Null for every other claim, and for claims stored before this column: those get it, once, when
-- their event is next compared.

alter table claim add column own_embedding ${binary};
