-- ShedLock: a scheduled job runs on one node at a time, whichever node takes this row's lock first.
create table shedlock (
    name varchar(64) primary key,
    lock_until timestamp with time zone not null,
    locked_at timestamp with time zone not null,
    locked_by varchar(255) not null
);
