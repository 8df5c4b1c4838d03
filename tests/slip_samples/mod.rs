//! Sample slips shared by the tests, the bench and the example
//! (included with `#[path]` where needed).
#![allow(dead_code)]

use sosta::slip::{Slip, SlipBooking};

/// 46 characters of [0-9A-Z], like Sosta's payloads.
pub const PAYLOAD: &str = "S1CR20261125ABCDEFGHJKLMNPQRSTUVWXYZ2345678901";

fn booking(icon: &str, name: &str, name_it: &str, when: &str, desk: &str) -> SlipBooking {
    SlipBooking {
        icon: icon.into(),
        name: name.into(),
        name_it: name_it.into(),
        when: when.into(),
        desk: desk.into(),
    }
}

pub fn italian() -> Slip {
    Slip {
        site_name: "Sosta – Centro diurno Cremona".into(),
        date: "martedì 25 novembre 2026".into(),
        rtl: false,
        lang: "it".into(),
        bookings: vec![
            booking("bath", "Doccia", "Doccia", "10:30–11:00", "Sportello 2"),
            booking(
                "wash-machine",
                "Lavatrice",
                "Lavatrice",
                "N. 12",
                "Lavanderia",
            ),
        ],
        short_code: "ABCD-EFGH".into(),
        payload: PAYLOAD.into(),
        instruction: "Mostra questo foglietto allo sportello".into(),
        instruction_it: "Mostra questo foglietto allo sportello".into(),
    }
}

pub fn arabic() -> Slip {
    Slip {
        site_name: "Sosta – Centro diurno Cremona".into(),
        date: "الثلاثاء 25 نوفمبر 2026".into(),
        rtl: true,
        lang: "ar".into(),
        bookings: vec![
            booking("bath", "الاستحمام", "Doccia", "10:30–11:00", "الشباك 2"),
            booking(
                "tools-kitchen-2",
                "وجبة الغداء",
                "Pranzo",
                "رقم 12",
                "المطبخ",
            ),
        ],
        short_code: "ABCD-EFGH".into(),
        payload: PAYLOAD.into(),
        instruction: "أظهر هذه الورقة عند الشباك".into(),
        instruction_it: "Mostra questo foglietto allo sportello".into(),
    }
}

pub fn urdu() -> Slip {
    Slip {
        site_name: "Sosta – Centro diurno Cremona".into(),
        date: "منگل 25 نومبر 2026".into(),
        rtl: true,
        lang: "ur".into(),
        bookings: vec![
            booking(
                "nurse",
                "نرس سے ملاقات",
                "Infermiera",
                "10:30–11:00",
                "کمرہ 3",
            ),
            booking(
                "luggage",
                "سامان رکھنے کی جگہ",
                "Deposito bagagli",
                "نمبر 7",
                "کاؤنٹر 1",
            ),
        ],
        short_code: "KQ7M-P2XZ".into(),
        payload: PAYLOAD.into(),
        instruction: "یہ پرچی کاؤنٹر پر دکھائیں".into(),
        instruction_it: "Mostra questo foglietto allo sportello".into(),
    }
}

pub fn punjabi() -> Slip {
    Slip {
        site_name: "Sosta – Centro diurno Cremona".into(),
        date: "ਮੰਗਲਵਾਰ 25 ਨਵੰਬਰ 2026".into(),
        rtl: false,
        lang: "pa".into(),
        bookings: vec![
            booking(
                "heart-handshake",
                "ਸਮਾਜਿਕ ਸਹਾਇਤਾ",
                "Ascolto sociale",
                "11:15–11:45",
                "ਕਮਰਾ 2",
            ),
            booking(
                "battery-charging",
                "ਫ਼ੋਨ ਚਾਰਜ ਕਰੋ",
                "Ricarica telefono",
                "ਨੰ. 4",
                "ਕਾਊਂਟਰ 1",
            ),
        ],
        short_code: "ZX9P-3KMT".into(),
        payload: PAYLOAD.into(),
        instruction: "ਇਹ ਪਰਚੀ ਕਾਊਂਟਰ 'ਤੇ ਦਿਖਾਓ".into(),
        instruction_it: "Mostra questo foglietto allo sportello".into(),
    }
}

/// Romanian, Albanian and Ukrainian strings on one slip (Latin + Cyrillic).
pub fn mixed_latin_cyrillic() -> Slip {
    let mut s = italian();
    s.lang = "uk".into();
    s.bookings[0].name = "Душ (ș ț ë ç)".into();
    s.bookings[1].name = "Пральна машина — Mașina de spălat — Lavatriçe".into();
    s.instruction = "Покажіть цей талон біля віконця".into();
    s
}

pub fn all() -> Vec<(&'static str, Slip)> {
    vec![
        ("italian", italian()),
        ("arabic", arabic()),
        ("urdu", urdu()),
        ("punjabi", punjabi()),
    ]
}
