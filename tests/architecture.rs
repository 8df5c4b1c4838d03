//! The invariants ARCHITECTURE.md states, checked on the source files.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

fn source(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Checks that no file under `dir` (or the file itself) mentions any of `forbidden`.
fn assert_absent(dir: &str, forbidden: &[&str]) {
    let root = source(dir);
    let files = if root.is_dir() {
        rust_files(&root)
    } else {
        vec![root]
    };
    assert!(!files.is_empty(), "{dir} has source files");
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for word in forbidden {
            assert!(!text.contains(word), "{} mentions {word}", file.display());
        }
    }
}

#[test]
fn the_domain_does_no_io_and_reads_no_clock() {
    assert_absent(
        "src/domain",
        &[
            "rusqlite",
            "slint",
            "printpdf",
            "std::fs",
            "SystemTime",
            "Utc::now",
            "Local::now",
            "std::env",
            "println!",
        ],
    );
}

#[test]
fn tokens_are_pure_too() {
    assert_absent(
        "src/token.rs",
        &[
            "rusqlite",
            "std::fs",
            "SystemTime",
            "Utc::now",
            "Local::now",
        ],
    );
}

#[test]
fn only_the_store_speaks_sql() {
    for file in rust_files(&source("src")) {
        if file.starts_with(source("src/store")) {
            continue;
        }
        let text = fs::read_to_string(&file).unwrap();
        assert!(
            !text.contains("rusqlite"),
            "{} uses rusqlite outside the store",
            file.display()
        );
    }
}

#[test]
fn the_binary_only_calls_the_library() {
    let main = fs::read_to_string(source("src/main.rs")).unwrap();
    assert!(
        main.lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with("//"))
            .count()
            <= 4
    );
}

#[test]
fn no_unwrap_or_expect_outside_tests_in_the_library() {
    for file in rust_files(&source("src")) {
        let text = fs::read_to_string(&file).unwrap();
        // Everything after the test module marker is test code.
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (n, line) in code.lines().enumerate() {
            let line = line.trim_start();
            // Const items are evaluated by the compiler; they are marked where they may panic.
            if line.starts_with("//") || line.ends_with("// compile-time") {
                continue;
            }
            assert!(
                !line.contains(".unwrap()")
                    && !line.contains(".expect(")
                    && !line.contains("panic!("),
                "{}:{}: {line}",
                file.display(),
                n + 1
            );
        }
    }
}

#[test]
fn migrations_are_numbered_and_listed_in_order() {
    let dir = source("src/store/migrations");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let store = fs::read_to_string(source("src/store/mod.rs")).unwrap();
    for (i, name) in names.iter().enumerate() {
        assert!(
            name.starts_with(&format!("{:04}_", i + 1)),
            "{name} is numbered {}",
            i + 1
        );
        assert!(
            store.contains(&format!("migrations/{name}")),
            "{name} is listed"
        );
    }
}

#[test]
fn no_column_can_hold_who_a_visitor_is() {
    let forbidden = [
        "name",
        "surname",
        "phone",
        "email",
        "nationality",
        "birth",
        "address",
        "passport",
        "document",
        "fiscal",
        "photo",
    ];
    let dir = source("src/store/migrations");
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let sql = fs::read_to_string(entry.path()).unwrap().to_lowercase();
        // Staff accounts carry the staff member's own name; every other table is checked.
        let mut table = String::new();
        for line in sql.lines().map(str::trim).filter(|l| !l.starts_with("--")) {
            if let Some(rest) = line.strip_prefix("create table ") {
                table = rest.split_whitespace().next().unwrap_or("").to_owned();
                continue;
            }
            if table == "staff" {
                continue;
            }
            let column = line.split_whitespace().next().unwrap_or("");
            for word in forbidden {
                assert!(
                    !column.contains(word),
                    "{}: column {column} may identify a visitor",
                    entry.path().display()
                );
            }
        }
    }
}

#[test]
fn screens_hold_no_words_of_their_own() {
    let dir = source("ui");
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let text = fs::read_to_string(entry.path()).unwrap();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            for property in [
                "text:",
                "title:",
                "accessible-label:",
                "accessible-description:",
            ] {
                let Some(value) = line.strip_prefix(property) else {
                    continue;
                };
                // Message ids passed to the translation global are not text.
                let mut value = value.to_owned();
                while let Some(start) = value.find("Tr.t(") {
                    let end = value[start..]
                        .find(')')
                        .map_or(value.len(), |e| start + e + 1);
                    value.replace_range(start..end, "");
                }
                // A literal with a word in it (three letters in a row) is text nobody translated.
                for literal in value.split('"').skip(1).step_by(2) {
                    let letters = literal
                        .chars()
                        .collect::<Vec<_>>()
                        .windows(3)
                        .any(|w| w.iter().all(|c| c.is_alphabetic()));
                    assert!(!letters, "{}:{}: {line}", entry.path().display(), n + 1);
                }
            }
        }
    }
}
