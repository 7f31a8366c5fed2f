// Target-area map. Works offline: Leaflet comes from the webjar, no tile layer is added unless the server is
// configured with one (data-tile-url), and the areas come from the GeoJSON API of the same origin. Everything
// the script needs is in data-* attributes, because the CSP allows no inline script. The table on the page is
// the non-map view of the same data.
(function () {
  "use strict";

  var FOCUS = { color: "#0b5394", weight: 3, fillColor: "#3d85c6", fillOpacity: 0.25 };
  var OTHER = { color: "#5f6b76", weight: 1.5, fillColor: "#8e9aa5", fillOpacity: 0.12 };
  var COUNTRY = { color: "#9aa5b1", weight: 1, fillColor: "#f1f3f5", fillOpacity: 1 };
  var PROVINCE = { color: "#3c4a57", weight: 2, dashArray: "6 4", fillColor: "#ffffff", fillOpacity: 0.6 };
  var THAILAND = [[5.6, 97.3], [20.5, 105.7]];

  function areaName(properties, english) {
    return english && properties.nameEn ? properties.nameEn : properties.nameTh;
  }

  function popup(feature, element, english) {
    var properties = feature.properties || {};
    var box = document.createElement("div");
    var link = document.createElement("a");
    link.href = element.dataset.areaUrl + feature.id;
    link.textContent = areaName(properties, english);
    box.appendChild(link);
    if (properties.areaSqKm != null) {
      var size = document.createElement("div");
      size.textContent = Number(properties.areaSqKm).toLocaleString(english ? "en" : "th",
        { maximumFractionDigits: 2 }) + " km²";
      box.appendChild(size);
    }
    return box;
  }

  function failed(element) {
    var message = document.createElement("p");
    message.className = "scp-map-message";
    message.textContent = element.dataset.errorText || "";
    element.appendChild(message);
  }

  function init(element) {
    if (typeof L === "undefined") {
      failed(element);
      return;
    }
    var english = document.documentElement.lang === "en";
    var tileUrl = element.dataset.tileUrl;
    var focusId = element.dataset.focusId ? Number(element.dataset.focusId) : null;
    var map = L.map(element, { attributionControl: Boolean(tileUrl), scrollWheelZoom: false, zoomSnap: 0.25 });
    map.fitBounds(THAILAND);
    if (tileUrl) {
      L.tileLayer(tileUrl, { attribution: element.dataset.tileAttribution || "", maxZoom: 19 }).addTo(map);
    }
    L.control.scale({ imperial: false }).addTo(map);

    // The country outline (bundled) and the province outline (uploaded per province, may be missing) are
    // drawn under the areas, so the map has a shape to read even without tiles.
    Promise.all([
      optionalJson(element.dataset.countryUrl),
      optionalJson(element.dataset.outlineUrl),
      json(element.dataset.geojsonUrl)
    ]).then(function (results) {
      if (results[0]) {
        L.geoJSON(results[0], { style: COUNTRY, interactive: false }).addTo(map);
      }
      var province = results[1] ? L.geoJSON(results[1], { style: PROVINCE, interactive: false }).addTo(map) : null;
      var collection = results[2];
      var focused = null;
      // Without background tiles the names are the only orientation, so they stay visible (when few).
      var labelled = !tileUrl && collection.features && collection.features.length <= 12;
      var layer = L.geoJSON(collection, {
        style: function (feature) {
          return focusId === null || feature.id === focusId ? FOCUS : OTHER;
        },
        onEachFeature: function (feature, featureLayer) {
          featureLayer.bindPopup(popup(feature, element, english));
          var label = labelled && (focusId === null || feature.id === focusId);
          featureLayer.bindTooltip(areaName(feature.properties || {}, english), label
            ? { permanent: true, direction: "center", className: "scp-map-label" }
            : { sticky: true });
          if (feature.id === focusId) {
            focused = featureLayer;
          }
        }
      }).addTo(map);
      if (focused) {
        focused.bringToFront();
      }
      var bounds = focused ? focused.getBounds() : layer.getBounds();
      if (!bounds.isValid() && province) {
        bounds = province.getBounds();
      }
      if (bounds.isValid()) {
        map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 });
      }
      element.dataset.loaded = String(collection.features ? collection.features.length : 0);
      element.dataset.outline = province ? "yes" : "no";
    }).catch(function () {
      failed(element);
    });
  }

  function json(url) {
    return fetch(url, { credentials: "same-origin", headers: { Accept: "application/geo+json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.json();
      });
  }

  // A layer the map can do without: missing (404) or failing, it is simply not drawn.
  function optionalJson(url) {
    if (!url) {
      return Promise.resolve(null);
    }
    return json(url).catch(function () {
      return null;
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-area-map]").forEach(init);
  });
})();
