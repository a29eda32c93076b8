//! The Equal Earth projection (Šavrič, Patterson and Jenny, 2018): areas
//! true, so a small country is not drawn smaller than it is, and a shape
//! close to the familiar world map. Also compiled into the core's build
//! script, which draws the world with it: the land and the marks on it are
//! placed by this one function.

/// How many map units one unit of the projection's plane is: the drawing's
/// integer coordinates are then about a sixth of a degree apart (2,165
/// units for 360°).
pub const SCALE: f64 = 400.0;

/// The plane's half-width and half-height (the projection of ±180° and of
/// the poles).
const HALF_WIDTH: f64 = 2.706_63;
const HALF_HEIGHT: f64 = 1.317_363;

/// The map's size in map units: the whole world, poles included.
pub const WIDTH: f64 = 2.0 * HALF_WIDTH * SCALE;
pub const HEIGHT: f64 = 2.0 * HALF_HEIGHT * SCALE;

/// Where a place (degrees of latitude and longitude) is on the map, in map
/// units from its top left corner, `y` growing southwards as in SVG.
pub fn project(lat: f64, lon: f64) -> (f64, f64) {
    const A1: f64 = 1.340_264;
    const A2: f64 = -0.081_106;
    const A3: f64 = 0.000_893;
    const A4: f64 = 0.003_796;
    let m = 3f64.sqrt() / 2.0;
    let (lambda, phi) = (lon.to_radians(), lat.to_radians());
    let theta = (m * phi.sin()).asin();
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let x = lambda * theta.cos() / (m * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)));
    let y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    ((x + HALF_WIDTH) * SCALE, (HALF_HEIGHT - y) * SCALE)
}
