-- The province's own boundary, uploaded once per province (from the province's GIS office or the Department of
-- Provincial Administration) and drawn under the target areas on the map. No boundary data set for Thai
-- provinces with an open licence could be bundled, so each province brings its own.
create table prf_province_outline (
    province_code varchar(10) primary key,
    geojson text not null,
    vertices integer not null,
    area_sq_km numeric(12, 3) not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(100) not null
);
