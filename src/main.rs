//! The `sosta` binary: everything happens in the library.

fn main() -> std::process::ExitCode {
    sosta::cli::main(std::env::args_os())
}
