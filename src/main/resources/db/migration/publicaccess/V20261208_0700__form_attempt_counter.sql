-- part1 (issue 13, survey submissions under load): the public-form guard counts attempts in one row per form and
-- client, raised by one upsert, instead of one row per attempt counted over the window (a count over thousands of
-- rows behind one community-hall address, and a second statement, on every answer). The window starts at a
-- client's first attempt and lasts the guard's ten minutes. The old rows only served a ten-minute window and are not
-- carried over.
create table pac_form_counter (
    form               varchar(40) not null,
    client_hash        varchar(64) not null,
    window_started_at  timestamp with time zone not null,
    attempts           integer     not null,
    primary key (form, client_hash)
);

drop table pac_form_attempt;
