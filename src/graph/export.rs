//! The claim graph for other tools: Graphviz DOT and a JSON node-link document
//! (`docs/exports.md`). Conflict edges join the claims a finding sets against each other.

use super::{ClaimGraph, Edge, Node};
use crate::compare::{Finding, value_label};
use crate::gazetteer::{EntityKind, Gazetteer, unknown_spelling};
use petgraph::visit::EdgeRef;
use serde::Serialize;
use std::collections::{BTreeSet, HashSet};
use std::io::{self, Write};

/// The version of the JSON graph document.
pub const GRAPH_VERSION: u32 = 1;

/// Formats of `claimcheck graph`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GraphFormat {
    /// Graphviz DOT (`dot -Tsvg`).
    Dot,
    /// A JSON node-link document.
    Json,
}

/// A node of the exported graph.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum GraphNode {
    /// An article.
    Article {
        /// Node id: `article:<article id>`.
        id: String,
        /// Article id.
        article: String,
        /// Headline, when known.
        #[serde(skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        /// Address, when known.
        #[serde(skip_serializing_if = "Option::is_none")]
        url: Option<String>,
        /// Publication date, when known.
        #[serde(skip_serializing_if = "Option::is_none")]
        published: Option<String>,
        /// Language code.
        lang: String,
    },
    /// An entity the claims name.
    Entity {
        /// Node id: `entity:<entity id>`.
        id: String,
        /// Entity id (gazetteer id, or `name:…` for a name the gazetteer does not know).
        entity: String,
        /// Display name.
        name: String,
        /// What it is, when the gazetteer knows it.
        #[serde(skip_serializing_if = "Option::is_none")]
        kind: Option<EntityKind>,
    },
    /// A claim.
    Claim {
        /// Node id: `claim:<article id>/<claim id>`.
        id: String,
        /// Article id.
        article: String,
        /// Claim id.
        claim: String,
        /// `quantity`, `date` or `role`.
        kind: String,
        /// The normalised value.
        value: String,
        /// The value as written.
        text: String,
        /// 1-based line of `text`.
        line: usize,
        /// 1-based character column of `text`.
        column: usize,
    },
}

impl GraphNode {
    /// The node id.
    pub fn id(&self) -> &str {
        match self {
            GraphNode::Article { id, .. }
            | GraphNode::Entity { id, .. }
            | GraphNode::Claim { id, .. } => id,
        }
    }
}

/// What an exported edge means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EdgeType {
    /// Article → claim it makes.
    Makes,
    /// Claim → entity it names.
    Names,
    /// Claim → next claim about the same fact.
    SameFact,
    /// Claim ↔ claim a finding sets against it.
    Conflict,
}

/// An edge of the exported graph.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GraphEdge {
    /// Node id of the tail.
    pub source: String,
    /// Node id of the head.
    pub target: String,
    /// What it means.
    #[serde(rename = "type")]
    pub kind: EdgeType,
    /// For a conflict: the finding id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finding: Option<String>,
    /// For a conflict: the finding's severity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severity: Option<crate::compare::Severity>,
}

/// The exported graph: every node and edge of the claim graph, plus conflict edges.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Exported {
    /// Document version.
    pub version: u32,
    /// Articles, then entities and claims in graph order.
    pub nodes: Vec<GraphNode>,
    /// Graph edges, then conflict edges.
    pub edges: Vec<GraphEdge>,
}

/// The display name of entity `id`.
pub fn entity_name(gaz: &Gazetteer, id: &str) -> String {
    gaz.get(id)
        .map(|e| e.name.clone())
        .or_else(|| unknown_spelling(id))
        .unwrap_or_else(|| id.to_string())
}

fn claim_node_id(article: &str, claim: &str) -> String {
    format!("claim:{article}/{claim}")
}

impl Exported {
    /// The graph of `graph` with a conflict edge between every pair of claims that a
    /// finding among `findings` puts on opposite sides.
    pub fn new(graph: &ClaimGraph<'_>, findings: &[Finding], gaz: &Gazetteer) -> Exported {
        let entries = graph.entries;
        let node_id = |n: &Node| match n {
            Node::Article(a) => format!("article:{}", entries[*a].article.id),
            Node::Entity(e) => format!("entity:{e}"),
            Node::Claim(a, c) => claim_node_id(&entries[*a].article.id, &entries[*a].claims[*c].id),
        };
        let mut nodes: Vec<GraphNode> = graph
            .graph
            .node_weights()
            .map(|n| match n {
                Node::Article(a) => {
                    let r = &entries[*a].article;
                    GraphNode::Article {
                        id: node_id(n),
                        article: r.id.clone(),
                        title: r.title.clone(),
                        url: r.url.clone(),
                        published: r.published.map(|d| d.to_string()),
                        lang: r.lang.code().to_string(),
                    }
                }
                Node::Entity(e) => GraphNode::Entity {
                    id: node_id(n),
                    entity: e.clone(),
                    name: entity_name(gaz, e),
                    kind: gaz.get(e).map(|x| x.kind),
                },
                Node::Claim(a, c) => {
                    let claim = &entries[*a].claims[*c];
                    GraphNode::Claim {
                        id: node_id(n),
                        article: entries[*a].article.id.clone(),
                        claim: claim.id.clone(),
                        kind: claim.kind.as_str().to_string(),
                        value: value_label(claim),
                        text: claim.evidence.text.clone(),
                        line: claim.evidence.line,
                        column: claim.evidence.column,
                    }
                }
            })
            .collect();
        // Articles first: readers of the document meet the sources before the claims.
        nodes.sort_by_key(|n| !matches!(n, GraphNode::Article { .. }));
        let mut edges: Vec<GraphEdge> = graph
            .graph
            .edge_references()
            .map(|e| GraphEdge {
                source: node_id(&graph.graph[e.source()]),
                target: node_id(&graph.graph[e.target()]),
                kind: match e.weight() {
                    Edge::Makes => EdgeType::Makes,
                    Edge::Names => EdgeType::Names,
                    Edge::SameFact => EdgeType::SameFact,
                },
                finding: None,
                severity: None,
            })
            .collect();
        let known: BTreeSet<&str> = nodes.iter().map(GraphNode::id).collect();
        let mut conflicts = Vec::new();
        for f in findings {
            for a in &f.claims {
                for b in f.claims.iter().filter(|b| b.cluster > a.cluster) {
                    let (source, target) = (
                        claim_node_id(&a.article, &a.claim),
                        claim_node_id(&b.article, &b.claim),
                    );
                    // Attribution findings name sources, not always claims of the graph.
                    if known.contains(source.as_str()) && known.contains(target.as_str()) {
                        conflicts.push(GraphEdge {
                            source,
                            target,
                            kind: EdgeType::Conflict,
                            finding: Some(f.id.clone()),
                            severity: Some(f.severity),
                        });
                    }
                }
            }
        }
        edges.extend(conflicts);
        Exported {
            version: GRAPH_VERSION,
            nodes,
            edges,
        }
    }
}

/// Writes the graph as pretty JSON with a final newline.
pub fn write_json(graph: &Exported, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, graph)?;
    writeln!(out)
}

/// A DOT string literal.
fn quoted(s: &str) -> String {
    let mut q = String::with_capacity(s.len() + 2);
    q.push('"');
    for c in s.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\n' | '\r' => q.push(' '),
            c => q.push(c),
        }
    }
    q.push('"');
    q
}

/// Writes the graph as Graphviz DOT: articles as boxes, entities as ellipses, claims as
/// notes; conflicts bold and red, labelled with their severity.
pub fn write_dot(graph: &Exported, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "digraph claimcheck {{")?;
    writeln!(out, "  rankdir=LR;")?;
    writeln!(out, "  node [fontname=\"Helvetica\", fontsize=10];")?;
    writeln!(out, "  edge [fontname=\"Helvetica\", fontsize=9];")?;
    for n in &graph.nodes {
        let (shape, label) = match n {
            GraphNode::Article {
                article, published, ..
            } => (
                "box",
                match published {
                    Some(d) => format!("{article} ({d})"),
                    None => article.clone(),
                },
            ),
            GraphNode::Entity { name, .. } => ("ellipse", name.clone()),
            GraphNode::Claim { value, text, .. } => ("note", format!("{value} «{text}»")),
        };
        writeln!(
            out,
            "  {} [shape={shape}, label={}];",
            quoted(n.id()),
            quoted(&label)
        )?;
    }
    let mut seen_conflicts: HashSet<(&str, &str)> = HashSet::new();
    for e in &graph.edges {
        let style = match e.kind {
            EdgeType::Makes => String::new(),
            EdgeType::Names => " [color=gray50]".to_string(),
            EdgeType::SameFact => " [style=dashed, arrowhead=none]".to_string(),
            EdgeType::Conflict => {
                // Two findings over the same pair of claims need one edge to be seen.
                if !seen_conflicts.insert((e.source.as_str(), e.target.as_str())) {
                    continue;
                }
                format!(
                    " [color=red, penwidth=2, dir=none, label={}]",
                    quoted(e.severity.map_or("", |s| s.as_str()))
                )
            }
        };
        writeln!(
            out,
            "  {} -> {}{style};",
            quoted(&e.source),
            quoted(&e.target)
        )?;
    }
    writeln!(out, "}}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dot_labels_keep_quotes_and_backslashes_inside_the_string() {
        assert_eq!(quoted(r#"«5 000» "x" \ y"#), r#""«5 000» \"x\" \\ y""#);
        assert_eq!(quoted("two\nlines"), "\"two lines\"");
    }

    #[test]
    fn unknown_entities_are_named_by_their_spelling() {
        let gaz = Gazetteer::builtin();
        assert_eq!(entity_name(gaz, "name:cyclone-veyra"), "cyclone veyra");
        assert_eq!(entity_name(gaz, "russia"), "Russia");
    }
}
