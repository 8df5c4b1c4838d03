//! The optional anonymous questions a kiosk may ask after the language: a fixed list of
//! coarse answers, "prefer not to say" among them, never free text.

/// The anonymous questions a kiosk may ask after the language, in the order it asks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Question {
    AgeBand,
    Gender,
    Housing,
    FirstVisit,
}

impl Question {
    pub const ALL: [Question; 4] = [
        Question::AgeBand,
        Question::Gender,
        Question::Housing,
        Question::FirstVisit,
    ];

    /// The word stored in the settings, and the visit's column.
    pub fn as_str(self) -> &'static str {
        match self {
            Question::AgeBand => "age_band",
            Question::Gender => "gender",
            Question::Housing => "housing",
            Question::FirstVisit => "first_visit",
        }
    }

    /// The answers a visitor may tap, as stored; "prefer not to say" is one of them.
    pub fn answers(self) -> &'static [&'static str] {
        match self {
            Question::AgeBand => &["under-25", "25-39", "40-59", "60-plus", "declined"],
            Question::Gender => &["woman", "man", "other", "declined"],
            Question::Housing => &["home", "friends", "shelter", "outside", "declined"],
            Question::FirstVisit => &["yes", "no", "declined"],
        }
    }

    pub fn parse(text: &str) -> Option<Question> {
        Question::ALL.into_iter().find(|q| q.as_str() == text)
    }
}
