/**
 * Points for countries that the 110m geometry leaves out or draws too small
 * to see or hit: they are drawn as circle markers instead.
 */

/**
 * A projected polygon smaller than this, in square CSS pixels, gets a
 * marker (about 4 by 4 pixels: too small to see, let alone tap).
 */
export const MIN_POLYGON_AREA = 16;

/**
 * Radius of a marker's hit area in CSS pixels. 12.5 keeps the diameter at
 * least 24 pixels after the viewBox is rounded to whole pixels.
 */
export const MARKER_HIT_RADIUS = 12.5;

/** Radius of the visible dot inside a marker, in CSS pixels. */
export const MARKER_DOT_RADIUS = 5;

/**
 * `[longitude, latitude]` of the capital city of each country or territory
 * with an ISO code that world-atlas countries-110m does not draw. Values are
 * approximate public geographic facts rounded to 0.01 degree: precise
 * enough to place a marker, not for measurement.
 */
export const SMALL_STATE_POINTS: Readonly<Record<string, [number, number]>> = {
  AD: [1.52, 42.51], // Andorra la Vella
  AG: [-61.85, 17.12], // St. John's
  BB: [-59.62, 13.1], // Bridgetown
  BH: [50.58, 26.23], // Manama
  CK: [-159.78, -21.21], // Avarua
  CV: [-23.51, 14.93], // Praia
  DM: [-61.39, 15.3], // Roseau
  FM: [158.16, 6.92], // Palikir
  GD: [-61.75, 12.05], // St. George's
  HK: [114.17, 22.32], // Hong Kong
  KI: [173.03, 1.33], // South Tarawa
  KM: [43.26, -11.7], // Moroni
  KN: [-62.72, 17.3], // Basseterre
  LC: [-60.99, 14.01], // Castries
  LI: [9.52, 47.14], // Vaduz
  MC: [7.42, 43.73], // Monaco
  MH: [171.38, 7.09], // Majuro
  MO: [113.54, 22.2], // Macao
  MT: [14.51, 35.9], // Valletta
  MU: [57.5, -20.16], // Port Louis
  MV: [73.51, 4.18], // Malé
  NR: [166.92, -0.55], // Yaren
  NU: [-169.92, -19.05], // Alofi
  PW: [134.62, 7.5], // Ngerulmud
  SC: [55.45, -4.62], // Victoria
  SG: [103.82, 1.35], // Singapore
  SM: [12.45, 43.94], // San Marino
  ST: [6.73, 0.34], // São Tomé
  TO: [-175.2, -21.14], // Nuku'alofa
  TV: [179.19, -8.52], // Funafuti
  VA: [12.45, 41.9], // Vatican City
  VC: [-61.23, 13.16], // Kingstown
  WS: [-171.76, -13.83], // Apia
};

/** Marker point of a country that has no polygon, or undefined. */
export function smallStatePoint(code: string): [number, number] | undefined {
  return SMALL_STATE_POINTS[code];
}
