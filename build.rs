//! Compiles the Slint UI, and embeds every translation file (`i18n/<locale>/*.ftl`) into the binary, so the kiosk runs
//! the same from any folder and a missing file is a build error, not a blank screen.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    embed_translations();
    embed_icons();
    slint_build::compile("ui/app.slint").expect("the screens compile");
}

fn embed_translations() {
    let root = manifest_dir().join("i18n");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut entries = Vec::new();
    let locales = fs::read_dir(&root).expect("the i18n folder exists in the source tree");
    for locale in locales.flatten() {
        let path = locale.path();
        if !path.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let name = locale.file_name().to_string_lossy().into_owned();
        for file in fs::read_dir(&path)
            .expect("a locale folder is readable")
            .flatten()
        {
            let file = file.path();
            if file.extension().is_some_and(|e| e == "ftl") {
                println!("cargo:rerun-if-changed={}", file.display());
                entries.push((name.clone(), file));
            }
        }
    }
    entries.sort();
    let mut out = String::from(
        "/// (locale, file name, contents) of every embedded translation file.\npub static FILES: &[(&str, &str, &str)] = &[\n",
    );
    for (locale, file) in &entries {
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        writeln!(
            out,
            "    ({locale:?}, {name:?}, include_str!({:?})),",
            file.display().to_string()
        )
        .expect("writing to a String cannot fail");
    }
    out.push_str("];\n");
    let target = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("i18n_files.rs");
    fs::write(target, out).expect("OUT_DIR is writable");
}

/// Embeds every icon (`assets/icons/*.svg`), so the kiosk, the slip and the staff station
/// draw the same pictures from one table.
fn embed_icons() {
    let root = manifest_dir().join("assets/icons");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut icons: Vec<(String, std::path::PathBuf)> = fs::read_dir(&root)
        .expect("the icons folder exists in the source tree")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "svg"))
        .map(|p| {
            let name = p
                .file_stem()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, p)
        })
        .collect();
    // Sorted by name, for the binary search in src/icons.rs.
    icons.sort();
    let mut out = String::from(
        "/// (name, SVG text) of every embedded icon, sorted by name.\npub static ICONS: &[(&str, &str)] = &[\n",
    );
    for (name, path) in &icons {
        writeln!(
            out,
            "    ({name:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .expect("writing to a String cannot fail");
    }
    out.push_str("];\n");
    let target = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("icons.rs");
    fs::write(target, out).expect("OUT_DIR is writable");
}

/// The crate's folder, read when the script runs (not `env!`, which would bake in the
/// folder the script was compiled in: a build cache shared by two clones at different
/// paths would then embed the other clone's files, or fail once that clone is gone).
fn manifest_dir() -> PathBuf {
    PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"))
}
