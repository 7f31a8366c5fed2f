// The map of a survey's place questions, as progressive enhancement: without JavaScript (or when the shapes cannot
// be loaded) the list of areas and the latitude/longitude fields are the whole question. With it, a click on the map
// sets them: inside a target area it chooses that area, anywhere else "elsewhere", and either way the point clicked.
// Works offline: Leaflet comes from the webjar, no tile layer is added, and the province outline and its areas come
// from the application (the stored GeoJSON). The CSP allows no inline script, so everything is in data-* attributes.
(function () {
  "use strict";

  var AREA = { color: "#5f6b76", weight: 1.5, fillColor: "#8e9aa5", fillOpacity: 0.2 };
  var CHOSEN = { color: "#0b5394", weight: 3, fillColor: "#3d85c6", fillOpacity: 0.4 };
  var PROVINCE = { color: "#3c4a57", weight: 2, dashArray: "6 4", fillColor: "#ffffff", fillOpacity: 0.6 };
  var THAILAND = [[5.6, 97.3], [20.5, 105.7]];

  function init(element) {
    var form = element.closest("form");
    var field = element.dataset.field;
    if (typeof L === "undefined" || !form || !field) {
      return;
    }
    var english = document.documentElement.lang === "en";
    var status = document.getElementById(field + "-map-status");
    var help = document.getElementById(field + "-map-help");
    var latitude = form.querySelector("#" + field + "_lat");
    var longitude = form.querySelector("#" + field + "_lon");
    var areas = {};
    var names = {};
    var marker = null;

    fetch(element.dataset.geojsonUrl, { credentials: "same-origin", headers: { Accept: "application/geo+json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.json();
      })
      .then(function (collection) {
        element.hidden = false;
        if (help) {
          help.hidden = false;
        }
        var map = L.map(element, { attributionControl: false, scrollWheelZoom: false, zoomSnap: 0.25 });
        map.fitBounds(THAILAND);
        var areaBounds = L.latLngBounds([]);
        var outlineBounds = L.latLngBounds([]);
        (collection.features || []).forEach(function (feature) {
          var properties = feature.properties || {};
          if (properties.kind === "outline") {
            outlineBounds.extend(L.geoJSON(feature, { style: PROVINCE, interactive: false }).addTo(map).getBounds());
            return;
          }
          var id = String(feature.id);
          names[id] = english && properties.nameEn ? properties.nameEn : properties.nameTh;
          var layer = L.geoJSON(feature, { style: AREA }).addTo(map);
          layer.bindTooltip(names[id], { sticky: true });
          layer.on("click", function (event) {
            L.DomEvent.stopPropagation(event);
            choose(map, id, event.latlng);
          });
          areas[id] = layer;
          areaBounds.extend(layer.getBounds());
        });
        // the areas are what people choose among: show them large, the province around them when there are none
        var bounds = areaBounds.isValid() ? areaBounds : outlineBounds;
        if (bounds.isValid()) {
          map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 });
        }
        map.on("click", function (event) {
          choose(map, "other", event.latlng);
        });
        // a choice in the list shows on the map too
        form.querySelectorAll("input[type=radio][name='" + field + "']").forEach(function (radio) {
          radio.addEventListener("change", function () {
            highlight(radio.value);
          });
        });
        var checked = form.querySelector("input[type=radio][name='" + field + "']:checked");
        if (checked) {
          highlight(checked.value);
        }
        element.dataset.loaded = "yes";
      })
      .catch(function () {
        // the list stays the way to answer
        element.hidden = true;
      });

    function choose(map, value, latlng) {
      var radio = form.querySelector("input[type=radio][name='" + field + "'][value='" + value + "']");
      if (radio) {
        radio.checked = true;
        radio.dispatchEvent(new Event("change", { bubbles: true }));
      }
      if (latitude && longitude) {
        // four decimals (about 11 m): what the answer rules take, and closer than a click on a phone can aim
        latitude.value = latlng.lat.toFixed(4);
        longitude.value = latlng.lng.toFixed(4);
      }
      if (marker) {
        marker.setLatLng(latlng);
      }
      else {
        marker = L.circleMarker(latlng, { radius: 7, color: "#b00020", weight: 3, fillOpacity: 0.9 }).addTo(map);
      }
      highlight(value);
      if (status) {
        status.textContent = (element.dataset.chosenText || "") + " "
          + (value === "other" ? element.dataset.elsewhereText || "" : names[value] || "")
          + " (" + latlng.lat.toFixed(4) + ", " + latlng.lng.toFixed(4) + ")";
      }
    }

    function highlight(value) {
      Object.keys(areas).forEach(function (id) {
        areas[id].setStyle(id === value ? CHOSEN : AREA);
      });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-place-map]").forEach(init);
  });
})();
