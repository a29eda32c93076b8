//! `/{lang}/embed`: partners choose the widget's options, see it live, and
//! copy the code for their page. The snippet itself is written by
//! `solidarity_core::embed`; the preview is the real widget, loaded from
//! `/widget/countdown.js` like on a partner's page.

use crate::components::page_head::PageHead;
use crate::lang::use_lang;
use leptos::html;
use leptos::prelude::*;
use solidarity_core::embed::{iframe_src, snippet, EmbedOptions, Method, Size, Theme};
use solidarity_core::head::Head;
use solidarity_core::i18n::Lang;
use wasm_bindgen_futures::JsFuture;

/// The site's root URL as partners must write it: this page's origin.
fn site_root() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .map_or_else(|| "/".to_string(), |origin| format!("{origin}/"))
}

/// What shows without JavaScript, in the widget's language.
fn fallback_text(lang: Lang) -> String {
    let ui = lang.ui();
    format!("{} — {}", ui.brand_date, ui.site_name)
}

/// Loads the widget's script once, as a partner's page would.
fn load_widget_script() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id("widget-script").is_some() {
        return;
    }
    let Ok(script) = document.create_element("script") else {
        return;
    };
    let _ = script.set_attribute("id", "widget-script");
    let _ = script.set_attribute("src", "/widget/countdown.js");
    if let Some(head) = document.head() {
        let _ = head.append_child(&script);
    }
}

/// A group of radio buttons bound to one option. Each item is a value, its
/// label, and the label's language when it is not the page's.
fn choices<T: Copy + PartialEq + Send + Sync + 'static>(
    legend: &'static str,
    name: &'static str,
    items: Vec<(T, &'static str, Option<&'static str>)>,
    current: impl Fn() -> T + Copy + Send + Sync + 'static,
    choose: impl Fn(T) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let items = items
        .into_iter()
        .map(|(value, label, lang)| {
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name=name
                        prop:checked=move || current() == value
                        on:change=move |_| choose(value)
                    />
                    <span lang=lang>{label}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="choices">
            <legend>{legend}</legend>
            {items}
        </fieldset>
    }
}

#[component]
pub fn EmbedPage() -> impl IntoView {
    let lang = use_lang();
    let words = lang.embed_words();
    let options = RwSignal::new(EmbedOptions {
        lang,
        ..EmbedOptions::default()
    });
    let site = StoredValue::new(site_root());
    let code = Memo::new(move |_| {
        let chosen = options.get();
        site.with_value(|site| {
            snippet(
                site,
                &chosen,
                &fallback_text(chosen.lang),
                chosen.lang.embed_words().iframe_title,
            )
        })
    });
    let (status, set_status) = signal(None::<&'static str>);
    let code_area = NodeRef::<html::Textarea>::new();

    let copy = move |_| {
        let text = code.get_untracked();
        // Absent outside secure contexts (a site served over plain http):
        // calling it then would throw, so look before using it.
        let clipboard = web_sys::window()
            .map(|w| w.navigator())
            .filter(|n| js_sys::Reflect::get(n, &"clipboard".into()).is_ok_and(|c| c.is_object()))
            .map(|n| n.clipboard());
        leptos::task::spawn_local(async move {
            let copied = match clipboard {
                Some(clipboard) => JsFuture::from(clipboard.write_text(&text)).await.is_ok(),
                None => false,
            };
            if copied {
                set_status.set(Some(words.copied));
            } else {
                // Without clipboard access the code is selected, ready for Ctrl+C.
                if let Some(area) = code_area.get_untracked() {
                    let _ = area.focus();
                    area.select();
                }
                set_status.set(Some(words.copy_failed));
            }
        });
    };

    // The live preview: the real element, kept in step with the options.
    let preview_box = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        let chosen = options.get();
        let Some(container) = preview_box.get() else {
            return;
        };
        if chosen.method != Method::Script {
            return;
        }
        load_widget_script();
        let element = match container.query_selector("solidarity-countdown") {
            Ok(Some(element)) => element,
            _ => {
                let Some(element) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.create_element("solidarity-countdown").ok())
                else {
                    return;
                };
                let _ = container.append_child(&element);
                element
            }
        };
        let _ = element.set_attribute("lang", chosen.lang.tag());
        let _ = element.set_attribute("theme", chosen.theme.attribute());
        let _ = element.set_attribute("size", chosen.size.attribute());
        if chosen.transparent {
            let _ = element.set_attribute("transparent", "");
        } else {
            let _ = element.remove_attribute("transparent");
        }
    });

    // "Copied" describes the code as it was: any change of option clears it.
    Effect::new(move |_| {
        code.track();
        set_status.set(None);
    });
    let current = move || options.get();

    view! {
        <PageHead head=Head::unlisted(lang.ui().embed_title, words.intro) />
        <div class="wrap page embed-page">
            <h1>{lang.ui().embed_title}</h1>
            <p class="intro">{words.intro}</p>
            <p class="meta">{words.privacy}</p>
            <div class="embed-layout">
                <form class="embed-options" aria-label=words.options on:submit=|ev| ev.prevent_default()>
                    {choices(
                        words.language,
                        "lang",
                        Lang::ALL.into_iter().map(|l| (l, l.native_name(), Some(l.tag()))).collect(),
                        move || current().lang,
                        move |l| options.update(|o| o.lang = l),
                    )}
                    {choices(
                        words.theme,
                        "theme",
                        Theme::ALL
                            .into_iter()
                            .zip([words.theme_auto, words.theme_light, words.theme_dark])
                            .map(|(theme, label)| (theme, label, None))
                            .collect(),
                        move || current().theme,
                        move |t| options.update(|o| o.theme = t),
                    )}
                    {choices(
                        words.size,
                        "size",
                        vec![(Size::Full, words.size_full, None), (Size::Compact, words.size_compact, None)],
                        move || current().size,
                        move |s| options.update(|o| o.size = s),
                    )}
                    {choices(
                        words.method,
                        "method",
                        vec![(Method::Script, words.method_script, None), (Method::Iframe, words.method_iframe, None)],
                        move || current().method,
                        move |m| options.update(|o| o.method = m),
                    )}
                    <label class="choice">
                        <input
                            type="checkbox"
                            prop:checked=move || current().transparent
                            on:change=move |_| options.update(|o| o.transparent = !o.transparent)
                        />
                        <span>{words.transparent}</span>
                    </label>
                </form>
                <section class="embed-preview" aria-labelledby="embed-preview-title">
                    <h2 id="embed-preview-title">{words.preview}</h2>
                    <div class="preview-stage" class:transparent=move || current().transparent>
                        <div node_ref=preview_box class:hidden=move || current().method != Method::Script></div>
                        {move || {
                            let chosen = current();
                            (chosen.method == Method::Iframe).then(|| {
                                let src = site.with_value(|site| iframe_src(site, &chosen));
                                view! {
                                    <iframe
                                        src=src
                                        title=chosen.lang.embed_words().iframe_title
                                        height=chosen.size.iframe_height().to_string()
                                        class="preview-frame"
                                    ></iframe>
                                }
                            })
                        }}
                    </div>
                </section>
            </div>
            <section class="embed-code" aria-labelledby="embed-code-title">
                <h2 id="embed-code-title">{words.code}</h2>
                <textarea
                    node_ref=code_area
                    class="code"
                    readonly
                    rows="5"
                    spellcheck="false"
                    aria-labelledby="embed-code-title"
                    prop:value=move || code.get()
                ></textarea>
                <p>
                    <button type="button" class="button" on:click=copy>{words.copy}</button>
                </p>
                <p role="status" class="copy-status">{move || status.get()}</p>
                <p class="meta">{words.fallback_note}</p>
            </section>
        </div>
    }
}
