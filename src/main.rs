//! The `claimcheck` binary: all the work is in the library.

fn main() {
    std::process::exit(claimcheck::cli::main());
}
