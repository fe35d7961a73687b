//! Claims and the YAML files that store them.

pub mod model;
pub mod store;

pub use model::*;
pub use store::{ArticleRecord, ClaimFile};
