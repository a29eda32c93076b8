//! Every string of the interface, in one place, with the number rules that go
//! with them (plural forms, ordinals, dates). Components never spell out a
//! word themselves: they ask for it here, so a language is added in this file.
//!
//! Plural categories follow the CLDR rules for Belarusian, Russian and English
//! (<https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html>).
//! For three languages and whole numbers they are a few lines; a general
//! plural-rules crate carries every locale's rules into the wasm.

use time::{Date, Month};

/// A language of the site. The order is the one the switcher shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename_all = "lowercase"))]
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Be,
    Ru,
    #[default]
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Be, Lang::Ru, Lang::En];

    /// The BCP 47 tag, for `<html lang>` and the URL prefix.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Be => "be",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// The language of a tag such as `be`, `ru-RU` or `en-GB`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The first of the visitor's preferred languages the site speaks,
    /// English if none.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or(Lang::En)
    }

    /// The language `/` sends a visitor to: the one they chose on an earlier
    /// visit (`remembered`, as stored), else the first of their browser's
    /// the site speaks, else English. One rule for the app (src/app.rs) and
    /// for prerendered pages that run without it (crates/page).
    pub fn preferred<'a>(
        remembered: Option<&str>,
        browser: impl IntoIterator<Item = &'a str>,
    ) -> Lang {
        remembered
            .and_then(Lang::from_tag)
            .unwrap_or_else(|| Lang::negotiate(browser))
    }

    /// The language's own name, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Be => "Беларуская",
            Lang::Ru => "Русский",
            Lang::En => "English",
        }
    }

    pub fn ui(self) -> &'static Ui {
        match self {
            Lang::Be => &BE,
            Lang::Ru => &RU,
            Lang::En => &EN,
        }
    }
}

/// CLDR plural categories used by these languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    One,
    Few,
    Many,
    Other,
}

/// The plural category of a whole number `n` in `lang`.
pub fn plural(lang: Lang, n: u64) -> Plural {
    match lang {
        Lang::En if n == 1 => Plural::One,
        Lang::En => Plural::Other,
        // be and ru share these rules for integers.
        Lang::Be | Lang::Ru => match (n % 10, n % 100) {
            (1, m) if m != 11 => Plural::One,
            (2..=4, m) if !(12..=14).contains(&m) => Plural::Few,
            _ => Plural::Many,
        },
    }
}

/// Picks the form of a word for `n`: `[one, few, many]` (English uses one and many).
fn form(lang: Lang, n: u64, forms: [&'static str; 3]) -> &'static str {
    match plural(lang, n) {
        Plural::One => forms[0],
        Plural::Few => forms[1],
        Plural::Many | Plural::Other => forms[2],
    }
}

/// The words of the interface in one language.
#[derive(Debug)]
pub struct Ui {
    /// The site's name in the browser tab, before and after the bundle loads.
    pub site_name: &'static str,
    pub brand_date: &'static str,
    pub brand_name: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub language_label: &'static str,
    pub nav_home: &'static str,
    pub nav_manifesto: &'static str,
    pub nav_posts: &'static str,
    pub nav_tags: &'static str,
    pub nav_actions: &'static str,
    pub read_manifesto: &'static str,
    pub read_more: &'static str,
    pub recent_posts: &'static str,
    pub all_posts: &'static str,
    pub all_tags: &'static str,
    pub all_actions: &'static str,
    pub back_to_posts: &'static str,
    pub tagged: &'static str,
    pub tagged_posts: fn(&str) -> String,
    pub published: &'static str,
    pub posts_title: &'static str,
    pub tags_title: &'static str,
    pub actions_title: &'static str,
    pub actions_intro: &'static str,
    pub actions_in_post: &'static str,
    pub action_banned: &'static str,
    pub action_report: &'static str,
    pub organised_by: &'static str,
    pub countdown: &'static CountdownWords,
    pub not_translated: &'static str,
    pub loading: &'static str,
    pub load_failed_title: &'static str,
    pub load_failed_body: &'static str,
    pub invalid_bundle_body: &'static str,
    pub problems_for_editors: &'static str,
    pub retry: &'static str,
    pub stale_notice: &'static str,
    /// The navigation between pages of a long list.
    pub pager_label: &'static str,
    pub newer: &'static str,
    pub older: &'static str,
    pub page_of: fn(usize, usize) -> String,
    /// The same while the live bundle is slow to arrive (it replaces the copy when it does).
    pub stale_slow_notice: &'static str,
    /// The page written at build time is shown because the live bundle failed and no copy was saved.
    pub built_copy_notice: &'static str,
    /// Under the error when the bundle could not be loaded: the automatic
    /// retry, in whole seconds.
    pub retrying_in: fn(u64) -> String,
    /// Shown while the bundle is taking unusually long.
    pub loading_slow: &'static str,
    pub preview_title: &'static str,
    pub preview_intro: &'static str,
    pub preview_choose: &'static str,
    pub preview_drop: &'static str,
    pub preview_private: &'static str,
    pub preview_of: fn(&str) -> String,
    pub preview_valid: &'static str,
    pub preview_errors: fn(usize) -> String,
    pub preview_no_problems: &'static str,
    pub preview_unreadable: &'static str,
    pub preview_browse: &'static str,
    pub preview_problems_link: &'static str,
    pub preview_read_failed: &'static str,
    pub exit_preview: &'static str,
    pub links_title: &'static str,
    pub external_link: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub no_such_post: &'static str,
    pub no_such_tag: &'static str,
    pub go_home: &'static str,
    pub footer_note: &'static str,
    pub footer_privacy: &'static str,
    /// The footer's button that removes what the site stored on the device.
    pub forget: &'static str,
    /// Said once it has.
    pub forgotten: &'static str,
    /// Said if a part could not be removed.
    pub forget_failed: &'static str,
    pub embed: &'static EmbedWords,
}

static EN: Ui = Ui {
    site_name: "International Day of Solidarity with civil society of Belarus",
    brand_date: "4 August",
    brand_name: "Day of Solidarity with Belarus",
    skip_to_content: "Skip to content",
    nav_label: "Main",
    language_label: "Language",
    nav_home: "Home",
    nav_manifesto: "Manifesto",
    nav_posts: "News",
    nav_tags: "Topics",
    nav_actions: "Actions",
    read_manifesto: "Read the whole manifesto",
    read_more: "Read more",
    recent_posts: "Recent trends",
    all_posts: "All news",
    all_tags: "All topics",
    all_actions: "Solidarity actions around the world",
    back_to_posts: "Back to all news",
    tagged: "Topics:",
    tagged_posts: |name| format!("{name} tagged posts"),
    published: "Published",
    posts_title: "News",
    tags_title: "Topics",
    actions_title: "Solidarity actions",
    actions_intro: "Actions reported on the Day each year, from the campaign's news.",
    actions_in_post: "Actions reported here",
    action_banned: "Banned by the authorities",
    action_report: "Read the report",
    organised_by: "Organised by",
    countdown: &COUNTDOWN_EN,
    not_translated: "This text is not yet translated into English.",
    loading: "Loading…",
    load_failed_title: "The campaign's texts could not be loaded",
    load_failed_body: "This may be a problem with your connection or with our site. Please try again in a moment.",
    invalid_bundle_body: "The campaign's data has a mistake in it and cannot be shown. The editors have been told what to fix; please come back soon.",
    problems_for_editors: "Details for the site's editors",
    retry: "Try again",
    stale_notice: "You are reading the copy of this site saved on your last visit: the latest version could not be loaded.",
    pager_label: "Pages",
    newer: "Newer",
    older: "Older",
    page_of: |n, of| format!("Page {n} of {of}"),
    stale_slow_notice: "The latest version is slow to arrive: meanwhile you are reading the copy saved on your last visit.",
    built_copy_notice: "You are reading this page as it was published with the site: its latest version could not be loaded.",
    retrying_in: |n| format!("Trying again by itself in {n} {}.", countdown_unit(Lang::En, Unit::Second, n as i64)),
    loading_slow: "Still loading: the connection seems slow.",
    preview_title: "Preview a bundle",
    preview_intro: "Open a bundle file from your computer to see the whole site as it would look with it, and every problem the site would find in it, before you publish it.",
    preview_choose: "Choose a bundle file",
    preview_drop: "or drop it here",
    preview_private: "The file stays in this browser tab: nothing is uploaded, and the preview ends when you close the tab.",
    preview_of: |name| format!("Preview of “{name}”: not published."),
    preview_valid: "It is valid.",
    preview_errors: |n| match n {
        1 => "It has 1 error: visitors would keep seeing the published version.".to_string(),
        n => format!("It has {n} errors: visitors would keep seeing the published version."),
    },
    preview_no_problems: "No problems found: this file can be published.",
    preview_unreadable: "Nothing of this file could be read, so there is no site to preview. Fix the problems above first.",
    preview_browse: "Browse the site as it would look:",
    preview_problems_link: "Problems",
    preview_read_failed: "The file could not be read. Is it a text file?",
    exit_preview: "Exit preview",
    links_title: "Links",
    external_link: "(another site)",
    not_found_title: "Page not found",
    not_found_body: "There is no page at this address. It may have moved, or the link may have a typo.",
    no_such_post: "There is no news item at this address.",
    no_such_tag: "There is no topic at this address.",
    go_home: "Go to the home page",
    footer_note: "Held every 4 August since 2012, on the anniversary of the arrest of human rights defender Ales Bialiatski in 2011.",
    footer_privacy: "This site sets no cookies and loads nothing from other sites.",
    forget: "Forget this site on this device",
    forgotten: "Done: the saved copy of the site, your choice of language and the offline files are removed from this device. Your browser's history is yours to clear.",
    forget_failed: "Not everything could be removed: clear this site's data in your browser's settings.",
    embed: &EMBED_EN,
};

static BE: Ui = Ui {
    site_name: "Міжнародны дзень салідарнасці з грамадзянскай супольнасцю Беларусі",
    brand_date: "4 жніўня",
    brand_name: "Дзень салідарнасці з Беларуссю",
    skip_to_content: "Перайсці да зместу",
    nav_label: "Галоўнае меню",
    language_label: "Мова",
    nav_home: "Галоўная",
    nav_manifesto: "Маніфест",
    nav_posts: "Навіны",
    nav_tags: "Тэмы",
    nav_actions: "Акцыі",
    read_manifesto: "Прачытаць увесь маніфест",
    read_more: "Чытаць далей",
    recent_posts: "Апошнія навіны",
    all_posts: "Усе навіны",
    all_tags: "Усе тэмы",
    all_actions: "Акцыі салідарнасці па ўсім свеце",
    back_to_posts: "Да ўсіх навін",
    tagged: "Тэмы:",
    tagged_posts: |name| format!("Навіны на тэму «{name}»"),
    published: "Апублікавана",
    posts_title: "Навіны",
    tags_title: "Тэмы",
    actions_title: "Акцыі салідарнасці",
    actions_intro: "Акцыі, пра якія кампанія паведамляла ў Дзень салідарнасці, па гадах.",
    actions_in_post: "Акцыі, пра якія тут гаворыцца",
    action_banned: "Забаронена ўладамі",
    action_report: "Чытаць паведамленне",
    organised_by: "Арганізатары:",
    countdown: &COUNTDOWN_BE,
    not_translated: "Гэты тэкст яшчэ не перакладзены на беларускую мову.",
    loading: "Загрузка…",
    load_failed_title: "Не ўдалося загрузіць тэксты кампаніі",
    load_failed_body: "Магчыма, праблема з вашым злучэннем або з нашым сайтам. Паспрабуйце, калі ласка, яшчэ раз крыху пазней.",
    invalid_bundle_body: "У даных кампаніі памылка, і іх нельга паказаць. Рэдактары ўжо ведаюць, што выправіць; зазірніце крыху пазней.",
    problems_for_editors: "Падрабязнасці для рэдактараў сайта",
    retry: "Паспрабаваць яшчэ раз",
    stale_notice: "Вы чытаеце копію сайта, захаваную падчас вашага мінулага наведвання: апошнюю версію загрузіць не ўдалося.",
    pager_label: "Старонкі",
    newer: "Навейшыя",
    older: "Старэйшыя",
    page_of: |n, of| format!("Старонка {n} з {of}"),
    stale_slow_notice: "Апошняя версія загружаецца павольна: пакуль вы чытаеце копію, захаваную падчас вашага мінулага наведвання.",
    built_copy_notice: "Вы чытаеце гэтую старонку ў выглядзе, у якім яна была апублікаваная разам з сайтам: яе апошнюю версію загрузіць не ўдалося.",
    retrying_in: |n| format!("Паўторная спроба — праз {n} {}.", countdown_unit(Lang::Be, Unit::Second, n as i64)),
    loading_slow: "Усё яшчэ загружаецца: злучэнне, падобна, павольнае.",
    preview_title: "Папярэдні прагляд даных",
    preview_intro: "Адкрыйце файл даных са свайго камп’ютара, каб убачыць увесь сайт з ім і ўсе памылкі, якія знойдзе сайт, яшчэ да публікацыі.",
    preview_choose: "Выбраць файл",
    preview_drop: "або перацягнуць яго сюды",
    preview_private: "Файл застаецца ў гэтай укладцы браўзера: нічога нікуды не адпраўляецца, і прагляд скончыцца, калі вы закрыеце ўкладку.",
    preview_of: |name| format!("Папярэдні прагляд «{name}»: не апублікавана."),
    preview_valid: "Памылак няма.",
    preview_errors: |n| {
        let word = form(Lang::Be, n as u64, ["памылка", "памылкі", "памылак"]);
        format!("Тут {n} {word}: наведвальнікі і далей бачылі б апублікаваную версію.")
    },
    preview_no_problems: "Памылак не знойдзена: гэты файл можна публікаваць.",
    preview_unreadable: "З гэтага файла нічога не ўдалося прачытаць, таму паказаць сайт няма з чаго. Спачатку выпраўце памылкі вышэй.",
    preview_browse: "Паглядзіце, які будзе сайт:",
    preview_problems_link: "Памылкі",
    preview_read_failed: "Не ўдалося прачытаць файл. Ці гэта тэкставы файл?",
    exit_preview: "Скончыць прагляд",
    links_title: "Спасылкі",
    external_link: "(іншы сайт)",
    not_found_title: "Старонка не знойдзена",
    not_found_body: "Па гэтым адрасе старонкі няма. Магчыма, яна пераехала або ў спасылцы памылка.",
    no_such_post: "Па гэтым адрасе навіны няма.",
    no_such_tag: "Па гэтым адрасе тэмы няма.",
    go_home: "На галоўную",
    footer_note: "Адзначаецца кожны год 4 жніўня з 2012 года, у гадавіну арышту праваабаронцы Алеся Бяляцкага ў 2011 годзе.",
    footer_privacy: "Сайт не ставіць кукі і нічога не загружае з іншых сайтаў.",
    forget: "Забыць гэты сайт на гэтай прыладзе",
    forgotten: "Гатова: захаваная копія сайта, выбар мовы і файлы для працы без сеткі выдалены з гэтай прылады. Гісторыю браўзера ачысціце самі.",
    forget_failed: "Не ўсё ўдалося выдаліць: ачысціце даныя гэтага сайта ў наладах браўзера.",
    embed: &EMBED_BE,
};

static RU: Ui = Ui {
    site_name: "Международный день солидарности с гражданским обществом Беларуси",
    brand_date: "4 августа",
    brand_name: "День солидарности с Беларусью",
    skip_to_content: "Перейти к содержанию",
    nav_label: "Главное меню",
    language_label: "Язык",
    nav_home: "Главная",
    nav_manifesto: "Манифест",
    nav_posts: "Новости",
    nav_tags: "Темы",
    nav_actions: "Акции",
    read_manifesto: "Прочитать весь манифест",
    read_more: "Читать дальше",
    recent_posts: "Последние новости",
    all_posts: "Все новости",
    all_tags: "Все темы",
    all_actions: "Акции солидарности по всему миру",
    back_to_posts: "Ко всем новостям",
    tagged: "Темы:",
    tagged_posts: |name| format!("Новости по теме «{name}»"),
    published: "Опубликовано",
    posts_title: "Новости",
    tags_title: "Темы",
    actions_title: "Акции солидарности",
    actions_intro: "Акции, о которых кампания сообщала в День солидарности, по годам.",
    actions_in_post: "Акции, о которых здесь рассказано",
    action_banned: "Запрещена властями",
    action_report: "Читать сообщение",
    organised_by: "Организаторы:",
    countdown: &COUNTDOWN_RU,
    not_translated: "Этот текст ещё не переведён на русский язык.",
    loading: "Загрузка…",
    load_failed_title: "Не удалось загрузить тексты кампании",
    load_failed_body: "Возможно, проблема с вашим подключением или с нашим сайтом. Пожалуйста, попробуйте ещё раз чуть позже.",
    invalid_bundle_body: "В данных кампании ошибка, и их нельзя показать. Редакторы уже знают, что исправить; загляните чуть позже.",
    problems_for_editors: "Подробности для редакторов сайта",
    retry: "Попробовать ещё раз",
    stale_notice: "Вы читаете копию сайта, сохранённую при вашем прошлом посещении: последнюю версию загрузить не удалось.",
    pager_label: "Страницы",
    newer: "Новее",
    older: "Старше",
    page_of: |n, of| format!("Страница {n} из {of}"),
    stale_slow_notice: "Последняя версия загружается медленно: пока вы читаете копию, сохранённую при вашем прошлом посещении.",
    built_copy_notice: "Вы читаете эту страницу в том виде, в каком она была опубликована вместе с сайтом: её последнюю версию загрузить не удалось.",
    retrying_in: |n| format!("Повторная попытка — через {n} {}.", countdown_unit(Lang::Ru, Unit::Second, n as i64)),
    loading_slow: "Всё ещё загружается: соединение, похоже, медленное.",
    preview_title: "Предварительный просмотр данных",
    preview_intro: "Откройте файл данных со своего компьютера, чтобы увидеть весь сайт с ним и все ошибки, которые найдёт сайт, ещё до публикации.",
    preview_choose: "Выбрать файл",
    preview_drop: "или перетащить его сюда",
    preview_private: "Файл остаётся в этой вкладке браузера: ничего никуда не отправляется, и просмотр закончится, когда вы закроете вкладку.",
    preview_of: |name| format!("Предварительный просмотр «{name}»: не опубликовано."),
    preview_valid: "Ошибок нет.",
    preview_errors: |n| {
        let word = form(Lang::Ru, n as u64, ["ошибка", "ошибки", "ошибок"]);
        format!("Здесь {n} {word}: посетители по-прежнему видели бы опубликованную версию.")
    },
    preview_no_problems: "Ошибок не найдено: этот файл можно публиковать.",
    preview_unreadable: "Из этого файла ничего не удалось прочитать, поэтому показать сайт не из чего. Сначала исправьте ошибки выше.",
    preview_browse: "Посмотрите, каким будет сайт:",
    preview_problems_link: "Ошибки",
    preview_read_failed: "Не удалось прочитать файл. Это текстовый файл?",
    exit_preview: "Закончить просмотр",
    links_title: "Ссылки",
    external_link: "(другой сайт)",
    not_found_title: "Страница не найдена",
    not_found_body: "По этому адресу страницы нет. Возможно, она переехала или в ссылке ошибка.",
    no_such_post: "По этому адресу новости нет.",
    no_such_tag: "По этому адресу темы нет.",
    go_home: "На главную",
    footer_note: "Отмечается каждый год 4 августа с 2012 года, в годовщину ареста правозащитника Алеся Беляцкого в 2011 году.",
    footer_privacy: "Сайт не ставит куки и ничего не загружает с других сайтов.",
    forget: "Забыть этот сайт на этом устройстве",
    forgotten: "Готово: сохранённая копия сайта, выбор языка и файлы для работы без сети удалены с этого устройства. Историю браузера очистите сами.",
    forget_failed: "Не всё удалось удалить: очистите данные этого сайта в настройках браузера.",
    embed: &EMBED_RU,
};

/// The words of the `/embed` page, where partners get the widget.
#[derive(Debug)]
pub struct EmbedWords {
    /// The page's heading and the footer link.
    pub title: &'static str,
    pub intro: &'static str,
    pub privacy: &'static str,
    pub options: &'static str,
    pub language: &'static str,
    pub theme: &'static str,
    pub theme_auto: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub size: &'static str,
    pub size_full: &'static str,
    pub size_compact: &'static str,
    pub method: &'static str,
    pub method_script: &'static str,
    pub method_iframe: &'static str,
    pub transparent: &'static str,
    pub preview: &'static str,
    pub code: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub fallback_note: &'static str,
    /// The iframe's accessible name in the snippet.
    pub iframe_title: &'static str,
}

static EMBED_EN: EmbedWords = EmbedWords {
    title: "Put the countdown on your site",
    intro: "Partner organisations, media and diaspora groups can show the countdown to 4 August on their own pages. Choose how it looks, check the preview and copy the code.",
    privacy: "The widget loads only from this site, sets no cookies, stores nothing, and tells this site nothing about your page or its visitors.",
    options: "Options",
    language: "Language",
    theme: "Colours",
    theme_auto: "As the visitor's device",
    theme_light: "Light",
    theme_dark: "Dark",
    size: "Size",
    size_full: "Full",
    size_compact: "Compact, one line",
    method: "Embed with",
    method_script: "A script (recommended)",
    method_iframe: "An iframe, for sites that strip scripts",
    transparent: "Transparent background",
    preview: "Preview",
    code: "Code to paste into your page",
    copy: "Copy the code",
    copied: "Copied. Paste it into your page's HTML.",
    copy_failed: "Copying did not work here: the code is selected, copy it with Ctrl+C or ⌘C.",
    fallback_note: "Where JavaScript is off, the link inside the element shows instead of the countdown.",
    iframe_title: "Countdown to 4 August",
};

static EMBED_BE: EmbedWords = EmbedWords {
    title: "Пастаўце адлік часу на свой сайт",
    intro: "Партнёрскія арганізацыі, медыя і дыяспарныя суполкі могуць паказваць адлік да 4 жніўня на сваіх старонках. Выберыце выгляд, праверце папярэдні прагляд і скапіруйце код.",
    privacy: "Віджэт загружаецца толькі з гэтага сайта, не ставіць кукі, нічога не захоўвае і нічога не паведамляе гэтаму сайту пра вашу старонку і яе наведвальнікаў.",
    options: "Налады",
    language: "Мова",
    theme: "Колеры",
    theme_auto: "Як на прыладзе наведвальніка",
    theme_light: "Светлыя",
    theme_dark: "Цёмныя",
    size: "Памер",
    size_full: "Поўны",
    size_compact: "Кампактны, адзін радок",
    method: "Як уставіць",
    method_script: "Скрыпт (раім)",
    method_iframe: "Iframe — для сайтаў, якія выдаляюць скрыпты",
    transparent: "Празрысты фон",
    preview: "Папярэдні прагляд",
    code: "Код, які трэба ўставіць на старонку",
    copy: "Скапіраваць код",
    copied: "Скапіравана. Устаўце ў HTML старонкі.",
    copy_failed: "Скапіраваць не атрымалася: код вылучаны, скапіруйце яго праз Ctrl+C або ⌘C.",
    fallback_note: "Калі JavaScript выключаны, замест адліку паказваецца спасылка ўнутры элемента.",
    iframe_title: "Адлік да 4 жніўня",
};

static EMBED_RU: EmbedWords = EmbedWords {
    title: "Разместите обратный отсчёт на своём сайте",
    intro: "Партнёрские организации, медиа и диаспорные сообщества могут показывать отсчёт до 4 августа на своих страницах. Выберите вид, проверьте предпросмотр и скопируйте код.",
    privacy: "Виджет загружается только с этого сайта, не ставит куки, ничего не хранит и ничего не сообщает этому сайту о вашей странице и её посетителях.",
    options: "Настройки",
    language: "Язык",
    theme: "Цвета",
    theme_auto: "Как на устройстве посетителя",
    theme_light: "Светлые",
    theme_dark: "Тёмные",
    size: "Размер",
    size_full: "Полный",
    size_compact: "Компактный, одна строка",
    method: "Как вставить",
    method_script: "Скрипт (рекомендуем)",
    method_iframe: "Iframe — для сайтов, которые удаляют скрипты",
    transparent: "Прозрачный фон",
    preview: "Предпросмотр",
    code: "Код для вставки на страницу",
    copy: "Скопировать код",
    copied: "Скопировано. Вставьте в HTML страницы.",
    copy_failed: "Скопировать не получилось: код выделен, скопируйте его через Ctrl+C или ⌘C.",
    fallback_note: "Если JavaScript выключен, вместо отсчёта показывается ссылка внутри элемента.",
    iframe_title: "Отсчёт до 4 августа",
};

/// The words around the countdown. Separate from [`Ui`] so the partners'
/// widget, which shows only the countdown, links only these into its wasm.
#[derive(Debug)]
pub struct CountdownWords {
    /// The countdown's heading: "Time left until the Day".
    pub label: &'static str,
    /// Shown instead of the numbers all through the Day.
    pub today: &'static str,
    /// Joins the time left and the date: "… until 4 August 2027".
    pub until: &'static str,
    /// The widget's link to the site.
    pub more: &'static str,
}

impl Lang {
    pub fn countdown_words(self) -> &'static CountdownWords {
        match self {
            Lang::En => &COUNTDOWN_EN,
            Lang::Be => &COUNTDOWN_BE,
            Lang::Ru => &COUNTDOWN_RU,
        }
    }
}

static COUNTDOWN_EN: CountdownWords = CountdownWords {
    label: "Time left until the Day",
    today: "Today is the International Day of Solidarity with civil society of Belarus",
    until: "until",
    more: "About the Day",
};

static COUNTDOWN_BE: CountdownWords = CountdownWords {
    label: "Да Дня салідарнасці засталося",
    today: "Сёння Міжнародны дзень салідарнасці з грамадзянскай супольнасцю Беларусі",
    until: "да",
    more: "Пра Дзень салідарнасці",
};

static COUNTDOWN_RU: CountdownWords = CountdownWords {
    label: "До Дня солидарности осталось",
    today: "Сегодня Международный день солидарности с гражданским обществом Беларуси",
    until: "до",
    more: "О Дне солидарности",
};

/// What a screen reader hears, changing once a minute: "253 days, 4 hours,
/// 12 minutes until 4 August 2027". Seconds are left out on purpose.
pub fn countdown_sentence(lang: Lang, days: i64, hours: u8, minutes: u8, date: Date) -> String {
    format!(
        "{days} {}, {hours} {}, {minutes} {} {} {}",
        countdown_unit(lang, Unit::Day, days),
        countdown_unit(lang, Unit::Hour, hours.into()),
        countdown_unit(lang, Unit::Minute, minutes.into()),
        lang.countdown_words().until,
        long_date(lang, date),
    )
}

/// The four units of the countdown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Day,
    Hour,
    Minute,
    Second,
}

/// A countdown unit in the right grammatical number: 1 дзень, 2 дні, 5 дзён.
pub fn countdown_unit(lang: Lang, unit: Unit, n: i64) -> &'static str {
    let forms = match (lang, unit) {
        (Lang::En, Unit::Day) => ["day", "", "days"],
        (Lang::En, Unit::Hour) => ["hour", "", "hours"],
        (Lang::En, Unit::Minute) => ["minute", "", "minutes"],
        (Lang::En, Unit::Second) => ["second", "", "seconds"],
        (Lang::Be, Unit::Day) => ["дзень", "дні", "дзён"],
        (Lang::Be, Unit::Hour) => ["гадзіна", "гадзіны", "гадзін"],
        (Lang::Be, Unit::Minute) => ["хвіліна", "хвіліны", "хвілін"],
        (Lang::Be, Unit::Second) => ["секунда", "секунды", "секунд"],
        (Lang::Ru, Unit::Day) => ["день", "дня", "дней"],
        (Lang::Ru, Unit::Hour) => ["час", "часа", "часов"],
        (Lang::Ru, Unit::Minute) => ["минута", "минуты", "минут"],
        (Lang::Ru, Unit::Second) => ["секунда", "секунды", "секунд"],
    };
    form(lang, n.unsigned_abs(), forms)
}

/// The grammatical slot an ordinal fills, for languages that inflect it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrdinalFor {
    /// "the 16th Day": masculine, nominative (be/ru "дзень"/"день").
    Day,
    /// "on the 16th anniversary": feminine, accusative (be "гадавіну", ru "годовщину").
    Anniversary,
}

/// "16th"; "16-ы", "16-ю"; "16-й", "16-ю".
pub fn ordinal(lang: Lang, n: i32, slot: OrdinalFor) -> String {
    let suffix = match (lang, slot) {
        (Lang::En, _) => match (n % 100, n % 10) {
            (11..=13, _) => "th",
            (_, 1) => "st",
            (_, 2) => "nd",
            (_, 3) => "rd",
            _ => "th",
        },
        // першы, другі, трэці, чацвёрты…: the ending follows the last word.
        (Lang::Be, OrdinalFor::Day) => match (n % 100, n % 10) {
            (12 | 13, _) => "-ы",
            (_, 2) => "-і",
            (_, 3) => "-ці",
            _ => "-ы",
        },
        (Lang::Be | Lang::Ru, OrdinalFor::Anniversary) => "-ю",
        (Lang::Ru, OrdinalFor::Day) => "-й",
    };
    format!("{n}{suffix}")
}

/// The line under the countdown: which Day, which anniversary. `honoree` is
/// the name as it reads after "the arrest of" (genitive in be and ru).
pub fn coming_day(lang: Lang, day: i32, anniversary: i32, honoree: &str) -> String {
    let d = ordinal(lang, day, OrdinalFor::Day);
    let a = ordinal(lang, anniversary, OrdinalFor::Anniversary);
    match lang {
        Lang::En => format!("The {d} International Day of Solidarity, on the {a} anniversary of the arrest of {honoree}"),
        Lang::Be => format!("{d} Міжнародны дзень салідарнасці, у {a} гадавіну арышту {honoree}"),
        Lang::Ru => format!("{d} Международный день солидарности, в {a} годовщину ареста {honoree}"),
    }
}

/// "10 news items"; "10 навін"; "10 новостей".
pub fn post_count(lang: Lang, n: usize) -> String {
    let forms = match lang {
        Lang::En => ["news item", "", "news items"],
        Lang::Be => ["навіна", "навіны", "навін"],
        Lang::Ru => ["новость", "новости", "новостей"],
    };
    format!("{n} {}", form(lang, n as u64, forms))
}

/// "18 countries, 6 cities": how widely a year's Day was marked.
pub fn year_reach(lang: Lang, countries: usize, cities: usize) -> String {
    let (country_forms, city_forms) = match lang {
        Lang::En => (["country", "", "countries"], ["city", "", "cities"]),
        Lang::Be => (
            ["краіна", "краіны", "краін"],
            ["горад", "гарады", "гарадоў"],
        ),
        Lang::Ru => (
            ["страна", "страны", "стран"],
            ["город", "города", "городов"],
        ),
    };
    format!(
        "{countries} {}, {cities} {}",
        form(lang, countries as u64, country_forms),
        form(lang, cities as u64, city_forms)
    )
}

/// Month names as they follow a day number: "4 August", "4 жніўня", "4 августа".
fn month_name(lang: Lang, month: Month) -> &'static str {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const BE: [&str; 12] = [
        "студзеня",
        "лютага",
        "сакавіка",
        "красавіка",
        "мая",
        "чэрвеня",
        "ліпеня",
        "жніўня",
        "верасня",
        "кастрычніка",
        "лістапада",
        "снежня",
    ];
    const RU: [&str; 12] = [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ];
    let names = match lang {
        Lang::En => &EN,
        Lang::Be => &BE,
        Lang::Ru => &RU,
    };
    names[u8::from(month) as usize - 1]
}

/// A date as visitors read it: "4 August 2013", "4 жніўня 2013", "4 августа 2013".
pub fn long_date(lang: Lang, date: Date) -> String {
    format!(
        "{} {} {}",
        date.day(),
        month_name(lang, date.month()),
        date.year()
    )
}

/// The title of a page as shown in the browser's tab.
pub fn page_title(page: &str, site: &str) -> String {
    if page.is_empty() {
        site.to_string()
    } else {
        format!("{page} — {site}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NUMBERS: [u64; 12] = [0, 1, 2, 5, 11, 12, 21, 22, 25, 101, 111, 1001];

    fn days(lang: Lang) -> Vec<String> {
        NUMBERS
            .iter()
            .map(|&n| format!("{n} {}", countdown_unit(lang, Unit::Day, n as i64)))
            .collect()
    }

    #[test]
    fn belarusian_plurals() {
        assert_eq!(
            days(Lang::Be),
            [
                "0 дзён",
                "1 дзень",
                "2 дні",
                "5 дзён",
                "11 дзён",
                "12 дзён",
                "21 дзень",
                "22 дні",
                "25 дзён",
                "101 дзень",
                "111 дзён",
                "1001 дзень"
            ]
        );
        assert_eq!(countdown_unit(Lang::Be, Unit::Hour, 3), "гадзіны");
        assert_eq!(countdown_unit(Lang::Be, Unit::Minute, 14), "хвілін");
        assert_eq!(countdown_unit(Lang::Be, Unit::Second, 44), "секунды");
    }

    #[test]
    fn russian_plurals() {
        assert_eq!(
            days(Lang::Ru),
            [
                "0 дней",
                "1 день",
                "2 дня",
                "5 дней",
                "11 дней",
                "12 дней",
                "21 день",
                "22 дня",
                "25 дней",
                "101 день",
                "111 дней",
                "1001 день"
            ]
        );
        assert_eq!(countdown_unit(Lang::Ru, Unit::Hour, 21), "час");
        assert_eq!(countdown_unit(Lang::Ru, Unit::Minute, 13), "минут");
        assert_eq!(countdown_unit(Lang::Ru, Unit::Second, 32), "секунды");
    }

    #[test]
    fn english_plurals() {
        assert_eq!(
            days(Lang::En),
            [
                "0 days",
                "1 day",
                "2 days",
                "5 days",
                "11 days",
                "12 days",
                "21 days",
                "22 days",
                "25 days",
                "101 days",
                "111 days",
                "1001 days"
            ]
        );
        assert_eq!(post_count(Lang::En, 1), "1 news item");
        assert_eq!(post_count(Lang::En, 10), "10 news items");
        assert_eq!(year_reach(Lang::En, 1, 1), "1 country, 1 city");
    }

    #[test]
    fn counted_nouns_agree() {
        assert_eq!(post_count(Lang::Be, 21), "21 навіна");
        assert_eq!(post_count(Lang::Be, 3), "3 навіны");
        assert_eq!(post_count(Lang::Ru, 10), "10 новостей");
        assert_eq!(year_reach(Lang::Be, 18, 6), "18 краін, 6 гарадоў");
        assert_eq!(year_reach(Lang::Ru, 3, 2), "3 страны, 2 города");
        assert_eq!(
            (EN.preview_errors)(1),
            "It has 1 error: visitors would keep seeing the published version."
        );
        assert!((BE.preview_errors)(2).starts_with("Тут 2 памылкі"));
        assert!((RU.preview_errors)(5).starts_with("Здесь 5 ошибок"));
    }

    fn ordinals(lang: Lang, slot: OrdinalFor) -> Vec<String> {
        [1, 2, 3, 5, 11, 12, 13, 16, 21, 22, 23, 25, 101, 111, 112]
            .iter()
            .map(|&n| ordinal(lang, n, slot))
            .collect()
    }

    #[test]
    fn english_ordinals() {
        assert_eq!(
            ordinals(Lang::En, OrdinalFor::Day),
            [
                "1st", "2nd", "3rd", "5th", "11th", "12th", "13th", "16th", "21st", "22nd", "23rd",
                "25th", "101st", "111th", "112th"
            ]
        );
    }

    #[test]
    fn belarusian_ordinals() {
        // першы, другі, трэці, пяты, адзінаццаты, дванаццаты, трынаццаты,
        // шаснаццаты, дваццаць першы, дваццаць другі, дваццаць трэці…
        assert_eq!(
            ordinals(Lang::Be, OrdinalFor::Day),
            [
                "1-ы", "2-і", "3-ці", "5-ы", "11-ы", "12-ы", "13-ы", "16-ы", "21-ы", "22-і",
                "23-ці", "25-ы", "101-ы", "111-ы", "112-ы"
            ]
        );
        assert_eq!(ordinal(Lang::Be, 16, OrdinalFor::Anniversary), "16-ю");
    }

    #[test]
    fn russian_ordinals() {
        assert!(ordinals(Lang::Ru, OrdinalFor::Day)
            .iter()
            .all(|o| o.ends_with("-й")));
        assert_eq!(ordinal(Lang::Ru, 22, OrdinalFor::Anniversary), "22-ю");
    }

    #[test]
    fn retry_messages_agree_with_their_number() {
        assert_eq!((EN.retrying_in)(1), "Trying again by itself in 1 second.");
        assert_eq!((EN.retrying_in)(8), "Trying again by itself in 8 seconds.");
        assert_eq!((BE.retrying_in)(2), "Паўторная спроба — праз 2 секунды.");
        assert_eq!(
            (RU.retrying_in)(32),
            "Повторная попытка — через 32 секунды."
        );
        assert_eq!((RU.retrying_in)(60), "Повторная попытка — через 60 секунд.");
    }

    #[test]
    fn countdown_sentence_in_every_language() {
        let date = Date::from_calendar_date(2027, Month::August, 4).unwrap();
        assert_eq!(
            countdown_sentence(Lang::En, 253, 1, 21, date),
            "253 days, 1 hour, 21 minutes until 4 August 2027"
        );
        assert_eq!(
            countdown_sentence(Lang::Be, 252, 2, 11, date),
            "252 дні, 2 гадзіны, 11 хвілін да 4 жніўня 2027"
        );
        assert_eq!(
            countdown_sentence(Lang::Ru, 21, 5, 1, date),
            "21 день, 5 часов, 1 минута до 4 августа 2027"
        );
    }

    #[test]
    fn coming_day_in_every_language() {
        assert_eq!(
            coming_day(Lang::En, 16, 16, "Ales Bialiatski"),
            "The 16th International Day of Solidarity, on the 16th anniversary of the arrest of Ales Bialiatski"
        );
        assert_eq!(
            coming_day(Lang::Be, 16, 16, "Алеся Бяляцкага"),
            "16-ы Міжнародны дзень салідарнасці, у 16-ю гадавіну арышту Алеся Бяляцкага"
        );
        assert_eq!(
            coming_day(Lang::Ru, 16, 16, "Алеся Беляцкого"),
            "16-й Международный день солидарности, в 16-ю годовщину ареста Алеся Беляцкого"
        );
    }

    #[test]
    fn dates_in_every_language() {
        let d = Date::from_calendar_date(2013, Month::August, 4).unwrap();
        assert_eq!(long_date(Lang::En, d), "4 August 2013");
        assert_eq!(long_date(Lang::Be, d), "4 жніўня 2013");
        assert_eq!(long_date(Lang::Ru, d), "4 августа 2013");
    }

    #[test]
    fn language_negotiation() {
        assert_eq!(Lang::negotiate(["be-BY", "ru"]), Lang::Be);
        assert_eq!(Lang::negotiate(["de-DE", "ru-RU", "en"]), Lang::Ru);
        assert_eq!(Lang::negotiate(["en-US", "be"]), Lang::En);
        assert_eq!(Lang::negotiate(["de", "fr"]), Lang::En);
        assert_eq!(Lang::negotiate([]), Lang::En);
        assert_eq!(Lang::from_tag("RU_ru"), Some(Lang::Ru));
        assert_eq!(Lang::from_tag("bel"), None);
    }

    #[test]
    fn a_remembered_choice_wins_over_the_browser() {
        assert_eq!(Lang::preferred(Some("ru"), ["be", "en"]), Lang::Ru);
        assert_eq!(Lang::preferred(None, ["be-BY"]), Lang::Be);
        // A stored value from elsewhere (or tampered with) is ignored.
        assert_eq!(Lang::preferred(Some("klingon"), ["ru"]), Lang::Ru);
        assert_eq!(Lang::preferred(Some(""), []), Lang::En);
    }
}
