//! Slip tokens: the signed payload printed as a QR code on a visitor's slip, and the
//! short code a visitor can type on the keypad when the scanner cannot read the slip.
//!
//! # Payload format v1
//!
//! Slips stay in pockets across software upgrades, so the byte layout below is defined
//! here once and written field by field; it must never be derived from a struct layout.
//!
//! | offset | length | field                                                        |
//! |--------|--------|--------------------------------------------------------------|
//! | 0      | 1      | key id                                                       |
//! | 1      | 8      | visit id, `u64` big-endian                                   |
//! | 9      | 2      | issue date as days since 2020-01-01, `u16` big-endian        |
//! | 11     | 16     | first 16 bytes of HMAC-SHA256(secret, `"S1"` ++ bytes 0..11) |
//!
//! The text is `"S1"` followed by the 27 bytes in Crockford base32 (alphabet
//! `0123456789ABCDEFGHJKMNPQRSTVWXYZ`, most significant bit first, no padding): 216 bits
//! make 44 characters whose last 4 bits must be zero, 46 characters in all. USB
//! scanners type the text through Italian or US keyboard layouts, and digits and
//! upper-case letters are the only characters both layouts place on the same keys.
//!
//! # Short code
//!
//! Seven random characters from `23456789ABCDEFGHJKMNPQRSTUVWXYZ` plus one check
//! character, chosen so that `sum((i + 1) * value_i) % 31 == 0` over the eight
//! positions. Since 31 is prime and the weights 1..=8 are distinct and nonzero, changing
//! one character or swapping two different neighbours always breaks the sum.

use std::fmt::{self, Write as _};
use std::iter;
use std::str::FromStr;

use chrono::{Days, NaiveDate};
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use thiserror::Error;

use crate::domain::VisitId;

type HmacSha256 = Hmac<Sha256>;

/// Length in characters of a v1 payload, prefix included.
pub const PAYLOAD_LEN: usize = 46;
/// Length in characters of a short code without its display hyphen.
pub const SHORT_CODE_LEN: usize = 8;
/// Length in bytes of a signing secret.
pub const SECRET_LEN: usize = 32;

/// The version prefix is part of the signed message, so a tag made for one format
/// version can never be replayed under another.
const PAYLOAD_PREFIX: &[u8; 2] = b"S1";
const SIGNED_LEN: usize = 11;
const TAG_LEN: usize = 16;
/// HMAC-SHA256 works on 64-byte blocks; see [`SigningKey::mac`].
const HMAC_BLOCK_LEN: usize = 64;
const SHORT_DATA_LEN: usize = SHORT_CODE_LEN - 1;
/// Nothing valid comes near this length even with generous spacing in a short code, so
/// longer scans are rejected before any further work or logging of their content.
const MAX_SCAN_LEN: usize = 64;

const BASE32_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const SHORT_ALPHABET: &[u8; 31] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
/// The modulus of the check rule, which is also the size of the short code alphabet.
const SHORT_BASE: u32 = 31;
/// The multiplicative inverse of the check character's weight 8 modulo 31, because
/// 8 * 4 = 32 = 1 (mod 31); it turns the required weighted value into the check value.
const CHECK_WEIGHT_INVERSE: u32 = 4;

const NOT_IN_ALPHABET: u8 = u8::MAX;
const BASE32_VALUES: [u8; 256] = value_table(BASE32_ALPHABET);
const SHORT_VALUES: [u8; 256] = value_table(SHORT_ALPHABET);

const EPOCH: NaiveDate = match NaiveDate::from_ymd_opt(2020, 1, 1) {
    Some(date) => date,
    // A const item: evaluated by the compiler, so this can never fire at run time.
    None => panic!("2020-01-01 is a valid date"), // compile-time
};

/// Maps every byte to its value in `alphabet`, accepting both cases so that decoding
/// needs no separate upper-casing pass; bytes outside the alphabet map to
/// `NOT_IN_ALPHABET`, which rules out Crockford's lenient aliases such as `O` for `0`.
const fn value_table(alphabet: &[u8]) -> [u8; 256] {
    let mut table = [NOT_IN_ALPHABET; 256];
    let mut value = 0;
    while value < alphabet.len() {
        let upper = alphabet[value];
        table[upper as usize] = value as u8;
        table[upper.to_ascii_lowercase() as usize] = value as u8;
        value += 1;
    }
    table
}

/// Errors while creating tokens, codes or keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum TokenError {
    #[error("issue date {0} is before 2020-01-01")]
    DateBeforeEpoch(NaiveDate),
    #[error("issue date {0} is more than 65535 days after 2020-01-01")]
    DateAfterRange(NaiveDate),
    #[error("system random number generator failed")]
    Random(#[from] getrandom::Error),
    #[error("all 256 key ids are in use")]
    KeyIdsExhausted,
}

/// Scanner or keypad input that is neither a well-formed payload nor a short code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum Malformed {
    #[error("scan is empty")]
    Empty,
    #[error("scan is {len} bytes long, more than any slip code")]
    TooLong { len: usize },
    #[error("scan contains a non-ASCII character")]
    NotAscii,
    #[error("scan has {len} characters, neither a payload nor a short code")]
    Unrecognised { len: usize },
    #[error("payload has {len} characters instead of 46")]
    PayloadLength { len: usize },
    #[error("payload character {found:?} at position {position} is not in the alphabet")]
    PayloadCharacter { position: usize, found: char },
    #[error("payload has nonzero padding bits")]
    NonCanonical,
    #[error("short code has {len} characters instead of 8")]
    ShortCodeLength { len: usize },
    #[error("short code character {found:?} at position {position} is not in the alphabet")]
    ShortCodeCharacter { position: usize, found: char },
    #[error("short code check character does not match")]
    ShortCodeCheck,
}

/// A well-formed payload whose signature does not hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum Forged {
    #[error("token names unknown key id {0}")]
    UnknownKey(u8),
    #[error("token tag does not match key id {0}")]
    BadTag(u8),
}

/// A problem in a key file. Messages never quote the line, which may hold a secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum KeyFileError {
    #[error("line {line}: expected a key id and a secret separated by a space")]
    BadLine { line: usize },
    #[error("line {line}: key id is not a decimal number from 0 to 255")]
    BadId { line: usize },
    #[error("line {line}: secret has {len} characters instead of 64")]
    WrongLength { line: usize, len: usize },
    #[error("line {line}: secret is not lowercase hexadecimal")]
    BadHex { line: usize },
    #[error("line {line}: key id {id} is already used on line {first}")]
    DuplicateId { line: usize, id: u8, first: usize },
    #[error("key file contains no key")]
    NoKey,
}

/// A classified scan; a payload still has to go through [`Keyring::verify`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scanned {
    Payload(ScannedToken),
    ShortCode(ShortCode),
}

/// A payload that decoded cleanly but whose signature has not been checked yet, so it
/// exposes nothing but the key id (useful in logs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ScannedToken {
    signed: [u8; SIGNED_LEN],
    tag: [u8; TAG_LEN],
}

impl ScannedToken {
    /// The key id the token claims to be signed with.
    pub fn key_id(&self) -> u8 {
        self.signed[0]
    }
}

/// A token whose signature checked out. The private field keeps code outside this
/// module from building one without going through [`Keyring::verify`].
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct VerifiedToken {
    pub key_id: u8,
    pub visit: VisitId,
    pub issued_on: NaiveDate,
    _sealed: Sealed,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Sealed;

impl fmt::Debug for VerifiedToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VerifiedToken")
            .field("key_id", &self.key_id)
            .field("visit", &self.visit)
            .field("issued_on", &self.issued_on)
            .finish()
    }
}

/// Classifies and decodes raw scanner or keypad input.
///
/// Whitespace and control characters at both ends are dropped and case is ignored.
/// Input starting with `S1` is a payload and must then be exactly 46 characters; a
/// short code can never start that way because `1` is not in its alphabet. Anything
/// else is a short code once spaces and hyphens are removed. Runs in linear time and
/// returns an error rather than panicking on any input.
pub fn parse_scan(raw: &str) -> Result<Scanned, Malformed> {
    let text = clean_scan(raw)?;
    let is_payload = text
        .get(..PAYLOAD_PREFIX.len())
        .is_some_and(|prefix| prefix.eq_ignore_ascii_case(PAYLOAD_PREFIX));
    if is_payload {
        decode_payload(text).map(Scanned::Payload)
    } else {
        match ShortCode::from_ascii(text) {
            Ok(code) => Ok(Scanned::ShortCode(code)),
            Err(Malformed::ShortCodeLength { len }) => Err(Malformed::Unrecognised { len }),
            Err(other) => Err(other),
        }
    }
}

/// Drops what scanners add around a code and rejects input that cannot be one, so the
/// decoders below only ever see short ASCII.
fn clean_scan(raw: &str) -> Result<&[u8], Malformed> {
    let text = raw.trim_matches(|c: char| c.is_whitespace() || c.is_control());
    if text.is_empty() {
        Err(Malformed::Empty)
    } else if text.len() > MAX_SCAN_LEN {
        Err(Malformed::TooLong { len: text.len() })
    } else if !text.is_ascii() {
        Err(Malformed::NotAscii)
    } else {
        Ok(text.as_bytes())
    }
}

fn decode_payload(text: &[u8]) -> Result<ScannedToken, Malformed> {
    if text.len() != PAYLOAD_LEN {
        return Err(Malformed::PayloadLength { len: text.len() });
    }
    let mut token = ScannedToken {
        signed: [0; SIGNED_LEN],
        tag: [0; TAG_LEN],
    };
    // The length check above means the 44 characters yield exactly 27 bytes, which
    // fill the two arrays in order.
    let mut out = token.signed.iter_mut().chain(token.tag.iter_mut());
    let mut acc: u32 = 0;
    let mut bits = 0;
    for (position, &c) in text.iter().enumerate().skip(PAYLOAD_PREFIX.len()) {
        let value = BASE32_VALUES[usize::from(c)];
        if value == NOT_IN_ALPHABET {
            return Err(Malformed::PayloadCharacter {
                position,
                found: char::from(c),
            });
        }
        acc = (acc << 5) | u32::from(value);
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            if let Some(byte) = out.next() {
                *byte = (acc >> bits) as u8;
            }
            acc &= (1 << bits) - 1;
        }
    }
    // Rejecting nonzero leftover bits keeps exactly one text per token, so two
    // different strings never verify as the same slip.
    if acc != 0 {
        return Err(Malformed::NonCanonical);
    }
    Ok(token)
}

fn encode_payload(signed: &[u8; SIGNED_LEN], tag: &[u8; TAG_LEN]) -> String {
    let mut text = String::with_capacity(PAYLOAD_LEN);
    text.extend(PAYLOAD_PREFIX.iter().map(|&b| char::from(b)));
    let mut acc: u32 = 0;
    let mut bits = 0;
    for &byte in signed.iter().chain(tag) {
        acc = (acc << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            text.push(char::from(BASE32_ALPHABET[((acc >> bits) & 31) as usize]));
        }
        acc &= (1 << bits) - 1;
    }
    if bits > 0 {
        text.push(char::from(
            BASE32_ALPHABET[((acc << (5 - bits)) & 31) as usize],
        ));
    }
    text
}

fn signed_fields(key_id: u8, visit: VisitId, day: u16) -> [u8; SIGNED_LEN] {
    let [v0, v1, v2, v3, v4, v5, v6, v7] = visit.0.to_be_bytes();
    let [d0, d1] = day.to_be_bytes();
    [key_id, v0, v1, v2, v3, v4, v5, v6, v7, d0, d1]
}

fn day_number(date: NaiveDate) -> Result<u16, TokenError> {
    let days = date.signed_duration_since(EPOCH).num_days();
    if days < 0 {
        return Err(TokenError::DateBeforeEpoch(date));
    }
    u16::try_from(days).map_err(|_| TokenError::DateAfterRange(date))
}

fn day_to_date(day: u16) -> NaiveDate {
    // The largest offset, 65535 days, lands in 2199, far inside chrono's range, so the
    // addition cannot overflow; the test `every_day_number_round_trips` checks it.
    EPOCH + Days::new(u64::from(day))
}

/// An 8-character code for typing on a keypad, stored in the database as `as_str()`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ShortCode {
    text: [u8; SHORT_CODE_LEN],
}

impl ShortCode {
    /// Draws a fresh code from the operating system's random source.
    pub fn random() -> Result<ShortCode, TokenError> {
        // Bytes from 248 up are discarded because 256 is not a multiple of 31; keeping
        // them would make the first eight characters of the alphabet more likely.
        const LIMIT: u8 = (SHORT_BASE * 8) as u8;
        let mut data = [0; SHORT_DATA_LEN];
        let mut filled = 0;
        while filled < SHORT_DATA_LEN {
            let mut pool = [0; 16];
            getrandom::fill(&mut pool)?;
            for byte in pool.into_iter().filter(|&b| b < LIMIT) {
                if let Some(slot) = data.get_mut(filled) {
                    *slot = byte % SHORT_BASE as u8;
                    filled += 1;
                }
            }
        }
        Ok(ShortCode::from_values(data))
    }

    /// Builds the code whose seven data characters have the given alphabet indices, or
    /// `None` if any index is 31 or more.
    pub fn from_data(data: [u8; SHORT_DATA_LEN]) -> Option<ShortCode> {
        data.iter()
            .all(|&v| u32::from(v) < SHORT_BASE)
            .then(|| ShortCode::from_values(data))
    }

    /// Callers pass indices below 31; the reduction only keeps the indexing total.
    fn from_values(data: [u8; SHORT_DATA_LEN]) -> ShortCode {
        let mut text = [0; SHORT_CODE_LEN];
        let values = data
            .iter()
            .map(|&v| u32::from(v) % SHORT_BASE)
            .chain(iter::once(check_value(&data)));
        for (slot, value) in text.iter_mut().zip(values) {
            *slot = SHORT_ALPHABET[value as usize];
        }
        ShortCode { text }
    }

    /// The eight characters without the display hyphen.
    pub fn as_str(&self) -> &str {
        // The bytes always come from the ASCII alphabet, so the fallback is never used.
        std::str::from_utf8(&self.text).unwrap_or_default()
    }

    /// Parses normalised ASCII: spaces and hyphens are ignored and case does not matter.
    fn from_ascii(text: &[u8]) -> Result<ShortCode, Malformed> {
        let mut code = [0; SHORT_CODE_LEN];
        let mut len = 0;
        for &c in text.iter().filter(|&&c| c != b' ' && c != b'-') {
            if let Some(slot) = code.get_mut(len) {
                *slot = c;
            }
            len += 1;
        }
        if len != SHORT_CODE_LEN {
            return Err(Malformed::ShortCodeLength { len });
        }
        let mut sum = 0;
        for ((position, slot), weight) in code.iter_mut().enumerate().zip(1..) {
            let value = SHORT_VALUES[usize::from(*slot)];
            if value == NOT_IN_ALPHABET {
                return Err(Malformed::ShortCodeCharacter {
                    position,
                    found: char::from(*slot),
                });
            }
            *slot = slot.to_ascii_uppercase();
            sum += weight * u32::from(value);
        }
        if sum % SHORT_BASE != 0 {
            return Err(Malformed::ShortCodeCheck);
        }
        Ok(ShortCode { text: code })
    }
}

/// The check value that brings the weighted sum of all eight values to 0 modulo 31.
fn check_value(data: &[u8; SHORT_DATA_LEN]) -> u32 {
    let sum: u32 = (1..)
        .zip(data)
        .map(|(weight, &v)| weight * (u32::from(v) % SHORT_BASE))
        .sum();
    (SHORT_BASE - sum % SHORT_BASE) % SHORT_BASE * CHECK_WEIGHT_INVERSE % SHORT_BASE
}

impl FromStr for ShortCode {
    type Err = Malformed;

    /// Accepts what a person might type or the database holds: `abcd-efgh`, `ABCD EFGH`.
    fn from_str(s: &str) -> Result<ShortCode, Malformed> {
        ShortCode::from_ascii(clean_scan(s)?)
    }
}

impl fmt::Display for ShortCode {
    /// Groups the code as `ABCD-EFGH`, which is easier to read aloud and copy.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, &c) in self.text.iter().enumerate() {
            if i == SHORT_CODE_LEN / 2 {
                f.write_char('-')?;
            }
            f.write_char(char::from(c))?;
        }
        Ok(())
    }
}

impl fmt::Debug for ShortCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ShortCode").field(&self.as_str()).finish()
    }
}

/// One HMAC key. Its `Debug` output leaves out the secret so that keys can appear in
/// logs and panic messages without leaking.
#[derive(Clone)]
pub struct SigningKey {
    id: u8,
    secret: [u8; SECRET_LEN],
}

impl SigningKey {
    pub fn new(id: u8, secret: [u8; SECRET_LEN]) -> SigningKey {
        SigningKey { id, secret }
    }

    /// Creates a key with a secret from the operating system's random source.
    pub fn generate(id: u8) -> Result<SigningKey, TokenError> {
        let mut secret = [0; SECRET_LEN];
        getrandom::fill(&mut secret)?;
        Ok(SigningKey { id, secret })
    }

    pub fn id(&self) -> u8 {
        self.id
    }

    /// HMAC zero-pads keys shorter than the hash block (RFC 2104, section 2), so padding
    /// the secret here yields standard HMAC-SHA256 under the 32-byte secret while using
    /// the constructor that cannot fail.
    fn mac(&self, signed: &[u8; SIGNED_LEN]) -> HmacSha256 {
        let mut key = [0; HMAC_BLOCK_LEN];
        for (slot, &byte) in key.iter_mut().zip(&self.secret) {
            *slot = byte;
        }
        let mut mac = HmacSha256::new(&key.into());
        mac.update(PAYLOAD_PREFIX);
        mac.update(signed);
        mac
    }

    fn tag(&self, signed: &[u8; SIGNED_LEN]) -> [u8; TAG_LEN] {
        let mut tag = [0; TAG_LEN];
        for (slot, &byte) in tag
            .iter_mut()
            .zip(&self.mac(signed).finalize().into_bytes())
        {
            *slot = byte;
        }
        tag
    }
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SigningKey")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

/// The installation's keys: new slips are signed with the active key, while retired
/// keys still verify slips printed before a rotation.
#[derive(Debug, Clone)]
pub struct Keyring {
    active: SigningKey,
    retired: Vec<SigningKey>,
}

impl Keyring {
    pub fn new(active: SigningKey) -> Keyring {
        Keyring {
            active,
            retired: Vec::new(),
        }
    }

    /// Creates a keyring holding one fresh random key.
    pub fn generate(id: u8) -> Result<Keyring, TokenError> {
        SigningKey::generate(id).map(Keyring::new)
    }

    pub fn active_id(&self) -> u8 {
        self.active.id
    }

    /// Ids of all keys in file order, the active one last.
    pub fn key_ids(&self) -> impl Iterator<Item = u8> {
        self.keys().map(SigningKey::id)
    }

    fn keys(&self) -> impl Iterator<Item = &SigningKey> {
        self.retired.iter().chain(iter::once(&self.active))
    }

    fn key(&self, id: u8) -> Option<&SigningKey> {
        self.keys().find(|key| key.id == id)
    }

    /// Makes a fresh random key active and retires the current one. The new id is the
    /// first unused one after the active id, wrapping past 255.
    pub fn rotate(&mut self) -> Result<(), TokenError> {
        let id = (1..=u8::MAX)
            .map(|step| self.active.id.wrapping_add(step))
            .find(|&id| self.key(id).is_none())
            .ok_or(TokenError::KeyIdsExhausted)?;
        let previous = std::mem::replace(&mut self.active, SigningKey::generate(id)?);
        self.retired.push(previous);
        Ok(())
    }

    /// Reads a key file: one `<id> <64 lowercase hex>` per line, blank lines and `#`
    /// comments allowed, the last key being the active one.
    pub fn parse(text: &str) -> Result<Keyring, KeyFileError> {
        let mut keys: Vec<(usize, SigningKey)> = Vec::new();
        for (line, content) in (1..).zip(text.lines()) {
            let content = content.trim();
            if content.is_empty() || content.starts_with('#') {
                continue;
            }
            let mut fields = content.split_ascii_whitespace();
            let (Some(id_text), Some(secret_text), None) =
                (fields.next(), fields.next(), fields.next())
            else {
                return Err(KeyFileError::BadLine { line });
            };
            let id = parse_key_id(id_text).ok_or(KeyFileError::BadId { line })?;
            let secret = parse_secret(secret_text, line)?;
            if let Some(&(first, _)) = keys.iter().find(|(_, key)| key.id == id) {
                return Err(KeyFileError::DuplicateId { line, id, first });
            }
            keys.push((line, SigningKey::new(id, secret)));
        }
        let (_, active) = keys.pop().ok_or(KeyFileError::NoKey)?;
        Ok(Keyring {
            active,
            retired: keys.into_iter().map(|(_, key)| key).collect(),
        })
    }

    /// Writes the key file format read by [`Keyring::parse`].
    pub fn to_text(&self) -> String {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut text = String::from(
            "# Sosta slip signing keys: \"<id> <secret>\" per line, the last line is active\n",
        );
        for key in self.keys() {
            text.push_str(&key.id.to_string());
            text.push(' ');
            for &byte in &key.secret {
                text.push(char::from(HEX[usize::from(byte >> 4)]));
                text.push(char::from(HEX[usize::from(byte & 0x0f)]));
            }
            text.push('\n');
        }
        text
    }

    /// Returns the payload text for a slip, signed with the active key.
    pub fn sign(&self, visit: VisitId, issued_on: NaiveDate) -> Result<String, TokenError> {
        let signed = signed_fields(self.active.id, visit, day_number(issued_on)?);
        Ok(encode_payload(&signed, &self.active.tag(&signed)))
    }

    /// Checks a scanned payload's tag, in constant time, under the key it names.
    pub fn verify(&self, token: &ScannedToken) -> Result<VerifiedToken, Forged> {
        let key_id = token.key_id();
        let key = self.key(key_id).ok_or(Forged::UnknownKey(key_id))?;
        key.mac(&token.signed)
            .verify_truncated_left(&token.tag)
            .map_err(|_| Forged::BadTag(key_id))?;
        let [_, v0, v1, v2, v3, v4, v5, v6, v7, d0, d1] = token.signed;
        Ok(VerifiedToken {
            key_id,
            visit: VisitId(u64::from_be_bytes([v0, v1, v2, v3, v4, v5, v6, v7])),
            issued_on: day_to_date(u16::from_be_bytes([d0, d1])),
            _sealed: Sealed,
        })
    }
}

/// Accepts plain decimal digits only, so `+7` or ` 7` are reported rather than guessed.
fn parse_key_id(text: &str) -> Option<u8> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn parse_secret(text: &str, line: usize) -> Result<[u8; SECRET_LEN], KeyFileError> {
    let len = text.chars().count();
    if len != SECRET_LEN * 2 {
        return Err(KeyFileError::WrongLength { line, len });
    }
    // Once the first 64 bytes are all hex digits they are the 64 characters counted
    // above, so no further text can follow them.
    let mut digits = text.bytes().map(hex_value);
    let mut secret = [0; SECRET_LEN];
    for slot in &mut secret {
        let (Some(Some(high)), Some(Some(low))) = (digits.next(), digits.next()) else {
            return Err(KeyFileError::BadHex { line });
        };
        *slot = (high << 4) | low;
    }
    Ok(secret)
}

fn hex_value(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn ring(id: u8, fill: u8) -> Keyring {
        Keyring::new(SigningKey::new(id, [fill; SECRET_LEN]))
    }

    fn hex_line(id: u8, fill: u8) -> String {
        format!("{id} {}", format!("{fill:02x}").repeat(SECRET_LEN))
    }

    fn scan_payload(text: &str) -> ScannedToken {
        match parse_scan(text) {
            Ok(Scanned::Payload(token)) => token,
            other => panic!("expected a payload from {text:?}, got {other:?}"),
        }
    }

    /// The regular expression `^S1[0-9A-HJKMNP-TV-Z]{44}$`, spelled out independently
    /// of the alphabet constant.
    fn has_payload_shape(text: &str) -> bool {
        text.len() == PAYLOAD_LEN
            && text.starts_with("S1")
            && text[2..].chars().all(|c| {
                matches!(c, '0'..='9' | 'A'..='H' | 'J' | 'K' | 'M' | 'N' | 'P'..='T' | 'V'..='Z')
            })
    }

    /// A scan that must not be accepted: anything but a verified payload or a short code.
    fn assert_rejected(keys: &Keyring, text: &str) {
        match parse_scan(text) {
            Err(_) => {}
            Ok(Scanned::Payload(token)) => assert!(keys.verify(&token).is_err(), "{text:?}"),
            Ok(Scanned::ShortCode(code)) => panic!("{text:?} parsed as short code {code}"),
        }
    }

    /// Values computed with Python's `hmac` module and a hand-written base32 encoder, so
    /// the format is pinned by something other than this module.
    #[test]
    fn golden_payloads_match_independent_reference() {
        let mut secret = [0; SECRET_LEN];
        for (byte, value) in secret.iter_mut().zip(0..) {
            *byte = value;
        }
        let keys = Keyring::new(SigningKey::new(7, secret));
        assert_eq!(
            keys.sign(VisitId(123_456_789), date(2024, 3, 15)).unwrap(),
            "S10W0000000XDWT585ZZ9FC7DPKTSNG05HQBDKTDRXGFF0"
        );
        let keys = ring(255, 0xab);
        assert_eq!(
            keys.sign(VisitId(u64::MAX), date(2199, 6, 6)).unwrap(),
            "S1ZZZZZZZZZZZZZZZZZWJVQEYS4MC4ABS4F1FA33WBZPWG"
        );
    }

    #[test]
    fn hmac_key_padding_matches_plain_hmac() {
        let key = SigningKey::new(1, [0x5c; SECRET_LEN]);
        let signed = signed_fields(1, VisitId(42), 7);
        let mut plain = HmacSha256::new_from_slice(&key.secret).unwrap();
        plain.update(b"S1");
        plain.update(&signed);
        assert_eq!(
            key.mac(&signed).finalize().into_bytes(),
            plain.finalize().into_bytes()
        );
    }

    #[test]
    fn every_day_number_round_trips() {
        for day in 0..=u16::MAX {
            assert_eq!(day_number(day_to_date(day)), Ok(day));
        }
        assert_eq!(day_to_date(u16::MAX), date(2199, 6, 6));
    }

    #[test]
    fn dates_outside_the_range_are_errors() {
        let keys = ring(1, 1);
        for bad in [date(2019, 12, 31), NaiveDate::MIN] {
            assert_eq!(
                keys.sign(VisitId(1), bad),
                Err(TokenError::DateBeforeEpoch(bad))
            );
        }
        for bad in [date(2199, 6, 7), NaiveDate::MAX] {
            assert_eq!(
                keys.sign(VisitId(1), bad),
                Err(TokenError::DateAfterRange(bad))
            );
        }
        assert!(keys.sign(VisitId(1), date(2020, 1, 1)).is_ok());
    }

    proptest! {
        #[test]
        fn sign_then_verify_round_trips(
            visit in any::<u64>(),
            day in any::<u16>(),
            key_id in any::<u8>(),
            secret in any::<[u8; SECRET_LEN]>(),
        ) {
            let keys = Keyring::new(SigningKey::new(key_id, secret));
            let issued_on = day_to_date(day);
            let text = keys.sign(VisitId(visit), issued_on).unwrap();
            prop_assert!(has_payload_shape(&text), "{}", text);
            let token = scan_payload(&text);
            prop_assert_eq!(token.key_id(), key_id);
            let verified = keys.verify(&token).unwrap();
            prop_assert_eq!(verified.key_id, key_id);
            prop_assert_eq!(verified.visit, VisitId(visit));
            prop_assert_eq!(verified.issued_on, issued_on);
        }

        #[test]
        fn single_character_change_is_rejected(
            visit in any::<u64>(),
            day in any::<u16>(),
            position in 0..PAYLOAD_LEN,
            replacement in prop_oneof![
                any::<char>(),
                proptest::sample::select(BASE32_ALPHABET.map(char::from).to_vec()),
                proptest::sample::select(SHORT_ALPHABET.map(char::from).to_vec()),
            ],
        ) {
            let keys = ring(3, 0x11);
            let text = keys.sign(VisitId(visit), day_to_date(day)).unwrap();
            let original = text.chars().nth(position).unwrap();
            prop_assume!(!replacement.to_uppercase().eq(original.to_uppercase()));
            let changed: String = text
                .chars()
                .enumerate()
                .map(|(i, c)| if i == position { replacement } else { c })
                .collect();
            assert_rejected(&keys, &changed);
        }

        #[test]
        fn truncation_and_extension_are_rejected(
            visit in any::<u64>(),
            keep in 0..PAYLOAD_LEN,
            extra in "[0-9A-Z]{1,4}",
        ) {
            let keys = ring(3, 0x11);
            let text = keys.sign(VisitId(visit), date(2025, 5, 5)).unwrap();
            assert_rejected(&keys, &text[..keep]);
            assert_rejected(&keys, &format!("{text}{extra}"));
            assert_rejected(&keys, &format!("S1{extra}{}", &text[2..]));
        }

        #[test]
        fn parse_scan_never_panics(raw in any::<String>()) {
            let _ = parse_scan(&raw);
            let _ = raw.parse::<ShortCode>();
        }

        #[test]
        fn parse_scan_never_panics_on_near_misses(raw in "[ \t\r\n\u{0}-]{0,3}[sS]?1?[0-9A-Za-z -]{0,50}[ \r\n]{0,2}") {
            let _ = parse_scan(&raw);
        }

        #[test]
        fn short_code_round_trips(data in proptest::array::uniform7(0u8..31)) {
            let code = ShortCode::from_data(data).unwrap();
            prop_assert_eq!(code.as_str().len(), SHORT_CODE_LEN);
            prop_assert_eq!(code.as_str().parse::<ShortCode>(), Ok(code));
            prop_assert_eq!(code.to_string().parse::<ShortCode>(), Ok(code));
            prop_assert_eq!(parse_scan(&code.to_string()), Ok(Scanned::ShortCode(code)));
        }

        /// Exhaustive over positions and replacement characters for each random code.
        #[test]
        fn short_code_substitutions_and_swaps_are_detected(
            data in proptest::array::uniform7(0u8..31),
        ) {
            let code = ShortCode::from_data(data).unwrap();
            let text = code.text;
            for position in 0..SHORT_CODE_LEN {
                for &replacement in SHORT_ALPHABET.iter().filter(|&&c| c != text[position]) {
                    let mut changed = text;
                    changed[position] = replacement;
                    let changed = std::str::from_utf8(&changed).unwrap();
                    prop_assert_eq!(changed.parse::<ShortCode>(), Err(Malformed::ShortCodeCheck));
                    prop_assert_eq!(parse_scan(changed), Err(Malformed::ShortCodeCheck));
                }
            }
            for position in 0..SHORT_CODE_LEN - 1 {
                if text[position] == text[position + 1] {
                    continue;
                }
                let mut swapped = text;
                swapped.swap(position, position + 1);
                let swapped = std::str::from_utf8(&swapped).unwrap();
                prop_assert_eq!(swapped.parse::<ShortCode>(), Err(Malformed::ShortCodeCheck));
            }
        }
    }

    /// The check sum is linear, so a change's effect does not depend on the other
    /// characters: checking every position and value pair covers every possible code.
    #[test]
    fn check_rule_catches_every_substitution_and_neighbour_swap() {
        let base = SHORT_BASE;
        for weight in 1..=SHORT_CODE_LEN as u32 {
            for old in 0..base {
                for new in (0..base).filter(|&new| new != old) {
                    let delta = weight * new + (base - old) * weight;
                    assert_ne!(delta % base, 0, "substitution at weight {weight}");
                    if weight < SHORT_CODE_LEN as u32 {
                        let before = weight * old + (weight + 1) * new;
                        let after = weight * new + (weight + 1) * old;
                        assert_ne!(before % base, after % base, "swap at weight {weight}");
                    }
                }
            }
        }
    }

    #[test]
    fn other_key_is_forged() {
        let text = ring(3, 0x11).sign(VisitId(9), date(2024, 1, 1)).unwrap();
        let token = scan_payload(&text);
        assert_eq!(ring(3, 0x12).verify(&token), Err(Forged::BadTag(3)));
    }

    #[test]
    fn flipped_tag_bit_is_forged() {
        let keys = ring(3, 0x11);
        let token = scan_payload(&keys.sign(VisitId(9), date(2024, 1, 1)).unwrap());
        for bit in 0..TAG_LEN * 8 {
            let mut tag = token.tag;
            tag[bit / 8] ^= 1 << (bit % 8);
            let forged = scan_payload(&encode_payload(&token.signed, &tag));
            assert_eq!(keys.verify(&forged), Err(Forged::BadTag(3)), "bit {bit}");
        }
    }

    #[test]
    fn changed_field_with_old_tag_is_forged() {
        let keys = ring(3, 0x11);
        let token = scan_payload(&keys.sign(VisitId(9), date(2024, 1, 1)).unwrap());
        let signed = signed_fields(3, VisitId(10), token.signed[10].into());
        let forged = scan_payload(&encode_payload(&signed, &token.tag));
        assert_eq!(keys.verify(&forged), Err(Forged::BadTag(3)));
    }

    #[test]
    fn unknown_key_id_is_forged() {
        let text = ring(4, 0x11).sign(VisitId(9), date(2024, 1, 1)).unwrap();
        let token = scan_payload(&text);
        assert_eq!(ring(3, 0x11).verify(&token), Err(Forged::UnknownKey(4)));
    }

    #[test]
    fn retired_key_still_verifies_after_rotate() {
        let mut keys = Keyring::generate(9).unwrap();
        let old = scan_payload(&keys.sign(VisitId(1), date(2024, 1, 1)).unwrap());
        keys.rotate().unwrap();
        assert_eq!(keys.active_id(), 10);
        let new = scan_payload(&keys.sign(VisitId(2), date(2024, 1, 2)).unwrap());
        assert_eq!(new.key_id(), 10);
        assert_eq!(keys.verify(&old).unwrap().visit, VisitId(1));
        assert_eq!(keys.verify(&new).unwrap().visit, VisitId(2));
        let reloaded = Keyring::parse(&keys.to_text()).unwrap();
        assert_eq!(reloaded.verify(&old).unwrap().key_id, 9);
        assert_eq!(reloaded.active_id(), 10);
    }

    #[test]
    fn rotate_wraps_skips_used_ids_and_stops_when_full() {
        let mut keys = Keyring::parse(&[hex_line(0, 1), hex_line(254, 2)].join("\n")).unwrap();
        keys.rotate().unwrap();
        keys.rotate().unwrap();
        assert_eq!(keys.key_ids().collect::<Vec<_>>(), [0, 254, 255, 1]);

        let text: Vec<String> = (0..=u8::MAX).map(|id| hex_line(id, id)).collect();
        let mut full = Keyring::parse(&text.join("\n")).unwrap();
        assert_eq!(full.rotate(), Err(TokenError::KeyIdsExhausted));
        assert_eq!(full.active_id(), 255);
        assert_eq!(full.key_ids().count(), 256);
    }

    #[test]
    fn non_canonical_padding_is_malformed() {
        let text = ring(3, 0x11).sign(VisitId(9), date(2024, 1, 1)).unwrap();
        let last = BASE32_VALUES[usize::from(text.as_bytes()[PAYLOAD_LEN - 1])];
        for padding in 1..16 {
            let mut changed = text.clone().into_bytes();
            changed[PAYLOAD_LEN - 1] = BASE32_ALPHABET[usize::from(last | padding)];
            let changed = String::from_utf8(changed).unwrap();
            assert_eq!(parse_scan(&changed), Err(Malformed::NonCanonical));
        }
    }

    #[test]
    fn crockford_aliases_are_malformed() {
        let text = ring(3, 0x11).sign(VisitId(9), date(2024, 1, 1)).unwrap();
        for alias in ['O', 'o', 'I', 'i', 'L', 'l', 'U', 'u'] {
            let changed = format!("{}{alias}{}", &text[..10], &text[11..]);
            assert_eq!(
                parse_scan(&changed),
                Err(Malformed::PayloadCharacter {
                    position: 10,
                    found: alias
                })
            );
        }
    }

    #[test]
    fn scanner_noise_is_tolerated() {
        let text = ring(3, 0x11).sign(VisitId(77), date(2026, 2, 2)).unwrap();
        let expected = parse_scan(&text).unwrap();
        let lower = text.to_lowercase();
        for noisy in [
            format!(" {lower}\r\n"),
            format!("{text}\r\n"),
            format!("{text}\n"),
            format!("\t{text}\r"),
            format!("\u{0}\u{2}{lower}\u{3}\u{1b}"),
            format!("\u{a0}{text}\u{3000}"),
            lower.clone(),
            format!("s1{}", &text[2..]),
        ] {
            assert_eq!(parse_scan(&noisy), Ok(expected), "{noisy:?}");
        }
        let embedded = format!("{}\n{}", &text[..20], &text[20..]);
        assert!(parse_scan(&embedded).is_err());
    }

    #[test]
    fn short_code_display_and_parse() {
        let code = ShortCode::from_data([0, 1, 2, 3, 4, 5, 6]).unwrap();
        let bare = code.as_str().to_owned();
        assert_eq!(bare.len(), 8);
        assert_eq!(&bare[..7], "2345678");
        assert_eq!(code.to_string(), format!("{}-{}", &bare[..4], &bare[4..]));
        assert_eq!(format!("{code:?}"), format!("ShortCode({bare:?})"));
        for typed in [
            bare.clone(),
            bare.to_lowercase(),
            format!("{}-{}", &bare[..4], &bare[4..]),
            format!(" {} {} \r\n", &bare[..4], &bare[4..]),
            format!("{}--{}", &bare[..2], &bare[2..]),
        ] {
            assert_eq!(typed.parse::<ShortCode>(), Ok(code), "{typed:?}");
            assert_eq!(
                parse_scan(&typed),
                Ok(Scanned::ShortCode(code)),
                "{typed:?}"
            );
        }
    }

    #[test]
    fn short_code_rejects_bad_input() {
        assert_eq!(ShortCode::from_data([0, 0, 0, 0, 0, 0, 31]), None);
        assert_eq!(
            "ABCD-EFG".parse::<ShortCode>(),
            Err(Malformed::ShortCodeLength { len: 7 })
        );
        assert_eq!(
            parse_scan("ABCD-EFGHJ"),
            Err(Malformed::Unrecognised { len: 9 })
        );
        for (bad, found) in [('0', '0'), ('1', '1'), ('I', 'I'), ('l', 'l'), ('O', 'O')] {
            let typed = format!("ABC{bad}EFGH");
            assert_eq!(
                typed.parse::<ShortCode>(),
                Err(Malformed::ShortCodeCharacter { position: 3, found })
            );
        }
        assert_eq!(
            parse_scan("ABC\u{0}EFGH"),
            Err(Malformed::ShortCodeCharacter {
                position: 3,
                found: '\u{0}'
            })
        );
        assert_eq!(parse_scan("ABCDÉFGH"), Err(Malformed::NotAscii));
    }

    #[test]
    fn random_short_codes_are_valid() {
        let mut seen = std::collections::HashSet::new();
        for _ in 0..1000 {
            let code = ShortCode::random().unwrap();
            assert_eq!(code.as_str().parse::<ShortCode>(), Ok(code));
            seen.insert(code);
        }
        assert!(seen.len() > 990);
    }

    #[test]
    fn huge_and_odd_inputs_do_not_panic() {
        let megabyte = 1 << 20;
        let text = ring(3, 0x11).sign(VisitId(5), date(2024, 1, 1)).unwrap();
        let padded = format!("{}{text}{}", " ".repeat(megabyte), "\r\n".repeat(megabyte));
        assert!(matches!(parse_scan(&padded), Ok(Scanned::Payload(_))));
        for huge in [
            "A".repeat(megabyte),
            format!("S1{}", "0".repeat(megabyte)),
            "\u{0}".repeat(megabyte),
            "é".repeat(megabyte),
            "🦀".repeat(megabyte),
            format!("x{}x", " ".repeat(megabyte)),
            format!("{}-", "-".repeat(megabyte)),
        ] {
            assert!(parse_scan(&huge).is_err());
            assert!(huge.parse::<ShortCode>().is_err());
        }
        for odd in [
            "", " ", "\r\n", "\u{0}", "S", "S1", "s1", "é", "S1é", "-", "--------",
        ] {
            assert!(parse_scan(odd).is_err(), "{odd:?}");
        }
        assert_eq!(parse_scan(" \r\n"), Err(Malformed::Empty));
        assert_eq!(
            parse_scan("S1ABC"),
            Err(Malformed::PayloadLength { len: 5 })
        );
    }

    #[test]
    fn keyring_text_round_trips() {
        let mut keys = Keyring::generate(200).unwrap();
        keys.rotate().unwrap();
        keys.rotate().unwrap();
        let text = keys.to_text();
        let parsed = Keyring::parse(&text).unwrap();
        assert_eq!(parsed.to_text(), text);
        assert_eq!(parsed.key_ids().collect::<Vec<_>>(), [200, 201, 202]);
        let slip = keys.sign(VisitId(3), date(2024, 6, 1)).unwrap();
        assert_eq!(parsed.sign(VisitId(3), date(2024, 6, 1)).unwrap(), slip);

        let hand_written = format!(
            "# keys\r\n\r\n  {}\r\n\t# old key above\r\n{}\r\n\n",
            hex_line(1, 0xaa),
            hex_line(2, 0xbb).replace(' ', "\t")
        );
        let parsed = Keyring::parse(&hand_written).unwrap();
        assert_eq!(parsed.active_id(), 2);
        assert_eq!(parsed.key_ids().collect::<Vec<_>>(), [1, 2]);
    }

    #[test]
    fn key_file_errors_name_the_line() {
        let good = hex_line(1, 0xaa);
        let secret = &good[2..];
        let cases = [
            (
                format!("# c\n\n{good}\nx {secret}"),
                KeyFileError::BadId { line: 4 },
            ),
            (format!("256 {secret}"), KeyFileError::BadId { line: 1 }),
            (format!("+2 {secret}"), KeyFileError::BadId { line: 1 }),
            (format!("-2 {secret}"), KeyFileError::BadId { line: 1 }),
            (format!("{good}\n2"), KeyFileError::BadLine { line: 2 }),
            (format!("{good} extra"), KeyFileError::BadLine { line: 1 }),
            (
                format!("\n2 {}", &secret[1..]),
                KeyFileError::WrongLength { line: 2, len: 63 },
            ),
            (
                format!("2 {secret}0"),
                KeyFileError::WrongLength { line: 1, len: 65 },
            ),
            (
                format!("2 g{}", &secret[1..]),
                KeyFileError::BadHex { line: 1 },
            ),
            (
                format!("2 {}", secret.to_uppercase()),
                KeyFileError::BadHex { line: 1 },
            ),
            (
                format!("2 {}", "é".repeat(64)),
                KeyFileError::BadHex { line: 1 },
            ),
            (
                format!("{good}\n# again\n{good}"),
                KeyFileError::DuplicateId {
                    line: 3,
                    id: 1,
                    first: 1,
                },
            ),
            (String::new(), KeyFileError::NoKey),
            ("# nothing here\n\n".to_owned(), KeyFileError::NoKey),
        ];
        for (text, expected) in cases {
            assert_eq!(Keyring::parse(&text).unwrap_err(), expected, "{text:?}");
        }
        let message = KeyFileError::BadHex { line: 7 }.to_string();
        assert_eq!(message, "line 7: secret is not lowercase hexadecimal");
    }

    #[test]
    fn debug_output_hides_secrets() {
        let keys = ring(6, 0xab);
        for text in [format!("{keys:?}"), format!("{:?}", keys.active)] {
            assert!(text.contains("id: 6"), "{text}");
            assert!(!text.contains("171") && !text.contains("ab"), "{text}");
        }
    }

    #[test]
    fn error_messages_have_no_trailing_period() {
        let messages = [
            TokenError::DateBeforeEpoch(date(2019, 1, 1)).to_string(),
            TokenError::KeyIdsExhausted.to_string(),
            Malformed::Empty.to_string(),
            Malformed::PayloadCharacter {
                position: 3,
                found: '\u{0}',
            }
            .to_string(),
            Malformed::ShortCodeCheck.to_string(),
            Forged::UnknownKey(3).to_string(),
            KeyFileError::NoKey.to_string(),
        ];
        for message in messages {
            assert!(!message.ends_with('.'), "{message}");
        }
    }
}
