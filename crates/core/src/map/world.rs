//! The world as the core's build script drew it from Natural Earth: `SVG`
//! (the drawing, land and borders in map units), `FILE` (its address,
//! named by its content) and `COUNTRIES` (name, latitude, longitude of each
//! country's own point).
include!(concat!(env!("OUT_DIR"), "/world.rs"));
