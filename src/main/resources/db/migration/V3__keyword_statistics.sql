-- Document frequency of every keyword, refreshed by each ingest, so keyword search can weight rare
-- words (702家, 金凤实验室) above words every passage has (科学城). PostgreSQL's ts_rank has no IDF.
CREATE TABLE keyword_stat (
    lang text    NOT NULL,
    term text    NOT NULL,
    df   integer NOT NULL,
    PRIMARY KEY (lang, term)
);
