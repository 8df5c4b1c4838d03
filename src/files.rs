//! Files in the data folder, which only Sosta's user may read: private folders, and files
//! written whole or not at all. A leaf: it knows nothing of bookings.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Creates a folder (and its parents) that only Sosta's user can enter, and makes an
/// existing one so: the data folder holds slips, keys and the database.
pub fn create_private_dir(path: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt as _, PermissionsExt as _};
        builder.mode(0o700);
        builder.create(path)?;
        fs::set_permissions(path, fs::Permissions::from_mode(0o700))
    }
    #[cfg(not(unix))]
    builder.create(path)
}

/// Writes a file whole or not at all (a temporary file renamed over it), readable by its
/// owner only: a slip or an export carries a valid ticket.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = write_temporary(path, bytes)?;
    fs::rename(&tmp, path).inspect_err(|_| {
        let _ = fs::remove_file(&tmp);
    })
}

/// A path beside `path` for a file being made before it takes `path`'s place.
pub fn temporary_beside(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(format!(".tmp{}", std::process::id()));
    PathBuf::from(name)
}

/// Puts a finished temporary file in `path`'s place, whole: made owner-only, synced to
/// the disk, renamed over `path`, and the folder synced so the rename survives a power
/// cut. When it fails the temporary file is removed and `path` is as it was.
pub fn place_synced(tmp: &Path, path: &Path) -> std::io::Result<()> {
    let placed = (|| {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            fs::set_permissions(tmp, fs::Permissions::from_mode(0o600))?;
        }
        fs::OpenOptions::new().write(true).open(tmp)?.sync_all()?;
        fs::rename(tmp, path)
    })();
    if placed.is_err() {
        let _ = fs::remove_file(tmp);
    }
    placed?;
    sync_folder_of(path)
}

/// Syncs the folder holding `path`, so that a file created or renamed in it is kept.
pub fn sync_folder_of(path: &Path) -> std::io::Result<()> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    #[cfg(unix)]
    fs::File::open(folder)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = folder;
    Ok(())
}

/// Writes several files of one folder, all or none: each goes to a temporary file beside
/// its place first, and only when every one is written and synced are they renamed over
/// the old ones. On failure no temporary file is left, and the error names the file.
pub fn write_all_atomically(
    folder: &Path,
    files: &[(&str, &[u8])],
) -> Result<(), (PathBuf, std::io::Error)> {
    let mut staged: Vec<(PathBuf, PathBuf)> = Vec::with_capacity(files.len());
    let clean = |staged: &[(PathBuf, PathBuf)]| {
        for (tmp, _) in staged {
            let _ = fs::remove_file(tmp);
        }
    };
    for (name, bytes) in files {
        let path = folder.join(name);
        match write_temporary(&path, bytes) {
            Ok(tmp) => staged.push((tmp, path)),
            Err(e) => {
                clean(&staged);
                return Err((path, e));
            }
        }
    }
    for (i, (tmp, path)) in staged.iter().enumerate() {
        if let Err(e) = fs::rename(tmp, path) {
            clean(&staged[i..]);
            return Err((path.clone(), e));
        }
    }
    Ok(())
}

/// The bytes of `path` in an owner-only temporary file beside it, synced to the disk;
/// nothing is left behind when that fails.
fn write_temporary(path: &Path, bytes: &[u8]) -> std::io::Result<PathBuf> {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&tmp)?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .inspect_err(|_| {
            let _ = fs::remove_file(&tmp);
        })?;
    Ok(tmp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn several_files_are_written_all_or_none() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.json"), "old").unwrap();
        // The second file cannot be made (its folder is missing): the first keeps its old
        // text and no temporary file stays behind.
        let error = write_all_atomically(
            dir.path(),
            &[("a.json", b"new"), ("missing/b.json", b"new")],
        )
        .unwrap_err();
        assert_eq!(error.0, dir.path().join("missing/b.json"));
        assert_eq!(
            fs::read_to_string(dir.path().join("a.json")).unwrap(),
            "old"
        );
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["a.json"]);
        write_all_atomically(dir.path(), &[("a.json", b"new"), ("b.json", b"new")]).unwrap();
        assert_eq!(
            fs::read_to_string(dir.path().join("a.json")).unwrap(),
            "new"
        );
        assert_eq!(
            fs::read_to_string(dir.path().join("b.json")).unwrap(),
            "new"
        );
    }
}
