//! Belarusian: its text for every table of [`super::Ui`] and the rules its
//! numbers follow (the same items as every language's file).

use super::plural::{east_slavic, form};
use super::{
    countdown_unit, CountdownWords, DiscoveryWords, EmbedWords, Lang, OrdinalFor, Plural,
    PreviewWords, ReachWords, ReportWords, Ui, Unit,
};
use crate::report::Field;

/// The language's own name, for the switcher.
pub(super) const NATIVE_NAME: &str = "Беларуская";

/// The plural category of a whole number `n`: the rule Belarusian shares
/// with Russian.
pub(super) fn plural(n: u64) -> Plural {
    east_slavic(n)
}

/// The ending of an ordinal: "16-ы" (дзень), "16-ю" (гадавіну).
pub(super) fn ordinal_suffix(n: i32, slot: OrdinalFor) -> &'static str {
    match slot {
        // першы, другі, трэці, чацвёрты…: the ending follows the last word.
        OrdinalFor::Day => match (n % 100, n % 10) {
            (12 | 13, _) => "-ы",
            (_, 2) => "-і",
            (_, 3) => "-ці",
            _ => "-ы",
        },
        OrdinalFor::Anniversary => "-ю",
    }
}

/// A countdown unit's forms, `[one, few, many]`, for
/// [`super::countdown_unit`].
pub(super) fn unit_forms(unit: Unit) -> [&'static str; 3] {
    match unit {
        Unit::Day => ["дзень", "дні", "дзён"],
        Unit::Hour => ["гадзіна", "гадзіны", "гадзін"],
        Unit::Minute => ["хвіліна", "хвіліны", "хвілін"],
        Unit::Second => ["секунда", "секунды", "секунд"],
    }
}

/// "News item" counted, for [`super::post_count`].
pub(super) const POST_FORMS: [&str; 3] = ["навіна", "навіны", "навін"];

/// "Country" and "city" counted, for [`super::year_reach`].
pub(super) const COUNTRY_FORMS: [&str; 3] = ["краіна", "краіны", "краін"];
pub(super) const CITY_FORMS: [&str; 3] = ["горад", "гарады", "гарадоў"];

/// The line under the countdown ([`super::coming_day`]), given the Day's
/// ordinal `d`, the anniversary's `a` and the honoree's name as it reads
/// after "the arrest of".
pub(super) fn coming_day(d: &str, a: &str, honoree: &str) -> String {
    format!("{d} Міжнародны дзень салідарнасці, у {a} гадавіну арышту {honoree}")
}

/// The months' names as they follow a day number, for [`super::long_date`].
pub(super) const MONTHS: [&str; 12] = [
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

/// The interface's words, for [`super::Lang::ui`].
pub(super) static UI: Ui = Ui {
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
    countdown: &COUNTDOWN,
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
    links_title: "Спасылкі",
    external_link: "(іншы сайт)",
    not_found_title: "Старонка не знойдзена",
    not_found_body: "Па гэтым адрасе старонкі няма. Магчыма, яна пераехала або ў спасылцы памылка.",
    tool_offline_title: "Гэтай прыладзе патрэбная сетка",
    tool_offline_body: "Папярэдні прагляд для рэдактараў і старонка ўбудавання для партнёраў не захоўваюцца для чытання без сеткі. Падключыцеся да інтэрнэту і перазагрузіце гэтую старонку.",
    no_such_post: "Па гэтым адрасе навіны няма.",
    no_such_tag: "Па гэтым адрасе тэмы няма.",
    go_home: "На галоўную",
    footer_note: "Адзначаецца кожны год 4 жніўня з 2012 года, у гадавіну арышту праваабаронцы Алеся Бяляцкага ў 2011 годзе.",
    footer_privacy: "Сайт не ставіць кукі і нічога не загружае з іншых сайтаў.",
    forget: "Забыць гэты сайт на гэтай прыладзе",
    forgotten: "Гатова: захаваная копія сайта, выбар мовы і файлы для працы без сеткі выдалены з гэтай прылады. Гісторыю браўзера ачысціце самі.",
    forget_failed: "Не ўсё ўдалося выдаліць: ачысціце даныя гэтага сайта ў наладах браўзера.",
    embed_title: "Пастаўце адлік часу на свой сайт",
    discovery: &DISCOVERY,
    reach: &REACH,
};

/// What the site says about itself outside its pages, in [`UI`].
pub(super) static DISCOVERY: DiscoveryWords = DiscoveryWords {
    posts_description: |count| {
        format!("Усе {count} кампаніі: акцыі салідарнасці, заявы і лісты з усяго свету, спачатку новыя.")
    },
    tags_description: "Навіны кампаніі па тэмах: ",
    tag_description: |name, count| format!("{count} на тэму «{name}», спачатку новыя."),
    tag_feed_title: |name| format!("Навіны на тэму «{name}»"),
    feed: "Стужка навін (Atom)",
    // "ў" after the date's vowel: every month's genitive ends in one.
    add_to_calendar: |date| format!("Дадаць {date} ў мой каляндар"),
    day_description: |first_year, honoree| {
        format!("Штогод з {first_year} года, у гадавіну арышту {honoree}, людзі па ўсім свеце выказваюць салідарнасць з грамадзянскай супольнасцю Беларусі.")
    },
    share: "Падзяліцца",
    link_copied: "Спасылка скапіявана",
    copy_this_link: "Скапіюйце гэтую спасылку:",
    image_alt: |title| format!("{title}: назва старонкі на картцы кампаніі"),
    leaflet_more: "Чытайце, дзяліцеся і сачыце за кампаніяй на",
    read_more_about: |title| format!(": {title}"),
};

/// The words of the `/embed` page (its title is [`UI`]'s: the footer links to it).
pub(super) static EMBED: EmbedWords = EmbedWords {
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

/// The words around the countdown, for [`super::Lang::countdown_words`].
pub(super) static COUNTDOWN: CountdownWords = CountdownWords {
    label: "Да Дня салідарнасці засталося",
    today: "Сёння Міжнародны дзень салідарнасці з грамадзянскай супольнасцю Беларусі",
    until: "да",
    more: "Пра Дзень салідарнасці",
};

/// The map and the "Take part" page, in [`UI`].
pub(super) static REACH: ReachWords = ReachWords {
    map_title: "Дзе адзначалі Дзень",
    map_year: "Год",
    map_of_year: |year| format!("Мапа месцаў, дзе адзначалі Дзень у {year} годзе"),
    map_note: "Кожная адзнака вядзе да свайго месца ў спісе ніжэй, дзе кожная акцыя апісана цалкам.",
    nav_join: "Далучыцца",
    join_intro: "Дзень належыць кожнаму, хто яго адзначае. Дзе б вы ні былі, 4 жніўня ці каля гэтай даты вы можаце паказаць беларускай грамадзянскай супольнасці, што яна не адна.",
    join_safety: "Калі вы ў Беларусі, найперш падумайце пра сваю бяспеку: за публічны ўдзел там могуць пакараць. Дзяліцца і друкаваць тэксты, пісаць лісты бяспечней, чым збірацца; ніколі не называйце нічыйго імя без згоды чалавека.",
    ways: [
        ("Правесці акцыю", "Збярыце сяброў, калег ці суседзяў на плошчы, ва ўніверсітэце або каля беларускай амбасады: банер, партрэты палітвязняў, хвіліна маўчання, чытанне маніфеста. Потым раскажыце пра гэта кампаніі праз форму ніжэй."),
        ("Выйсці на пікет", "Адзін чалавек з плакатам — таксама пікет. Даведайцеся правілы публічных мерапрыемстваў у вашым горадзе; калі пікет забаранілі, сама забарона — навіна, пра якую варта паведаміць."),
        ("Напісаць ліст", "Напішыце беларускаму палітвязню — дастаткова паштоўкі — ці вашым дэпутатам і ўраду з просьбай выступіць у абарону грамадзянскай супольнасці Беларусі і яе вязняў."),
        ("Падзяліцца маніфестам", "Прачытайце яго, дашліце сябрам або раздрукуйце: ён друкуецца як улётка на аркушах A4 па-беларуску, па-руску і па-англійску."),
        ("Паставіць зваротны адлік на свой сайт", "Невялікі адлік часу да Дня, які ваш сайт паказвае на сваёй старонцы, лёгкі і прыватны: ён нічога не загружае з іншых сайтаў."),
    ],
    read_the_manifesto: "Чытаць маніфест",
    get_the_countdown: "Узяць зваротны адлік",
    report_title: "Паведаміць пра акцыю",
    report_intro: "Правялі акцыю? Апішыце, што адбылося: форма падрыхтуе запіс, які рэдактары дададуць у спіс акцый на сайце. З гэтай старонкі нічога не адпраўляецца — вы самі капіюеце запіс, спампоўваеце яго або дасылаеце электроннай поштай. Пішыце на любой мове; рэдактары перакладуць.",
    report_kept: "Тое, што вы ўводзіце, застаецца толькі ў гэтай укладцы, нават калі яе перазагрузіць, і знікае, калі вы яе закрыеце.",
    report_needs_script: "Каб падрыхтаваць запіс, гэтай форме патрэбны JavaScript. Без яго напішыце кампаніі дату, месца, хто арганізаваў акцыю і што адбылося.",
    report_unavailable: "Форму не ўдалося загрузіць: магчыма, перарвалася сувязь. Перазагрузіце старонку, каб паспрабаваць зноў, або напішыце кампаніі дату, месца, хто арганізаваў акцыю і што адбылося.",
    field_date: "Дата",
    field_city: "Горад",
    field_country: "Краіна",
    field_country_hint: "Па-англійску, як на мапе свету: Lithuania, Czech Republic, United States.",
    field_organiser: "Арганізатар",
    field_summary: "Што адбылося",
    field_summary_hint: "Сказ ці два: хто сабраўся, дзе, што рабілі.",
    field_link: "Спасылка на фота ці рэпартаж",
    optional: "(неабавязкова)",
    prepare: "Падрыхтаваць запіс",
    report_entry_label: "Запіс для спісу акцый на сайце",
    copy_entry: "Скапіяваць",
    download_entry: "Спампаваць",
    email_entry: "Даслаць поштай",
    report_no_contact: "Дашліце яго кампаніі так, як вы з ёй звязваецеся; рэдактары ўставяць яго ў даныя сайта як ёсць.",
    report: &REPORT,
};

/// What the report form says as it works, in [`REACH`].
pub(super) static REPORT: ReportWords = ReportWords {
    report_fix: |n| match plural(n as u64) {
        Plural::One => format!("{n} поле трэба выправіць: гл. паведамленне пад ім."),
        Plural::Few => format!("{n} палі трэба выправіць: гл. паведамленні пад імі."),
        _ => format!("{n} палёў трэба выправіць: гл. паведамленні пад імі."),
    },
    report_ready: "Запіс гатовы. Праверце яго, потым скапіюйце, спампуйце або дашліце.",
    entry_copied: "Запіс скапіяваны",
    email_subject: |place, date| format!("Акцыя Дня салідарнасці: {place}, {date}"),
    missing: |field| match field {
        Field::Date => "Пазначце дзень акцыі.",
        Field::Country => "Пазначце краіну, дзе яна адбылася.",
        Field::Summary => "Раскажыце ў адным-двух сказах, што адбылося.",
        _ => "Запоўніце гэтае поле.",
    },
    not_a_date:
        "Такога дня няма ў календары: напішыце дату як год-месяц-дзень, напрыклад 2013-08-04.",
    not_a_link:
        "Гэта не вэб-адрас: скапіюйце яго з адраснага радка браўзера, дзе ён пачынаецца з https://.",
    unknown_country: |meant| {
        match meant {
        Some(meant) => format!("Вы мелі на ўвазе «{meant}»? Мапа ведае краіны па іх англійскіх назвах: у такім выглядзе акцыя трапіць у спіс, але не на мапу."),
        None => "Мапа не ведае такой краіны: акцыя трапіць у спіс, але не на мапу. Напішыце назву краіны па-англійску, як на мапе свету.".to_string(),
    }
    },
};

/// The words of the editors' preview, apart from [`UI`]: only the tools'
/// app carries them.
pub(super) static PREVIEW: PreviewWords = PreviewWords {
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
};
