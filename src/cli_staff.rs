//! The `staff-user` and `audit` verbs (filled in by the staff-accounts work).
