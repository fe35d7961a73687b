//! `claimcheck entities`: the actors found, with the spellings seen.

use super::args::EntitiesFormat;
use super::{EXIT_OK, Io};
use crate::corpus;
use crate::gazetteer::Gazetteer;
use crate::text::{Document, normalize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// An actor and how the corpus spells it.
#[derive(Debug, serde::Serialize)]
struct Row {
    id: String,
    name: String,
    kind: String,
    spellings: BTreeSet<String>,
    articles: BTreeSet<String>,
}

/// Lists entities named in the articles below `paths`.
pub fn run(
    paths: &[PathBuf],
    load: corpus::LoadOptions,
    format: EntitiesFormat,
    gaz: &Gazetteer,
    io: &mut Io<'_>,
) -> anyhow::Result<i32> {
    let corpus = corpus::load_with(paths, gaz, load)?;
    let mut rows: BTreeMap<String, Row> = BTreeMap::new();
    for e in &corpus.entries {
        let Some(path) = &e.article_path else {
            continue;
        };
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        let article = crate::article::Article::parse(path, text)?;
        let doc = Document::parse(article.body(), article.body_start);
        let mut known = crate::extract::actor::KnownNames::new();
        for s in &doc.sentences {
            let sent = crate::extract::Sent::new(&article.source.text, doc.sentence_tokens(s));
            let found = crate::extract::actor::mentions(&sent, gaz, &known);
            crate::extract::actor::remember(&mut known, &found);
            for mut m in found {
                // A capital named as a place is still its state's spelling.
                if let Some(state) = m.id.strip_prefix("capital:") {
                    m.id = state.to_string();
                }
                let (name, kind) = match gaz.get(&m.id) {
                    Some(known) => (
                        known.name.clone(),
                        format!("{:?}", known.kind).to_lowercase(),
                    ),
                    None => (m.text.clone(), "unknown".to_string()),
                };
                let row = rows.entry(m.id.clone()).or_insert_with(|| Row {
                    id: m.id.clone(),
                    name,
                    kind,
                    spellings: BTreeSet::new(),
                    articles: BTreeSet::new(),
                });
                row.spellings
                    .insert(m.text.split_whitespace().collect::<Vec<_>>().join(" "));
                row.articles.insert(e.article.id.clone());
            }
        }
    }
    // Names the gazetteer does not know, spelled alike, are one actor.
    let uses: Vec<crate::resolve::NameUse> = rows
        .values()
        .filter(|r| r.id.starts_with("name:"))
        .map(|r| crate::resolve::NameUse {
            id: r.id.clone(),
            spelling: r.spellings.iter().next().cloned().unwrap_or_default(),
        })
        .collect();
    let map = crate::resolve::resolve(&uses);
    let mut merged: BTreeMap<String, Row> = BTreeMap::new();
    for (id, row) in rows {
        let canonical = map.get(&id).cloned().unwrap_or(id);
        match merged.get_mut(&canonical) {
            Some(m) => {
                m.spellings.extend(row.spellings);
                m.articles.extend(row.articles);
            }
            None => {
                let name = if canonical == row.id {
                    row.name.clone()
                } else {
                    crate::gazetteer::unknown_spelling(&canonical)
                        .unwrap_or_else(|| row.name.clone())
                };
                merged.insert(
                    canonical.clone(),
                    Row {
                        id: canonical,
                        name,
                        ..row
                    },
                );
            }
        }
    }
    let rows = merged;
    let _ = normalize;
    match format {
        EntitiesFormat::Json => {
            let list: Vec<&Row> = rows.values().collect();
            serde_json::to_writer_pretty(&mut *io.out, &list)?;
            writeln!(io.out)?;
        }
        EntitiesFormat::Table => {
            let mut b = tabled::builder::Builder::default();
            b.push_record(["entity", "kind", "spellings", "articles"]);
            for r in rows.values() {
                b.push_record([
                    r.name.clone(),
                    r.kind.clone(),
                    r.spellings.iter().cloned().collect::<Vec<_>>().join(", "),
                    r.articles.len().to_string(),
                ]);
            }
            let mut t = b.build();
            t.with(tabled::settings::Style::modern());
            writeln!(io.out, "{t}")?;
        }
    }
    Ok(EXIT_OK)
}
