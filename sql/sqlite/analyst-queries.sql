-- Example queries over BaoCao's tables (CONTRACT.md, "The database"), for analysts, in
-- SQLite's dialect: the file that `baocao extract … --db sqlite:FILE` and `scripts/run`
-- (output/baocao.sqlite) load. Run one query by copying it, or the whole file:
--
--   sqlite3 -bail output/baocao.sqlite < sql/sqlite/analyst-queries.sql
--
-- The same queries for the PostgreSQL reporting database are in
-- sql/postgres/analyst-queries.sql: queries 1–13 are the same text in both files,
-- 14–16 use each database's own JSON and full-text functions.
--
-- Tests/StorageTests/AnalystQueryTests.swift runs every query of both files on sample records
-- (and each file through the sqlite3 and psql programs), so they keep matching the schema.
--
-- Things to know about the tables:
--   * `documents.site` is the portal a report comes from; it stands for the province or
--     district. `documents.published` is ISO 8601 text ("2023-02-02" or
--     "2022-12-20T14:49:00+07:00") or NULL, so substr(published, 1, 4) is its year and
--     substr(published, 1, 7) its month, in both databases.
--   * List tables (directives, figures, models, dates, periods, people, themes) have one
--     row per item, keyed by (document_id, ordinal); `mentions` holds the item's
--     [{"start": …, "end": …}] offsets into documents.text. JSON columns (`mentions`,
--     `documents.authors`, `documents.warnings`) are JSONB in PostgreSQL and JSON text in
--     SQLite.
--   * `documents.site` is stored normalised (NFC, the tone mark on the first vowel, single
--     spaces: "Tỉnh uỷ  X" and "Tỉnh ủy X" are one site); `site_raw` keeps the page's spelling.
--     `documents.province` is the canonical province when known.
--   * Text is NFC with the tone mark on the first vowel ("Tỉnh ủy", "mô hình"): type
--     search words the same way, or use the accent-free search of query 16. LIKE is case-sensitive in
--     PostgreSQL and, for non-ASCII letters, in SQLite too.
--   * `periods.end` is a reserved word in PostgreSQL: write it "end" (in double quotes),
--     which SQLite reads too.
--   * Each query ends with a semicolon at the end of a line; keep it so when adding one.

-- 1. The ten most cited directives for each province and year: in how many documents
--    each is cited. A directive is counted by `directive_key`: the symbol for a national
--    body (05-CT/TW), the symbol and province for a local one (1234/QĐ-UBND|Cao Bằng),
--    so two provinces' decisions never count as one. A document without a province
--    counts under its site; one without a date under year NULL.
WITH citations AS (
  SELECT COALESCE(d.province, d.site) AS province, substr(d.published, 1, 4) AS year,
         r.directive_key, MIN(r.code) AS code, COUNT(DISTINCT d.id) AS documents
  FROM directives r
  JOIN documents d ON d.id = r.document_id
  WHERE r.directive_key IS NOT NULL
  GROUP BY COALESCE(d.province, d.site), substr(d.published, 1, 4), r.directive_key
),
ranked AS (
  SELECT province, year, code, documents,
         ROW_NUMBER() OVER (PARTITION BY province, year ORDER BY documents DESC, code) AS place
  FROM citations
)
SELECT province, year, place, code, documents
FROM ranked
WHERE place <= 10
ORDER BY province, year, place;

-- 2. All figures whose subject mentions "mô hình", newest documents first.
SELECT d.site, d.published, f.value, f.max, f.kind, f.approx, f.subject, d.title, d.uri
FROM figures f
JOIN documents d ON d.id = f.document_id
WHERE f.subject LIKE '%mô hình%'
ORDER BY d.published DESC, d.id, f.ordinal;

-- 3. Models ("mô hình", "điển hình", …) by owner: how many, in how many documents.
SELECT COALESCE(m.owner, '(no owner)') AS owner, m.category,
       COUNT(*) AS models, COUNT(DISTINCT m.name) AS names, COUNT(DISTINCT m.document_id) AS documents
FROM models m
GROUP BY COALESCE(m.owner, '(no owner)'), m.category
ORDER BY models DESC, owner, m.category;

-- 4. Every model with its owner and where it appears.
SELECT m.name, m.category, m.owner, d.site, d.published, d.title
FROM models m
JOIN documents d ON d.id = m.document_id
ORDER BY m.owner, m.name, d.published;

-- 5. Documents per month and site.
SELECT substr(published, 1, 7) AS month, site, COUNT(*) AS documents
FROM documents
WHERE published IS NOT NULL
GROUP BY substr(published, 1, 7), site
ORDER BY month, site;

-- 6. People and their titles: in how many documents, first and last seen.
SELECT p.name, p.title, COUNT(DISTINCT p.document_id) AS documents,
       MIN(d.published) AS first_seen, MAX(d.published) AS last_seen
FROM people p
JOIN documents d ON d.id = p.document_id
GROUP BY p.name, p.title
ORDER BY documents DESC, p.name, p.title;

-- 7. Directives by issuer and kind (chi_thi, nghi_quyet, ket_luan, …) and term.
SELECT r.issuer, r.type, r.term, COUNT(*) AS citations, COUNT(DISTINCT r.code) AS codes
FROM directives r
GROUP BY r.issuer, r.type, r.term
ORDER BY citations DESC, r.issuer, r.type, r.term;

-- 8. The documents that cite one directive (here 05-CT/TW), with what else they report.
SELECT d.published, d.site, d.title, d.uri,
       (SELECT COUNT(*) FROM figures f WHERE f.document_id = d.id) AS figures,
       (SELECT COUNT(*) FROM models m WHERE m.document_id = d.id) AS models
FROM documents d
WHERE EXISTS (SELECT 1 FROM directives r WHERE r.document_id = d.id AND r.code = '05-CT/TW')
ORDER BY d.published, d.id;

-- 9. Figures by kind and approximation (over, about, under, …): count, sum and range.
SELECT f.kind, f.approx, COUNT(*) AS figures, SUM(f.value) AS total, MIN(f.value) AS smallest, MAX(f.value) AS largest
FROM figures f
GROUP BY f.kind, f.approx
ORDER BY f.kind, f.approx;

-- 10. Periods named in the reports ("giai đoạn 2021–2025", "nhiệm kỳ …").
SELECT p.start, p."end", p.label, COUNT(DISTINCT p.document_id) AS documents
FROM periods p
GROUP BY p.start, p."end", p.label
ORDER BY documents DESC, p.start, p."end", p.label;

-- 11. Yearly themes ("chuyên đề") by year, with the sites that report them.
SELECT t.year, t.title, COUNT(DISTINCT t.document_id) AS documents, COUNT(DISTINCT d.site) AS sites
FROM themes t
JOIN documents d ON d.id = t.document_id
GROUP BY t.year, t.title
ORDER BY t.year DESC, documents DESC, t.title;

-- 12. Documents the pipeline warned about (a warnings list that is not empty).
SELECT d.uri, d.site, d.published, d.warnings
FROM documents d
WHERE d.warnings <> '[]'
ORDER BY d.uri;

-- 13. Sites with no dated document: their reports need a look at the portal's dates.
SELECT COALESCE(site, '(no site)') AS site, COUNT(*) AS documents,
       SUM(CASE WHEN published IS NULL THEN 1 ELSE 0 END) AS undated
FROM documents
GROUP BY COALESCE(site, '(no site)')
HAVING SUM(CASE WHEN published IS NULL THEN 1 ELSE 0 END) = COUNT(*)
ORDER BY site;

-- 14. Authors with their number of documents.
SELECT a.value AS author, COUNT(*) AS documents
FROM documents d, json_each(d.authors) AS a
GROUP BY a.value
ORDER BY documents DESC, author;

-- 15. Directives cited most often within documents (number of mentions), with the
--     passage of the first mention (character offsets count code points, as SQLite's
--     substr does).
SELECT r.code, d.uri, json_array_length(r.mentions) AS mention_count,
       substr(d.text, json_extract(r.mentions, '$[0].start') + 1,
              json_extract(r.mentions, '$[0].end') - json_extract(r.mentions, '$[0].start')) AS first_mention
FROM directives r
JOIN documents d ON d.id = r.document_id
ORDER BY mention_count DESC, r.code, d.uri
LIMIT 20;

-- 16. Full-text search typed without accents ("chi thi 05" finds "Chỉ thị 05"; type đ as
--     d): the FTS5 table documents_search over a folded copy of title and text.
SELECT d.uri, d.title, d.published
FROM documents_search s
JOIN documents d ON d.rowid = s.rowid
WHERE documents_search MATCH 'chi thi 05'
ORDER BY d.published DESC, d.uri;
