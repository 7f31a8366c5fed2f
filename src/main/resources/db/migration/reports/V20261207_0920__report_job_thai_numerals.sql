-- A book can be asked for with Thai numerals (๐-๙): the choice is part of what a job makes, so a queued job
-- with Western digits is not taken for one with Thai digits. Jobs asked before had Western digits.
alter table rpt_job add column thai_numerals boolean default false not null;
