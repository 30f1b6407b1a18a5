// Placeholder: builds dist/gazetteer.json from the GeoNames data packages.
