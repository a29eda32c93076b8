//! The world as the core's build script drew it from Natural Earth:
//! `LAND` and `BORDERS` (SVG path data in map units) and `COUNTRIES`
//! (name, latitude, longitude of each country's own point).
include!(concat!(env!("OUT_DIR"), "/world.rs"));
