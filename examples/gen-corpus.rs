//! Writes a deterministic synthetic news corpus for the scale runs of
//! `docs/performance.md`.
//!
//! ```text
//! cargo run --release --example gen-corpus -- OUT N [--seed S]
//! ```
//!
//! N articles of 2–4 KB, French and English in equal parts, each with front matter,
//! under `OUT/NNNN/` (1,000 per directory). Every article reports a handful of a few
//! hundred shared facts (people evacuated in a city, protesters, soldiers deployed,
//! unemployment rates, aid pledged, the day a storm hit…) with the variation real
//! coverage has: digits with either language's separators, words, millions, hedges
//! ("about", "plus de"), attributions, a drifted figure now and then and a rare typo,
//! between sentences that claim nothing. The same seed always writes the same bytes.

use std::fmt::Write as _;
use std::fs;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

/// SplitMix64: tiny, fast and stable across versions (a crate's generator may change
/// its stream between releases, which would change the corpus).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Lang {
    Fr,
    En,
}

/// A place as each language writes it.
struct Place {
    fr: &'static str,
    en: &'static str,
}

/// A French place with the locative it takes ("à Lyon", "en Allemagne", "au Chili").
struct FrPlace {
    place: Place,
    at: &'static str,
}

/// Cities and countries. (Not Kharkiv or Odesa: the gazetteer knows them as regions,
/// which may hold any town it does not know, and a generated corpus would then pile
/// every unknown city's figures onto theirs.)
const PLACES: &[FrPlace] = &[
    FrPlace {
        place: Place {
            fr: "Lyon",
            en: "Lyon",
        },
        at: "à Lyon",
    },
    FrPlace {
        place: Place {
            fr: "Marseille",
            en: "Marseille",
        },
        at: "à Marseille",
    },
    FrPlace {
        place: Place {
            fr: "Toulouse",
            en: "Toulouse",
        },
        at: "à Toulouse",
    },
    FrPlace {
        place: Place {
            fr: "Nantes",
            en: "Nantes",
        },
        at: "à Nantes",
    },
    FrPlace {
        place: Place {
            fr: "Bordeaux",
            en: "Bordeaux",
        },
        at: "à Bordeaux",
    },
    FrPlace {
        place: Place {
            fr: "Lille",
            en: "Lille",
        },
        at: "à Lille",
    },
    FrPlace {
        place: Place {
            fr: "Strasbourg",
            en: "Strasbourg",
        },
        at: "à Strasbourg",
    },
    FrPlace {
        place: Place {
            fr: "Genève",
            en: "Geneva",
        },
        at: "à Genève",
    },
    FrPlace {
        place: Place {
            fr: "Munich",
            en: "Munich",
        },
        at: "à Munich",
    },
    FrPlace {
        place: Place {
            fr: "Istanbul",
            en: "Istanbul",
        },
        at: "à Istanbul",
    },
    FrPlace {
        place: Place {
            fr: "Bilbao",
            en: "Bilbao",
        },
        at: "à Bilbao",
    },
    FrPlace {
        place: Place {
            fr: "Rotterdam",
            en: "Rotterdam",
        },
        at: "à Rotterdam",
    },
    FrPlace {
        place: Place {
            fr: "Bombay",
            en: "Mumbai",
        },
        at: "à Bombay",
    },
    FrPlace {
        place: Place {
            fr: "Lagos",
            en: "Lagos",
        },
        at: "à Lagos",
    },
    FrPlace {
        place: Place {
            fr: "Nairobi",
            en: "Nairobi",
        },
        at: "à Nairobi",
    },
    FrPlace {
        place: Place {
            fr: "Dakar",
            en: "Dakar",
        },
        at: "à Dakar",
    },
    FrPlace {
        place: Place {
            fr: "Manchester",
            en: "Manchester",
        },
        at: "à Manchester",
    },
    FrPlace {
        place: Place {
            fr: "Naples",
            en: "Naples",
        },
        at: "à Naples",
    },
    FrPlace {
        place: Place {
            fr: "Porto",
            en: "Porto",
        },
        at: "à Porto",
    },
    FrPlace {
        place: Place {
            fr: "Valence",
            en: "Valencia",
        },
        at: "à Valence",
    },
    FrPlace {
        place: Place {
            fr: "l'Allemagne",
            en: "Germany",
        },
        at: "en Allemagne",
    },
    FrPlace {
        place: Place {
            fr: "l'Espagne",
            en: "Spain",
        },
        at: "en Espagne",
    },
    FrPlace {
        place: Place {
            fr: "l'Italie",
            en: "Italy",
        },
        at: "en Italie",
    },
    FrPlace {
        place: Place {
            fr: "la Pologne",
            en: "Poland",
        },
        at: "en Pologne",
    },
    FrPlace {
        place: Place {
            fr: "la Grèce",
            en: "Greece",
        },
        at: "en Grèce",
    },
    FrPlace {
        place: Place {
            fr: "le Portugal",
            en: "Portugal",
        },
        at: "au Portugal",
    },
    FrPlace {
        place: Place {
            fr: "la Roumanie",
            en: "Romania",
        },
        at: "en Roumanie",
    },
    FrPlace {
        place: Place {
            fr: "le Kenya",
            en: "Kenya",
        },
        at: "au Kenya",
    },
    FrPlace {
        place: Place {
            fr: "le Sénégal",
            en: "Senegal",
        },
        at: "au Sénégal",
    },
    FrPlace {
        place: Place {
            fr: "le Chili",
            en: "Chile",
        },
        at: "au Chili",
    },
];

/// Who is quoted for a figure.
const SOURCES: &[Place] = &[
    Place {
        fr: "l'ONU",
        en: "the UN",
    },
    Place {
        fr: "la Croix-Rouge",
        en: "the Red Cross",
    },
    Place {
        fr: "les autorités locales",
        en: "local authorities",
    },
    Place {
        fr: "le ministère de l'Intérieur",
        en: "the interior ministry",
    },
    Place {
        fr: "les syndicats",
        en: "the unions",
    },
    Place {
        fr: "la police",
        en: "police",
    },
    Place {
        fr: "l'OMS",
        en: "the WHO",
    },
    Place {
        fr: "la Banque mondiale",
        en: "the World Bank",
    },
];

/// What a fact measures, and how each language says it. `{n}` is the figure as
/// written (hedge included), `{p}` the place in the sentence.
struct Topic {
    fr: &'static [&'static str],
    en: &'static [&'static str],
    /// Smallest and largest true value.
    range: (u64, u64),
    kind: Kind,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Count,
    Percent,
    MillionEuros,
    Date,
}

const TOPICS: &[Topic] = &[
    Topic {
        fr: &[
            "{n} personnes ont été évacuées {at}",
            "{at}, {n} habitants ont dû quitter leur logement",
        ],
        en: &[
            "{n} people were evacuated in {p}",
            "in {p}, {n} residents had to leave their homes",
        ],
        range: (1_200, 90_000),
        kind: Kind::Count,
    },
    Topic {
        fr: &[
            "{n} manifestants ont défilé {at}",
            "la manifestation a réuni {n} personnes {at}",
        ],
        en: &[
            "{n} protesters marched in {p}",
            "the protest drew {n} people in {p}",
        ],
        range: (3_000, 400_000),
        kind: Kind::Count,
    },
    Topic {
        fr: &["{n} maisons ont été détruites {at}"],
        en: &["{n} homes were destroyed in {p}"],
        range: (40, 6_000),
        kind: Kind::Count,
    },
    Topic {
        fr: &["{n} soldats ont été déployés {at}"],
        en: &["{n} soldiers were deployed to {p}"],
        range: (500, 30_000),
        kind: Kind::Count,
    },
    Topic {
        fr: &["{n} personnes ont été blessées {at}"],
        en: &["{n} people were injured in {p}"],
        range: (12, 3_000),
        kind: Kind::Count,
    },
    Topic {
        fr: &["le taux de chômage {at} a atteint {n}"],
        en: &["unemployment in {p} reached {n}"],
        range: (40, 250),
        kind: Kind::Percent,
    },
    Topic {
        fr: &["l'aide d'urgence débloquée {at} s'élève à {n}"],
        en: &["in {p}, emergency aid amounts to {n}"],
        range: (5, 2_400),
        kind: Kind::MillionEuros,
    },
    Topic {
        fr: &["la tempête a frappé {p} {n}"],
        en: &["the storm hit {p} {n}"],
        range: (0, 0),
        kind: Kind::Date,
    },
    Topic {
        fr: &["{n} foyers étaient privés d'électricité {at}"],
        en: &["{n} households were without power in {p}"],
        range: (2_000, 500_000),
        kind: Kind::Count,
    },
    Topic {
        fr: &["{n} secouristes ont été mobilisés {at}"],
        en: &["{n} rescuers were mobilised in {p}"],
        range: (50, 8_000),
        kind: Kind::Count,
    },
];

/// Sentences that claim nothing, between the ones that do.
const FILLER_FR: &[&str] = &[
    "Les habitants interrogés disent attendre des réponses claires des pouvoirs publics.",
    "La situation reste tendue et les prochains jours seront décisifs, estiment les observateurs.",
    "Plusieurs élus ont appelé au calme et à la solidarité entre les quartiers.",
    "Sur place, les commerces ont rouvert timidement en fin de matinée.",
    "Le gouvernement doit présenter de nouvelles mesures dans la semaine.",
    "Les associations dénoncent un manque de moyens chronique.",
    "La circulation a été perturbée une bonne partie de la journée.",
    "Les écoles resteront fermées jusqu'à nouvel ordre, a indiqué la mairie.",
    "Une cellule de crise a été ouverte à la préfecture.",
    "Les images diffusées sur les réseaux sociaux montrent des rues désertes.",
    "L'opposition réclame une commission d'enquête.",
    "Les experts appellent à revoir les plans de prévention.",
    "Des bénévoles se relaient depuis l'aube pour distribuer de l'eau et des repas.",
    "Le bilan pourrait encore évoluer, préviennent les services de secours.",
];

const FILLER_EN: &[&str] = &[
    "Residents who spoke to reporters said they were waiting for clear answers from officials.",
    "The situation remains tense and the coming days will be decisive, observers say.",
    "Several local leaders called for calm and for solidarity between neighbourhoods.",
    "Shops reopened cautiously late in the morning.",
    "The government is expected to announce new measures this week.",
    "Charities say they have been short of resources for years.",
    "Traffic was disrupted for most of the day.",
    "Schools will stay closed until further notice, the city hall said.",
    "A crisis unit has been set up at the regional headquarters.",
    "Images shared on social media showed empty streets.",
    "The opposition is demanding a parliamentary inquiry.",
    "Experts are calling for prevention plans to be reviewed.",
    "Volunteers have been handing out water and meals since dawn.",
    "The toll could still change, emergency services warned.",
];

const MONTHS_FR: &[&str] = &[
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

const MONTHS_EN: &[&str] = &[
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

const WORDS_FR: &[&str] = &[
    "", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
];
const WORDS_EN: &[&str] = &[
    "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// A fact: a topic at a place, with the value careful reporting gives.
struct Fact {
    topic: usize,
    place: usize,
    /// Count, tenths of a percent, millions of euros, or day of the year (dates).
    truth: u64,
    /// Who gives the figure (an index into `SOURCES`).
    source: usize,
}

/// The facts of a corpus: every topic at every place, values drawn from the seed.
fn facts(rng: &mut Rng) -> Vec<Fact> {
    let mut out = Vec::new();
    for (topic, t) in TOPICS.iter().enumerate() {
        for place in 0..PLACES.len() {
            let truth = match t.kind {
                Kind::Date => rng.below(300) as u64,
                _ => {
                    let (lo, hi) = t.range;
                    round_news(lo + rng.next() % (hi - lo))
                }
            };
            out.push(Fact {
                topic,
                place,
                truth,
                source: rng.below(SOURCES.len()),
            });
        }
    }
    out
}

/// Rounds to two significant digits, as reported figures mostly are.
fn round_news(v: u64) -> u64 {
    let mut unit = 1;
    while v / unit >= 100 {
        unit *= 10;
    }
    (v / unit).max(1) * unit
}

/// `v` with thousands separated the way `lang` (and this writer) does it.
fn grouped(v: u64, lang: Lang, rng: &mut Rng) -> String {
    let sep = match lang {
        Lang::En => ",",
        Lang::Fr => *rng.pick(&[" ", "\u{a0}", "\u{202f}", "."]),
    };
    let digits = v.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 && v >= 10_000 {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// A count as a writer might put it: digits, words, "1.2 million", with a hedge.
fn count_text(v: u64, lang: Lang, rng: &mut Rng) -> String {
    let exact = v % 1000 != 0 && v > 1000;
    let hedge = match (lang, rng.below(8)) {
        (Lang::Fr, 0) => "environ ",
        (Lang::Fr, 1) => "près de ",
        (Lang::Fr, 2) if !exact => "plus de ",
        (Lang::En, 0) => "about ",
        (Lang::En, 1) => "nearly ",
        (Lang::En, 2) if !exact => "more than ",
        _ => "",
    };
    let body = if v >= 1_000_000 && v % 100_000 == 0 && rng.chance(70) {
        let m = v as f64 / 1e6;
        match lang {
            Lang::Fr => format!("{} millions", format!("{m}").replace('.', ",")),
            Lang::En => format!("{m} million"),
        }
    } else if v <= 10 {
        match lang {
            Lang::Fr => WORDS_FR[v as usize].to_string(),
            Lang::En => WORDS_EN[v as usize].to_string(),
        }
    } else if v % 1000 == 0 && v / 1000 <= 10 && rng.chance(30) {
        match lang {
            Lang::Fr => format!("{} mille", WORDS_FR[(v / 1000) as usize]),
            Lang::En => format!("{} thousand", WORDS_EN[(v / 1000) as usize]),
        }
    } else {
        grouped(v, lang, rng)
    };
    format!("{hedge}{body}")
}

/// What an article writes for `fact`: mostly the truth, sometimes a drifted figure
/// (another source, an older toll), rarely a typo.
fn reported(fact: &Fact, rng: &mut Rng) -> u64 {
    let v = fact.truth;
    match rng.below(100) {
        0..=79 => v,
        80..=94 => round_news(v + v * (10 + rng.below(40) as u64) / 100),
        _ => {
            // Two adjacent digits swapped, or one digit off.
            let s = v.to_string();
            let mut b = s.into_bytes();
            if b.len() >= 2 {
                let i = rng.below(b.len() - 1);
                b.swap(i, i + 1);
            }
            String::from_utf8(b)
                .ok()
                .and_then(|s| s.parse().ok())
                .filter(|n| *n > 0)
                .unwrap_or(v + 1)
        }
    }
}

/// A date two languages' ways, relative to publication when it can be.
fn date_text(day_of_year: u64, published: (u32, u32), lang: Lang, rng: &mut Rng) -> String {
    let (month, day) = ((day_of_year / 28) as usize % 12, 1 + day_of_year % 28);
    let year = 2025;
    let same_month = month as u32 + 1 == published.0;
    match (lang, rng.below(3)) {
        (Lang::Fr, 0) if same_month => format!("le {day} {}", MONTHS_FR[month]),
        (Lang::Fr, 1) => format!("le {day} {} {year}", MONTHS_FR[month]),
        (Lang::Fr, _) => format!("le {day:02}/{:02}/{year}", month + 1),
        (Lang::En, 0) if same_month => format!("on {} {day}", MONTHS_EN[month]),
        (Lang::En, 1) => format!("on {} {day}, {year}", MONTHS_EN[month]),
        (Lang::En, _) => format!("on {day} {} {year}", MONTHS_EN[month]),
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// One article: front matter, a title, paragraphs of claims and filler.
fn article(id: &str, facts: &[Fact], rng: &mut Rng) -> String {
    let lang = if rng.chance(50) { Lang::Fr } else { Lang::En };
    let published = (1 + rng.below(12) as u32, 1 + rng.below(28) as u32);
    let mut out = String::with_capacity(4096);
    let focus = rng.below(PLACES.len());
    let title = match lang {
        Lang::Fr => format!("Le point sur la situation {}", PLACES[focus].at),
        Lang::En => format!(
            "What we know about the situation in {}",
            PLACES[focus].place.en
        ),
    };
    let _ = write!(
        out,
        "---\nid: {id}\ntitle: \"{title}\"\npublished: 2025-{:02}-{:02}\nlang: {}\nurl: https://example.org/news/{id}\n---\n\n# {title}\n\n",
        published.0,
        published.1,
        match lang {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    );
    // Mostly facts about the article's own place, now and then another's.
    let claims = 6 + rng.below(8);
    let target = 2000 + rng.below(2000);
    let mut sentences = Vec::new();
    for _ in 0..claims {
        let place = if rng.chance(85) {
            focus
        } else {
            rng.below(PLACES.len())
        };
        let topic = rng.below(TOPICS.len());
        let fact = &facts[topic * PLACES.len() + place];
        sentences.push(claim_sentence(fact, lang, published, rng));
    }
    let filler = match lang {
        Lang::Fr => FILLER_FR,
        Lang::En => FILLER_EN,
    };
    let mut body = String::new();
    let mut in_paragraph = 0;
    let mut claims = sentences.into_iter();
    loop {
        let next = if rng.chance(45) { claims.next() } else { None };
        let sentence = match next {
            Some(s) => s,
            None if body.len() + out.len() < target || claims.len() > 0 => {
                rng.pick(filler).to_string()
            }
            None => break,
        };
        body.push_str(&sentence);
        in_paragraph += 1;
        if in_paragraph >= 2 + rng.below(3) {
            body.push_str("\n\n");
            in_paragraph = 0;
        } else {
            body.push(' ');
        }
    }
    out.push_str(body.trim_end());
    out.push('\n');
    out
}

fn claim_sentence(fact: &Fact, lang: Lang, published: (u32, u32), rng: &mut Rng) -> String {
    let topic = &TOPICS[fact.topic];
    let place = &PLACES[fact.place];
    let template = match lang {
        Lang::Fr => *rng.pick(topic.fr),
        Lang::En => *rng.pick(topic.en),
    };
    let figure = match topic.kind {
        Kind::Count => count_text(reported(fact, rng), lang, rng),
        Kind::Percent => {
            let tenths = reported(fact, rng);
            match lang {
                Lang::Fr if tenths % 10 == 0 => format!("{} %", tenths / 10),
                Lang::En if tenths % 10 == 0 => format!("{}%", tenths / 10),
                Lang::Fr => format!("{},{} %", tenths / 10, tenths % 10),
                Lang::En => format!("{}.{}%", tenths / 10, tenths % 10),
            }
        }
        Kind::MillionEuros => {
            let m = reported(fact, rng);
            match lang {
                Lang::Fr => format!("{} millions d'euros", grouped(m, lang, rng)),
                Lang::En => format!("€{} million", grouped(m, lang, rng)),
            }
        }
        Kind::Date => {
            let day = if rng.chance(90) {
                fact.truth
            } else {
                fact.truth + 1
            };
            date_text(day, published, lang, rng)
        }
    };
    let mut s = template
        .replace("{n}", &figure)
        .replace("{at}", place.at)
        .replace(
            "{p}",
            match lang {
                Lang::Fr => place.place.fr,
                Lang::En => place.place.en,
            },
        );
    if topic.kind != Kind::Date && rng.chance(40) {
        // Now and then a figure is credited to the wrong source.
        let source = if rng.chance(3) {
            rng.pick(SOURCES)
        } else {
            &SOURCES[fact.source]
        };
        match lang {
            Lang::Fr => {
                let _ = write!(s, ", selon {}", source.fr);
            }
            Lang::En => {
                let _ = write!(s, ", according to {}", source.en);
            }
        }
    }
    s.push('.');
    capitalised(&s)
}

fn run(args: &[String]) -> Result<(), String> {
    let usage = "usage: gen-corpus OUT N [--seed S]";
    let (out, n, seed) = match args {
        [out, n] => (out, n, "1"),
        [out, n, flag, seed] if flag == "--seed" => (out, n, seed.as_str()),
        _ => return Err(usage.into()),
    };
    let n: usize = n
        .parse()
        .map_err(|_| format!("not a count: {n}\n{usage}"))?;
    let seed: u64 = seed
        .parse()
        .map_err(|_| format!("not a seed: {seed}\n{usage}"))?;
    let mut rng = Rng(seed);
    let facts = facts(&mut rng);
    let root = Path::new(out);
    for i in 0..n {
        let dir = root.join(format!("{:04}", i / 1000));
        if i % 1000 == 0 {
            fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        let id = format!("gen-{i:07}");
        let path = dir.join(format!("{id}.md"));
        let text = article(&id, &facts, &mut rng);
        let file = fs::File::create(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut w = BufWriter::new(file);
        w.write_all(text.as_bytes())
            .and_then(|()| w.flush())
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen-corpus: {e}");
            ExitCode::from(2)
        }
    }
}
