//! Entry point of the browser build (Trunk builds it with `--features csr,tools`; scripts/build-visitor.mjs with `csr` alone).

fn main() {
    // A panic is a bug, but it must reach the console as a readable message,
    // never as an opaque "unreachable" trap.
    console_error_panic_hook::set_once();
    solidarity_day::takeover::start();
    solidarity_day::offline::register_service_worker();
}
