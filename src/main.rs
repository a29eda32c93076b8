//! Entry point of the browser build (Trunk builds it with `--features csr,tools`; scripts/build-visitor.mjs with `csr` alone).

fn main() {
    // A panic is a bug, but it must reach the console as a readable message,
    // never as an opaque "unreachable" trap.
    console_error_panic_hook::set_once();
    solidarity_day::takeover::start();
    // The offline copy's keeper, once the app runs: after the first paint,
    // since prerendered pages load the app only once they have painted and
    // the shell has nothing to paint before it.
    wasm_bindgen_futures::spawn_local(async {
        if let Err(e) = solidarity_browser::worker::register_service_worker().await {
            leptos::logging::warn!("offline copy unavailable: {e:?}");
        }
    });
}
