// Writes app/src/gallery/map/europe.txt: the outlines of the call's countries, projected once
// here so that the server only joins strings. Run `npm ci && npm run generate` in this folder
// after changing the projection or the country list; the output is committed.
//
// Data: Natural Earth 1:50m admin-0 countries (public domain) through the world-atlas package.
import { readFileSync, writeFileSync } from 'node:fs';
import { geoAzimuthalEqualArea, geoArea, geoCentroid, geoPath } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';

const WIDTH = 800;
const HEIGHT = 640;
// Shapes smaller than this many square pixels also get a round marker, so that Monaco or the
// Holy See can be seen and clicked.
const MARKER_BELOW = 60;

// ISO 3166-1 numeric → alpha-2 for every country in app/src/country.rs. Natural Earth gives
// Kosovo no numeric code, and draws northern Cyprus apart; both are matched by name.
const CODES = {
  '008': 'AL', '020': 'AD', '051': 'AM', '040': 'AT', '031': 'AZ', '112': 'BY', '056': 'BE',
  '070': 'BA', '100': 'BG', '191': 'HR', '196': 'CY', '203': 'CZ', '208': 'DK', '233': 'EE',
  '246': 'FI', '250': 'FR', '268': 'GE', '276': 'DE', '300': 'GR', '336': 'VA', '348': 'HU',
  '352': 'IS', '372': 'IE', '380': 'IT', '428': 'LV', '438': 'LI', '440': 'LT', '442': 'LU',
  '470': 'MT', '498': 'MD', '492': 'MC', '499': 'ME', '528': 'NL', '807': 'MK', '578': 'NO',
  '616': 'PL', '620': 'PT', '642': 'RO', '643': 'RU', '674': 'SM', '688': 'RS', '703': 'SK',
  '705': 'SI', '724': 'ES', '752': 'SE', '756': 'CH', '792': 'TR', '804': 'UA', '826': 'GB',
};
const BY_NAME = { Kosovo: 'XK', 'N. Cyprus': 'CY' };

const read = () =>
  JSON.parse(readFileSync(new URL('./node_modules/world-atlas/countries-50m.json', import.meta.url)));
// The full-detail outlines, untouched, for the size and centre of the smallest countries.
const source = read();
const geometries = source.objects.countries.geometries;
const codeOf = (g) => CODES[g.id] ?? BY_NAME[g.properties.name];

// Lambert azimuthal equal-area centred on Europe (as EPSG:3035), fitted to the area from
// Iceland to the Caspian and from Cyprus to the North Cape; anything beyond is clipped.
const frame = { type: 'MultiPoint', coordinates: [] };
for (let step = 0; step <= 20; step++) {
  const lon = -24 + (74 * step) / 20;
  const lat = 34 + (37 * step) / 20;
  frame.coordinates.push([lon, 34], [lon, 71], [-24, lat], [50, lat]);
}
const projection = geoAzimuthalEqualArea()
  .rotate([-12, -52])
  .fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], frame)
  .clipExtent([[0, 0], [WIDTH, HEIGHT]]);
const path = geoPath(projection).digits(0);

// Drop the points that change less than SIMPLIFY_PX square pixels of area (Visvalingam, on the
// sphere, borders shared between neighbours simplified once, so they still meet).
const SIMPLIFY_PX = 1.5;
const topology = simplify(
  presimplify(read(), sphericalTriangleArea),
  SIMPLIFY_PX / projection.scale() ** 2,
);

// Integer coordinates make neighbouring points coincide: drop the repeats and the rings left
// with fewer than three points, then write each ring as relative steps (`m`, then implicit `l`).
// A closed ring leaves the pen at its first point, where the next ring's `m` starts from.
const compact = (d) => {
  let pen = [0, 0];
  const rings = [];
  for (const ring of (d ?? '').split('Z')) {
    const points = (ring.match(/[ML][^ML]+/g) ?? []).map((p) => p.slice(1).split(',').map(Number));
    const kept = points.filter(
      (p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1],
    );
    if (kept.length < 3) continue;
    let previous = pen;
    // Minus signs separate numbers by themselves; other numbers need a space or comma.
    const steps = kept.map(([x, y]) => {
      const step = `${x - previous[0]},${y - previous[1]}`.replace(',-', '-');
      previous = [x, y];
      return step;
    });
    rings.push('m' + steps.reduce((all, step) => all + (step.startsWith('-') ? '' : ' ') + step) + 'z');
    pen = kept[0];
  }
  return rings.join('');
};

const lines = [`viewbox\t0 0 ${WIDTH} ${HEIGHT}`];
const codes = [...new Set(geometries.map(codeOf).filter(Boolean))].sort();
for (const code of codes) {
  const ofCode = (g) => codeOf(g) === code;
  const d = compact(path(merge(topology, topology.objects.countries.geometries.filter(ofCode))));
  // Simplification may leave nothing of a microstate: its marker stands for it.
  const detailed = merge(source, geometries.filter(ofCode));
  let marker = '';
  if (path.area(detailed) < MARKER_BELOW) {
    const [x, y] = projection(geoCentroid(detailed)).map(Math.round);
    marker = `${x},${y}`;
  }
  lines.push(`${code}\t${d}\t${marker}`);
}
// Everything else, as one background shape for orientation.
const others = merge(
  topology,
  topology.objects.countries.geometries.filter((g) => !codeOf(g) && geoArea(feature(topology, g)) > 0),
);
lines.push(`context\t${compact(path(others))}\t`);

const out = new URL('../../app/src/gallery/map/europe.txt', import.meta.url);
writeFileSync(out, lines.join('\n') + '\n');
console.log(`wrote ${lines.length - 2} countries, ${lines.join('\n').length} bytes`);
