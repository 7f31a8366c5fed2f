// Extracts Thailand's outline from world-atlas (Natural Earth 1:50m, public domain; packaging ISC) as GeoJSON.
const topojson = require("topojson-client");
const world = require("world-atlas/countries-50m.json");
const countries = topojson.feature(world, world.objects.countries);
const thailand = countries.features.find(f => f.id === "764");
const round = c => Array.isArray(c[0]) ? c.map(round) : [Math.round(c[0] * 1e4) / 1e4, Math.round(c[1] * 1e4) / 1e4];
thailand.geometry.coordinates = round(thailand.geometry.coordinates);
process.stdout.write(JSON.stringify({ type: "Feature", properties: { name: "Thailand", source: "Natural Earth 1:50m via world-atlas 2.0.2" }, geometry: thailand.geometry }));
