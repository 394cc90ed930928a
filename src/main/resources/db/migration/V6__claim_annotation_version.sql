-- Which version of the claim annotator (numbers, dates, names, negation, hedges, sources) gave each
-- claim its annotations. Claims annotated by an older one are annotated again, from their stored
-- tokens, when their event is next compared; 0 marks every claim stored before this column existed.

alter table claim add column annotated_with integer default 0 not null;
