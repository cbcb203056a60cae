-- Issue 12: the search limit (platform.Zoekrem) and the codes from the decision letter (waardering.Codetoegang) now
-- count with one limiter, platform.Pogingenrem. At every attempt it removes all attempts older than the longest window,
-- not only those of the account that searches, so that the rows of an account that stopped searching go as well. That
-- delete looks for old rows by moment; waardering.codepoging has this index already (V51).
create index zoekpoging_op on platform.zoekpoging (op);
