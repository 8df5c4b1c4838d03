//! Runs the real `sosta` binary on a fresh data folder, as a coordinator would.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

pub struct Sosta {
    pub dir: tempfile::TempDir,
}

impl Sosta {
    pub fn new() -> Sosta {
        Sosta {
            dir: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    pub fn data_dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn database(&self) -> PathBuf {
        self.dir.path().join("sosta.db")
    }

    /// A command for the binary on this data folder, in English.
    pub fn command(&self, now: &str, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_sosta"));
        cmd.arg("--data-dir")
            .arg(self.dir.path())
            .args(["--lang", "en", "--now", now])
            .args(args)
            .env_remove("SOSTA_DATA_DIR");
        cmd
    }

    pub fn run(&self, now: &str, args: &[&str]) -> Output {
        self.command(now, args).output().expect("the binary runs")
    }

    /// Runs a verb that must succeed with JSON output, and parses it.
    pub fn json(&self, now: &str, args: &[&str]) -> Value {
        let out = self.run(now, args);
        assert!(
            out.status.success(),
            "sosta {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).expect("valid JSON")
    }
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}
