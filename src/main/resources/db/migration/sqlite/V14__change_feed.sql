-- The change feed between desktops exists only on a team database (postgresql/V14): one person on
-- one SQLite file has nobody to tell. Kept so both databases reach version 14 by the same numbers.
SELECT 1;
