//! Russian: its text for every table of [`super::Ui`] and the rules its
//! numbers follow (the same items as every language's file).

use super::plural::{east_slavic, form};
use super::{
    countdown_unit, CountdownWords, DiscoveryWords, EmbedWords, Lang, OrdinalFor, Plural,
    PreviewWords, ReachWords, ReportWords, Ui, Unit,
};
use crate::report::Field;

/// The language's own name, for the switcher.
pub(super) const NATIVE_NAME: &str = "Русский";

/// The plural category of a whole number `n`: the rule Russian shares
/// with Belarusian.
pub(super) fn plural(n: u64) -> Plural {
    east_slavic(n)
}

/// The ending of an ordinal: "16-й" (день), "16-ю" (годовщину).
pub(super) fn ordinal_suffix(_n: i32, slot: OrdinalFor) -> &'static str {
    match slot {
        OrdinalFor::Day => "-й",
        OrdinalFor::Anniversary => "-ю",
    }
}

/// A countdown unit's forms, `[one, few, many]`, for
/// [`super::countdown_unit`].
pub(super) fn unit_forms(unit: Unit) -> [&'static str; 3] {
    match unit {
        Unit::Day => ["день", "дня", "дней"],
        Unit::Hour => ["час", "часа", "часов"],
        Unit::Minute => ["минута", "минуты", "минут"],
        Unit::Second => ["секунда", "секунды", "секунд"],
    }
}

/// "News item" counted, for [`super::post_count`].
pub(super) const POST_FORMS: [&str; 3] = ["новость", "новости", "новостей"];

/// "Country" and "city" counted, for [`super::year_reach`].
pub(super) const COUNTRY_FORMS: [&str; 3] = ["страна", "страны", "стран"];
pub(super) const CITY_FORMS: [&str; 3] = ["город", "города", "городов"];

/// The line under the countdown ([`super::coming_day`]), given the Day's
/// ordinal `d`, the anniversary's `a` and the honoree's name as it reads
/// after "the arrest of".
pub(super) fn coming_day(d: &str, a: &str, honoree: &str) -> String {
    format!("{d} Международный день солидарности, в {a} годовщину ареста {honoree}")
}

/// The months' names as they follow a day number, for [`super::long_date`].
pub(super) const MONTHS: [&str; 12] = [
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

/// The interface's words, for [`super::Lang::ui`].
pub(super) static UI: Ui = Ui {
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
    countdown: &COUNTDOWN,
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
    links_title: "Ссылки",
    external_link: "(другой сайт)",
    not_found_title: "Страница не найдена",
    not_found_body: "По этому адресу страницы нет. Возможно, она переехала или в ссылке ошибка.",
    tool_offline_title: "Этому инструменту нужна сеть",
    tool_offline_body: "Предпросмотр для редакторов и страница встраивания для партнёров не сохраняются для чтения без сети. Подключитесь к интернету и перезагрузите эту страницу.",
    no_such_post: "По этому адресу новости нет.",
    no_such_tag: "По этому адресу темы нет.",
    go_home: "На главную",
    footer_note: "Отмечается каждый год 4 августа с 2012 года, в годовщину ареста правозащитника Алеся Беляцкого в 2011 году.",
    footer_privacy: "Сайт не ставит куки и ничего не загружает с других сайтов.",
    forget: "Забыть этот сайт на этом устройстве",
    forgotten: "Готово: сохранённая копия сайта, выбор языка и файлы для работы без сети удалены с этого устройства. Историю браузера очистите сами.",
    forget_failed: "Не всё удалось удалить: очистите данные этого сайта в настройках браузера.",
    embed_title: "Разместите обратный отсчёт на своём сайте",
    discovery: &DISCOVERY,
    reach: &REACH,
};

/// What the site says about itself outside its pages, in [`UI`].
pub(super) static DISCOVERY: DiscoveryWords = DiscoveryWords {
    posts_description: |count| {
        format!("Все {count} кампании: акции солидарности, заявления и письма со всего мира, сначала новые.")
    },
    tags_description: "Новости кампании по темам: ",
    tag_description: |name, count| format!("{count} на тему «{name}», сначала новые."),
    tag_feed_title: |name| format!("Новости на тему «{name}»"),
    feed: "Лента новостей (Atom)",
    add_to_calendar: |date| format!("Добавить {date} в мой календарь"),
    day_description: |first_year, honoree| {
        format!("Ежегодно с {first_year} года, в годовщину ареста {honoree}, люди по всему миру выражают солидарность с гражданским обществом Беларуси.")
    },
    share: "Поделиться",
    link_copied: "Ссылка скопирована",
    copy_this_link: "Скопируйте эту ссылку:",
    image_alt: |title| format!("{title}: название страницы на карточке кампании"),
    leaflet_more: "Читайте, делитесь и следите за кампанией на",
    read_more_about: |title| format!(": {title}"),
};

/// The words of the `/embed` page (its title is [`UI`]'s: the footer links to it).
pub(super) static EMBED: EmbedWords = EmbedWords {
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

/// The words around the countdown, for [`super::Lang::countdown_words`].
pub(super) static COUNTDOWN: CountdownWords = CountdownWords {
    label: "До Дня солидарности осталось",
    today: "Сегодня Международный день солидарности с гражданским обществом Беларуси",
    until: "до",
    more: "О Дне солидарности",
};

/// The map and the "Take part" page, in [`UI`].
pub(super) static REACH: ReachWords = ReachWords {
    map_title: "Где отмечали День",
    map_year: "Год",
    map_of_year: |year| format!("Карта мест, где отмечали День в {year} году"),
    map_note: "Каждая отметка ведёт к своему месту в списке ниже, где каждая акция описана полностью.",
    nav_join: "Присоединиться",
    join_intro: "День принадлежит каждому, кто его отмечает. Где бы вы ни были, 4 августа или около этой даты вы можете показать белорусскому гражданскому обществу, что оно не одно.",
    join_safety: "Если вы в Беларуси, прежде всего подумайте о своей безопасности: за публичное участие там могут наказать. Делиться и печатать тексты, писать письма безопаснее, чем собираться; никогда не называйте ничьего имени без согласия человека.",
    ways: [
        ("Провести акцию", "Соберите друзей, коллег или соседей на площади, в университете или у белорусского посольства: баннер, портреты политзаключённых, минута молчания, чтение манифеста. Потом расскажите об этом кампании через форму ниже."),
        ("Выйти на пикет", "Один человек с плакатом — тоже пикет. Узнайте правила публичных мероприятий в вашем городе; если пикет запретили, сам запрет — новость, о которой стоит сообщить."),
        ("Написать письмо", "Напишите белорусскому политзаключённому — достаточно открытки — или вашим депутатам и правительству с просьбой выступить в защиту гражданского общества Беларуси и его узников."),
        ("Поделиться манифестом", "Прочитайте его, отправьте друзьям или распечатайте: он печатается как листовка на листах A4 по-белорусски, по-русски и по-английски."),
        ("Поставить обратный отсчёт на свой сайт", "Небольшой отсчёт времени до Дня, который ваш сайт показывает на своей странице, лёгкий и приватный: он ничего не загружает с других сайтов."),
    ],
    read_the_manifesto: "Читать манифест",
    get_the_countdown: "Взять обратный отсчёт",
    report_title: "Сообщить об акции",
    report_intro: "Провели акцию? Опишите, что произошло: форма подготовит запись, которую редакторы добавят в список акций на сайте. С этой страницы ничего не отправляется — вы сами копируете запись, скачиваете её или отправляете по электронной почте. Пишите на любом языке; редакторы переведут.",
    report_kept: "То, что вы вводите, остаётся только в этой вкладке, даже если её перезагрузить, и исчезает, когда вы её закроете.",
    report_needs_script: "Чтобы подготовить запись, этой форме нужен JavaScript. Без него напишите кампании дату, место, кто организовал акцию и что произошло.",
    report_unavailable: "Форму не удалось загрузить: возможно, прервалась связь. Перезагрузите страницу, чтобы попробовать снова, или напишите кампании дату, место, кто организовал акцию и что произошло.",
    field_date: "Дата",
    field_city: "Город",
    field_country: "Страна",
    field_country_hint: "По-английски, как на карте мира: Lithuania, Czech Republic, United States.",
    field_organiser: "Организатор",
    field_summary: "Что произошло",
    field_summary_hint: "Предложение или два: кто собрался, где, что делали.",
    field_link: "Ссылка на фото или репортаж",
    optional: "(необязательно)",
    prepare: "Подготовить запись",
    report_entry_label: "Запись для списка акций на сайте",
    copy_entry: "Скопировать",
    download_entry: "Скачать",
    email_entry: "Отправить по почте",
    report_no_contact: "Отправьте её кампании так, как вы с ней связываетесь; редакторы вставят её в данные сайта как есть.",
    report: &REPORT,
};

/// What the report form says as it works, in [`REACH`].
pub(super) static REPORT: ReportWords = ReportWords {
    report_fix: |n| match plural(n as u64) {
        Plural::One => format!("{n} поле нужно исправить: см. сообщение под ним."),
        Plural::Few => format!("{n} поля нужно исправить: см. сообщения под ними."),
        _ => format!("{n} полей нужно исправить: см. сообщения под ними."),
    },
    report_ready: "Запись готова. Проверьте её, затем скопируйте, скачайте или отправьте.",
    entry_copied: "Запись скопирована",
    email_subject: |place, date| format!("Акция Дня солидарности: {place}, {date}"),
    missing: |field| match field {
        Field::Date => "Укажите день акции.",
        Field::Country => "Укажите страну, где она прошла.",
        Field::Summary => "Расскажите в одном-двух предложениях, что произошло.",
        _ => "Заполните это поле.",
    },
    not_a_date: "Такого дня нет в календаре: напишите дату как год-месяц-день, например 2013-08-04.",
    not_a_link: "Это не веб-адрес: скопируйте его из адресной строки браузера, где он начинается с https://.",
    unknown_country: |meant| match meant {
        Some(meant) => format!("Вы имели в виду «{meant}»? Карта знает страны по их английским названиям: в таком виде акция попадёт в список, но не на карту."),
        None => "Карта не знает такой страны: акция попадёт в список, но не на карту. Напишите название страны по-английски, как на карте мира.".to_string(),
    },
};

/// The words of the editors' preview, apart from [`UI`]: only the tools'
/// app carries them.
pub(super) static PREVIEW: PreviewWords = PreviewWords {
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
};
