-- Target areas get a boundary (GeoJSON geometry in lon/lat, checked and normalised by the application), a city
-- positioning statement and their lead smart dimensions (comma-separated SMART_DIMENSION codes, in order).
alter table prf_target_area add column boundary_geojson text;
alter table prf_target_area add column boundary_vertices integer;
alter table prf_target_area add column positioning varchar(1000);
alter table prf_target_area add column lead_dimensions varchar(64);
