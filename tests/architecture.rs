//! The invariants ARCHITECTURE.md states, checked on the source files.

use std::collections::{BTreeMap, BTreeSet};
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

/// The views are pure functions of state: they read no database, clock, file or window,
/// log nothing and draw nothing, so their unit tests need neither Slint nor a data folder.
#[test]
fn views_do_no_io_and_know_no_slint() {
    for view in ["src/kiosk/view.rs", "src/staff/view.rs"] {
        assert_absent(
            view,
            &[
                "slint",
                "crate::ui",
                "crate::wiring",
                "crate::slips",
                "crate::print",
                "crate::accounts",
                "App",
                "Store {",
                "std::fs",
                "Utc::now",
                "log::",
                "println!",
            ],
        );
    }
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
        for client in ["rusqlite", "postgres::"] {
            assert!(
                !text.contains(client),
                "{} uses {client} outside the store",
                file.display()
            );
        }
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
        let code = without_tests(&text);
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

/// Every shipped migration and the SHA-256 of its bytes. A migration that has shipped is
/// never edited (databases in the field ran the old text): add a new one instead, and its
/// line here.
const SHIPPED_MIGRATIONS: [(&str, &str); 11] = [
    (
        "0001_initial.sql",
        "f0e177b61dd021ef394bbe8b398acac1d5c58807483b8e183eb6d182dfbc2858",
    ),
    (
        "0002_staff.sql",
        "c7255ec41f8a1a315593816ca67d193a8bc1a587f81c3c82e98f6e31d35f893e",
    ),
    (
        "0003_queue_calls.sql",
        "17592e714260b26548f6fd2b7cb042e9bcab7dfea55c76aecccc0a85a2ab10fc",
    ),
    (
        "0004_kiosk_lock.sql",
        "2e2475ea00c26a0e4db24392399ca3abea8e83b8138f009d1f9a7302d7a4f6c8",
    ),
    (
        "0005_discreet.sql",
        "e7a501e77869e051adcffbfb5a0b82f3c7b2e2f18bec56c0e71ee3e2c4726d2a",
    ),
    (
        "0006_figures.sql",
        "05ac86a8b861521ed19eef120ec8c22eeac064cb63f54d298c0bd60bad47037e",
    ),
    (
        "0007_site_key.sql",
        "731fb6edc69974d4968c8d2dddd66e9f0423230d20773f469b2b8a6291efd9df",
    ),
    (
        "0008_sites.sql",
        "d4c881c9260628480a7486460ab7705ba40a7894606118905eaf35edac994a1a",
    ),
    (
        "0009_console.sql",
        "eaa08b322d0a8cd97a3d05eba8a70dbcd2407b9cf344442fd470d072768ba5d7",
    ),
    (
        "0010_calls.sql",
        "e8d2752f13b52c24808d9edb330b5e33ad6be905086d98ec93f1b9d1d3dba9a4",
    ),
    (
        "0011_standby.sql",
        "8ec9d2e536ddbfeb65d2351a646d90aebd66ebe6b864e07ec3b8726ec9e5645d",
    ),
];

/// The PostgreSQL twins, one for one with the SQLite migrations, pinned the same way.
const SHIPPED_PG_MIGRATIONS: [(&str, &str); 11] = [
    (
        "0001_initial.sql",
        "849fdc610b4699560dbbea3751c5337dc14d81e2fa8d6ed81d8ef0a5bf6b74dc",
    ),
    (
        "0002_staff.sql",
        "2aae2a4f24a1b321d27867edf79a2e2b8ddd25f24d1dc7e63472e60f4f614a03",
    ),
    (
        "0003_queue_calls.sql",
        "8136fae696c69a140c5152a0d301ed01eda47d76a40ce0714afbfbd40ed4b7b7",
    ),
    (
        "0004_kiosk_lock.sql",
        "f9e6458ed4364d37bb182e4da12b8c87fd37eb0901a8e03933b175fbf554a6f3",
    ),
    (
        "0005_discreet.sql",
        "02fa15eb79735fdd244d8626870e8ebcd1802b4e03aa35523f5b163b4fb0bafa",
    ),
    (
        "0006_figures.sql",
        "75d17f093dc1ffa095eac8f5355f972b01093433c461ad866dcd67fb37548a08",
    ),
    (
        "0007_site_key.sql",
        "54f218eea33a2cee0252dbd9df3d436391be48d4dfdd9c6289afda52e6a9a31e",
    ),
    (
        "0008_sites.sql",
        "625fb4b99f086309d2d0cd0d7adbbffed0bc5f20a4930988d1f21f3599a858b2",
    ),
    (
        "0009_console.sql",
        "ae7db244ea80e7d17d745fd46a40d4f22975a842147955076196bc72ee2de68f",
    ),
    (
        "0010_calls.sql",
        "a891242e3e1f5593a6ce786f51343fac0586937219da16ac744c36c6637da42f",
    ),
    (
        "0011_standby.sql",
        "6d4c13d86fdc9d5d755e9102eac63775178bd87e2fb9139ae298c640b15c573b",
    ),
];

#[test]
fn migrations_are_numbered_listed_in_order_and_never_edited() {
    check_migrations("src/store/migrations", "migrations/", &SHIPPED_MIGRATIONS);
    check_migrations(
        "src/store/migrations/postgres",
        "migrations/postgres/",
        &SHIPPED_PG_MIGRATIONS,
    );
    let names = |list: &[(&str, &str)]| list.iter().map(|(n, _)| n.to_string()).collect::<Vec<_>>();
    assert_eq!(
        names(&SHIPPED_MIGRATIONS),
        names(&SHIPPED_PG_MIGRATIONS),
        "each SQLite migration has its PostgreSQL twin, with the same number and name"
    );
}

fn check_migrations(folder: &str, prefix: &str, shipped: &[(&str, &str)]) {
    use sha2::Digest as _;
    let dir = source(folder);
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let listed_names: Vec<&str> = shipped.iter().map(|(n, _)| *n).collect();
    assert_eq!(
        names, listed_names,
        "every migration file of {folder} has its line in the shipped list"
    );
    let store = fs::read_to_string(source("src/store/mod.rs")).unwrap();
    let mut last_listed = 0;
    for (i, (name, sha)) in shipped.iter().enumerate() {
        assert!(
            name.starts_with(&format!("{:04}_", i + 1)),
            "{name} is numbered {}",
            i + 1
        );
        let listed = store
            .find(&format!("\"{prefix}{name}\""))
            .unwrap_or_else(|| panic!("{prefix}{name} is not listed in store/mod.rs"));
        assert!(
            listed > last_listed,
            "{name} is listed after the one before it"
        );
        last_listed = listed;
        let bytes = fs::read(dir.join(name)).unwrap();
        let digest: String = sha2::Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(&digest, sha, "{folder}/{name} was edited after it shipped");
    }
}

/// Column names that would say who a visitor is.
const IDENTIFYING: [&str; 11] = [
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

/// The (table, column) pairs of a database that could hold who a visitor is. Staff
/// accounts carry the staff member's own name; every other table is checked.
fn identifying_columns(db: &rusqlite::Connection) -> Vec<(String, String)> {
    let tables: Vec<String> = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut found = Vec::new();
    for table in tables.into_iter().filter(|t| t != "staff") {
        let columns: Vec<String> = db
            .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
            .unwrap()
            .query_map([], |row| row.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        for column in columns {
            let lower = column.to_lowercase();
            if IDENTIFYING.iter().any(|word| lower.contains(word)) {
                found.push((table.clone(), column));
            }
        }
    }
    found
}

#[test]
fn no_column_can_hold_who_a_visitor_is() {
    // The schema as every migration, ALTER TABLE included, really leaves it.
    let dir = tempfile::tempdir().unwrap();
    let app = sosta::app::App::open(
        sosta::app::DataDir::resolve(Some(dir.path().to_path_buf())).unwrap(),
        &["it"],
    )
    .unwrap();
    let db = rusqlite::Connection::open(app.data_dir.database()).unwrap();
    assert_eq!(identifying_columns(&db), Vec::<(String, String)>::new());
    // The check sees a column added later, whatever the line looks like.
    db.execute_batch("ALTER TABLE visit ADD COLUMN phone TEXT")
        .unwrap();
    assert_eq!(
        identifying_columns(&db),
        vec![("visit".to_owned(), "phone".to_owned())]
    );
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

/// The source of a file without its test modules (by convention at the end of the file);
/// nothing of a file compiled for tests only (`#![cfg(test)]`).
fn without_tests(text: &str) -> &str {
    if text.contains("#![cfg(test)]") {
        return "";
    }
    text.find("#[cfg(test)]").map_or(text, |at| &text[..at])
}

/// The module a source file belongs to: `src/x.rs` and `src/x/…` are `x`.
fn module_of(file: &Path) -> Option<String> {
    let relative = file.strip_prefix(source("src")).ok()?;
    let first = relative.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (!matches!(name, "lib" | "main")).then(|| name.to_owned())
}

/// The modules named by `crate::NAME` paths in a text.
fn crate_paths(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (at, _) in text.match_indices("crate::") {
        // `sosta::crate::` cannot occur; skip `$crate::` in macros.
        if text[..at].ends_with('$') {
            continue;
        }
        let name: String = text[at + "crate::".len()..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() {
            found.insert(name);
        }
    }
    found
}

/// The table of layers in ARCHITECTURE.md: module → the modules it may use.
fn layer_table() -> BTreeMap<String, BTreeSet<String>> {
    let doc = fs::read_to_string(source("ARCHITECTURE.md")).unwrap();
    let section = doc
        .split("## Layers")
        .nth(1)
        .expect("ARCHITECTURE.md has a Layers section");
    let section = section.split("\n## ").next().unwrap_or(section);
    let names = |cell: &str| -> BTreeSet<String> {
        cell.split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect()
    };
    let mut table = BTreeMap::new();
    for line in section.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let module = names(cells[1]).into_iter().next().unwrap();
        table.insert(module, names(cells[2]));
    }
    table
}

fn assert_acyclic(graph: &BTreeMap<String, BTreeSet<String>>, what: &str) {
    // Repeatedly remove nodes that use nothing left; what remains is on a cycle.
    let mut left = graph.clone();
    loop {
        let leaves: Vec<String> = left
            .iter()
            .filter(|(_, uses)| uses.iter().all(|u| !left.contains_key(u)))
            .map(|(m, _)| m.clone())
            .collect();
        if leaves.is_empty() {
            break;
        }
        for leaf in leaves {
            left.remove(&leaf);
        }
    }
    assert!(
        left.is_empty(),
        "{what} has a cycle among {:?}",
        left.keys()
    );
}

#[test]
fn every_module_uses_only_what_the_table_of_layers_allows() {
    let table = layer_table();
    assert!(table.len() >= 20, "the table was read: {table:?}");
    assert_acyclic(&table, "the table of layers");
    let mut seen = BTreeSet::new();
    for file in rust_files(&source("src")) {
        let Some(module) = module_of(&file) else {
            continue;
        };
        let text = fs::read_to_string(&file).unwrap();
        if without_tests(&text).is_empty() {
            // Test fixtures: no layer of the program.
            continue;
        }
        let allowed = table
            .get(&module)
            .unwrap_or_else(|| panic!("{module} ({}) is not in the table", file.display()));
        seen.insert(module.clone());
        for used in crate_paths(without_tests(&text)) {
            assert!(
                used == module || allowed.contains(&used),
                "{} ({module}) uses {used}, which the table of layers does not allow",
                file.display()
            );
        }
    }
    let listed: BTreeSet<String> = table.keys().cloned().collect();
    let missing: Vec<_> = listed
        .difference(&seen)
        .filter(|m| m.as_str() != "ui")
        .collect();
    assert!(
        missing.is_empty(),
        "the table lists modules that do not exist: {missing:?}"
    );
}

#[test]
fn the_rules_of_the_domain_do_not_import_each_other_in_a_circle() {
    let mut graph = BTreeMap::new();
    for file in rust_files(&source("src/domain")) {
        let name = file.file_stem().unwrap().to_str().unwrap().to_owned();
        if name == "mod" {
            continue;
        }
        let text = fs::read_to_string(&file).unwrap();
        let code = without_tests(&text);
        let mut uses = BTreeSet::new();
        for prefix in ["super::", "crate::domain::"] {
            for (at, _) in code.match_indices(prefix) {
                let used: String = code[at + prefix.len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if used != name && used.chars().next().is_some_and(|c| c.is_lowercase()) {
                    uses.insert(used);
                }
            }
        }
        graph.insert(name, uses);
    }
    assert!(graph.contains_key("decide") && graph.contains_key("booking"));
    assert_acyclic(&graph, "domain");
}

#[test]
fn the_domain_draws_no_randomness_and_tokens_draw_it_only_for_new_codes_and_keys() {
    assert_absent("src/domain", &["getrandom", "rand::", "thread_rng"]);
    // Tokens are pure but for two places: a new short code (`ShortCode::random`) and a new
    // signing key (`SigningKey::generate`) need fresh random bytes.
    let token = fs::read_to_string(source("src/token.rs")).unwrap();
    let lines: Vec<&str> = without_tests(&token).lines().collect();
    let mut draws = 0;
    for (at, line) in lines.iter().enumerate() {
        if !line.contains("getrandom::fill") {
            continue;
        }
        draws += 1;
        let function = lines[..at]
            .iter()
            .rev()
            .find(|l| l.trim_start().starts_with("pub fn ") || l.trim_start().starts_with("fn "))
            .unwrap();
        assert!(
            function.contains("fn random(") || function.contains("fn generate("),
            "token.rs draws randomness in {function:?}"
        );
    }
    assert_eq!(draws, 2, "token.rs draws randomness in two places");
}
