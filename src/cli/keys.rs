//! `sosta keys rotate`: new slips signed with a fresh key, earlier slips still valid.

use super::*;

#[derive(clap::Subcommand, Clone, Debug, PartialEq, Eq)]
pub enum KeysAction {
    Rotate,
}

pub(super) fn keys(app: &mut App, tr: Tr<'_>, action: KeysAction) -> Outcome {
    let KeysAction::Rotate = action;
    let id = app
        .rotate_keys()
        .map_err(|e| Failure::could_not(app_error(tr, &e)))?;
    say!("{}", tr.args("keys-rotated", &[("id", id.into())]));
    Ok(())
}
