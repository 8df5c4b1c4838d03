//! Staff accounts and the audit log in SQL (filled in by the staff-accounts work).
