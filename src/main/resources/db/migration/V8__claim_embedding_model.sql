-- Which sentence model made each claim's vectors (embedding and own_embedding). Vectors of two
-- models are not comparable, so claims whose model is not the one the app runs now are embedded
-- again, once, when their event is next compared. Null marks every claim stored before this column:
-- their vectors came from all-MiniLM-L6-v2.

alter table claim add column embedding_model varchar(64);
