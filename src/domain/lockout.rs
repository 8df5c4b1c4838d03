//! The login lockout policy, pure (filled in by the staff-accounts work).
