//! Files in the data folder, which only Sosta's user may read: private folders, and files
//! written whole or not at all. A leaf: it knows nothing of bookings.

use std::fs;
use std::io::Write as _;
use std::path::Path;

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
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&tmp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    fs::rename(&tmp, path)
}
