//! Entry point of the tools' build (Trunk builds it with `--features csr`).

fn main() {
    // A panic is a bug, but it must reach the console as a readable message,
    // never as an opaque "unreachable" trap.
    console_error_panic_hook::set_once();
    solidarity_day::mount();
    // The offline copy's keeper.
    wasm_bindgen_futures::spawn_local(async {
        if let Err(e) = solidarity_browser::worker::register_service_worker().await {
            leptos::logging::warn!("offline copy unavailable: {e:?}");
        }
    });
}
