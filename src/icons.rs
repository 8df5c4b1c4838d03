//! The pictograms (Tabler Icons, MIT, in `assets/icons/`), embedded at build time.

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/icons.rs"));
}

/// The icons a coordinator may give a service, in the order the console offers them.
pub const SERVICE: &[&str] = &[
    "bath",
    "wash-machine",
    "tools-kitchen-2",
    "nurse",
    "first-aid-kit",
    "test-pipe",
    "heart-handshake",
    "scale",
    "briefcase",
    "battery-charging",
    "luggage",
    "home",
    "users",
    "clock",
    "dental",
    "stethoscope",
    "shirt",
    "scissors",
    "bed",
    "soup",
    "book",
];

/// The SVG text of an icon, by name.
pub fn svg(name: &str) -> Option<&'static str> {
    embedded::ICONS
        .binary_search_by(|(n, _)| (*n).cmp(name))
        .ok()
        .map(|i| embedded::ICONS[i].1)
}

/// Every icon name.
pub fn names() -> impl Iterator<Item = &'static str> {
    embedded::ICONS.iter().map(|(n, _)| *n)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_catalogue_icon_is_embedded() {
        let catalogue = crate::catalogue::parse(
            std::path::Path::new("services.toml"),
            crate::catalogue::DEFAULT_TEXT,
        )
        .unwrap();
        for service in catalogue {
            assert!(
                super::svg(&service.icon).is_some(),
                "{} has no icon",
                service.icon
            );
        }
        assert!(super::svg("no-such-icon").is_none());
        for icon in super::SERVICE {
            assert!(super::svg(icon).is_some(), "{icon} is offered but missing");
        }
    }
}
