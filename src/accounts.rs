//! Staff accounts: PINs as Argon2id hashes, login with lockout (filled in by the staff-accounts work).
