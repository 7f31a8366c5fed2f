-- National reference data, loaded from src/main/resources/reference/*.csv by ReferenceDataLoader.
create table ref_dataset (
    name varchar(64) primary key,
    checksum varchar(64) not null,
    row_count integer not null,
    loaded_at timestamp with time zone not null
);

create table ref_region (
    code varchar(32) primary key,
    name_th varchar(200) not null,
    name_en varchar(200) not null
);

create table ref_province (
    code varchar(8) primary key,
    name_th varchar(200) not null,
    name_en varchar(200) not null,
    region_code varchar(32) not null
);

create table ref_item (
    kind varchar(32) not null,
    code varchar(32) not null,
    sort_order integer not null,
    name_th varchar(500) not null,
    name_en varchar(500) not null,
    description_th varchar(4000),
    description_en varchar(4000),
    confirmed boolean not null,
    note varchar(1000) not null,
    primary key (kind, code)
);
