pub mod numwords;
