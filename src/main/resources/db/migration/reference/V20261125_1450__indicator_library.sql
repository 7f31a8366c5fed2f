-- Indicator library: example KPIs per smart dimension, loaded from src/main/resources/reference/indicators.csv.
-- dimension holds a SMART_DIMENSION code of ref_item; the loader checks it, as it does direction and framework.
create table ref_indicator (
    code varchar(32) primary key,
    sort_order integer not null,
    dimension varchar(32) not null,
    name_th varchar(500) not null,
    name_en varchar(500) not null,
    unit_th varchar(200) not null,
    unit_en varchar(200) not null,
    direction varchar(16) not null,
    framework varchar(32) not null,
    ref varchar(200) not null,
    definition_th varchar(4000) not null,
    definition_en varchar(4000) not null,
    confirmed boolean not null,
    note varchar(1000) not null
);

create index ref_indicator_dimension on ref_indicator (dimension, sort_order);
