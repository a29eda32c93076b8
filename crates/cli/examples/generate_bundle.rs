//! Writes a large, valid bundle to standard output, for benchmarks:
//! `cargo run --release --example generate_bundle -- POSTS ACTIONS > big.json`
//! (default 10000 posts, 2000 actions). The same numbers give the same file.

use serde_json::{json, Value};

/// A small deterministic generator: benchmarks must compare like with like.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const WORDS: &[&str] = &[
    "solidarity",
    "civil",
    "society",
    "Belarus",
    "human",
    "rights",
    "defenders",
    "action",
    "picket",
    "freedom",
    "political",
    "prisoners",
    "Viasna",
    "embassy",
    "banner",
    "round",
    "table",
    "statement",
    "campaign",
    "August",
    "anniversary",
    "arrest",
    "Bialiatski",
    "support",
    "release",
    "activists",
    "Vilnius",
    "Warsaw",
    "Prague",
    "Kyiv",
    "салідарнасць",
    "грамадзянская",
    "супольнасць",
    "свабода",
    "правы",
    "чалавека",
    "солидарность",
    "общество",
];
const CITIES: &[(&str, &str)] = &[
    ("Vilnius", "Lithuania"),
    ("Warsaw", "Poland"),
    ("Prague", "Czech Republic"),
    ("Berlin", "Germany"),
    ("Kyiv", "Ukraine"),
    ("Tbilisi", "Georgia"),
    ("Riga", "Latvia"),
    ("Bishkek", "Kyrgyzstan"),
    ("Stockholm", "Sweden"),
    ("London", "United Kingdom"),
    ("New York", "United States"),
    ("Geneva", "Switzerland"),
];

/// A sentence of `min` to `min + spread - 1` words.
fn sentence(rng: &mut Lcg, min: usize, spread: usize) -> String {
    let words = min + rng.below(spread);
    let mut s: Vec<&str> = (0..words).map(|_| WORDS[rng.below(WORDS.len())]).collect();
    s[0] = "The";
    format!("{}.", s.join(" "))
}

fn paragraph(rng: &mut Lcg) -> String {
    (0..3 + rng.below(3))
        .map(|_| sentence(rng, 8, 10))
        .collect::<Vec<_>>()
        .join(" ")
}

fn date(rng: &mut Lcg) -> String {
    format!(
        "{}-{:02}-{:02}",
        2012 + rng.below(15),
        1 + rng.below(12),
        1 + rng.below(28)
    )
}

fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<usize>());
    let posts = args.next().and_then(Result::ok).unwrap_or(10_000);
    let actions = args.next().and_then(Result::ok).unwrap_or(2_000);
    let mut rng = Lcg(posts as u64 * 31 + actions as u64);

    let default: Value = serde_json::from_str(include_str!("../../../public/data/bundle.json"))
        .expect("default bundle");
    let tags: Vec<Value> = (0..60)
        .map(|i| json!({ "slug": format!("topic-{i}"), "name": format!("Topic {i}") }))
        .collect();
    let posts: Vec<Value> = (0..posts)
        .map(|i| {
            let tag_count = 1 + rng.below(4);
            let post_tags: Vec<String> = {
                let mut t: Vec<String> = (0..tag_count)
                    .map(|_| format!("topic-{}", rng.below(60)))
                    .collect();
                t.sort();
                t.dedup();
                t
            };
            json!({
                "slug": format!("post-{i}"),
                "title": sentence(&mut rng, 6, 6),
                "date": date(&mut rng),
                "tags": post_tags,
                "excerpt": paragraph(&mut rng),
                "body": (0..2 + rng.below(4)).map(|_| paragraph(&mut rng)).collect::<Vec<_>>(),
            })
        })
        .collect();
    let post_count = posts.len().max(1);
    let actions: Vec<Value> = (0..actions)
        .map(|_| {
            let (city, country) = CITIES[rng.below(CITIES.len())];
            json!({
                "date": date(&mut rng),
                "city": city,
                "country": country,
                "summary": sentence(&mut rng, 14, 1),
                "post": format!("post-{}", rng.below(post_count)),
            })
        })
        .collect();
    let bundle = json!({
        "$schema": "./bundle.schema.json",
        "version": 1,
        "campaign": default["campaign"],
        "manifesto": default["manifesto"],
        "tags": tags,
        "posts": posts,
        "actions": actions,
    });
    println!(
        "{}",
        serde_json::to_string_pretty(&bundle).expect("serialisable")
    );
}
