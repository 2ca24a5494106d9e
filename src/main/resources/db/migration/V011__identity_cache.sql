-- Identity values handed out a thousand at a time instead of 32. H2 writes the sequence down (a commit of the file
-- store) each time its cache runs out: with 32 that was one store per 32 reports or volunteers and most of a large
-- import's time. A restart may leave a gap in the numbers; nothing reads meaning into them (change notices and the
-- audit chain keep their own counters and are not touched). SQL that both H2 and PostgreSQL accept.
ALTER TABLE report ALTER COLUMN id SET CACHE 1000;
ALTER TABLE review_queue ALTER COLUMN id SET CACHE 1000;
ALTER TABLE volunteer ALTER COLUMN id SET CACHE 1000;
