-- The starter curriculum listed slides and a project form as links to anchors on the curriculum page itself, so a
-- trainer clicking "slides" only scrolled to the topic's own card. Until real files are attached these materials
-- are listed by title alone (no link); links to other pages (the case library, reference data) stay.
update trn_topic set materials = replace(materials, ' | /training/curriculum#MINDSET', '');
update trn_topic set materials = replace(materials, ' | /training/curriculum#SMART_GROWTH', '');
update trn_topic set materials = replace(materials, ' | /training/curriculum#THEORY', '');
update trn_topic set materials = replace(materials, ' | /training/curriculum#AREA_STRATEGY', '');
update trn_topic set materials = replace(materials, ' | /training/curriculum#APPLY_TO_AREA', '');
