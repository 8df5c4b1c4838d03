//! The waiting room's display (`sosta display`): a full-screen window on a TV in the common
//! room with the number each queue desk calls, the last calls, the slots being served and
//! the clock. It reads the same data folder or database as the stations, asks four times a
//! second whether another process committed, and announces each new call with a chime and
//! the number said aloud. `view.rs` is the pure view, `window.rs` the Slint window.

mod view;
mod window;

use std::rc::Rc;

use chrono::{DateTime, Utc};

use crate::app::{App, QueueCall, ServiceToday};
use crate::clock::Clock;
use crate::i18n::Translations;
use crate::voice::Announcement;

pub use view::{
    DeskCalls, DisplayView, EARLIER, SlotNow, StandbyCall, call_announcement, display_view,
};
pub use window::{Connected, POLL, connect, run};

pub struct DisplayController {
    app: App,
    translations: Rc<Translations>,
    clock: Rc<dyn Clock>,
    /// What the database said last (`None`: read again at the next poll).
    data_version: Option<i64>,
    shown_minute: Option<i64>,
    /// Today's services and calls, or `None` while the data cannot be read.
    today: Option<Vec<ServiceToday>>,
    calls: Vec<QueueCall>,
    /// The newest call already announced; the calls made before the display started are
    /// shown, not announced.
    announced: Option<i64>,
    pending: Vec<Announcement>,
    /// While the data cannot be read: when to try again.
    retry_at: Option<DateTime<Utc>>,
    /// When the display last passed on standby offers nobody took (with no station
    /// running, the display does it).
    passed_on_at: Option<DateTime<Utc>>,
}

/// How often the display looks for standby offers that went by unused.
const PASS_ON_EVERY: chrono::Duration = chrono::Duration::seconds(15);

/// How long an unreadable database is left alone before the next try.
const RETRY: chrono::Duration = chrono::Duration::seconds(3);

impl DisplayController {
    pub fn new(app: App, translations: Rc<Translations>, clock: Rc<dyn Clock>) -> Self {
        let mut controller = DisplayController {
            app,
            translations,
            clock,
            data_version: None,
            shown_minute: None,
            today: None,
            calls: Vec::new(),
            announced: None,
            pending: Vec::new(),
            retry_at: None,
            passed_on_at: None,
        };
        controller.tick();
        controller.pending.clear();
        controller
    }

    /// One poll: reloads when another process committed or the minute changed, and queues
    /// an announcement for each new call. Returns whether the screen must be drawn again.
    pub fn tick(&mut self) -> bool {
        let now = self.clock.now();
        if self.passed_on_at.is_none_or(|at| now - at >= PASS_ON_EVERY) {
            self.passed_on_at = Some(now);
            if let Err(e) = self.app.pass_on_standby(now) {
                log::warn!("display: cannot pass on standby places: {e}");
            }
        }
        let version = self.app.data_version().ok();
        let minute = now.timestamp() / 60;
        let new_minute = self.shown_minute != Some(minute);
        if version.is_some() && version == self.data_version && !new_minute {
            return false;
        }
        // An unreachable database is asked again every few seconds, not at every poll.
        if self.retry_at.is_some_and(|at| now < at) && !new_minute {
            return false;
        }
        self.shown_minute = Some(minute);
        let read = self.app.today(now).and_then(|today| {
            self.translations.set_own_texts(self.app.own_texts()?);
            Ok((today, self.app.queue_calls(now)?))
        });
        match read {
            Ok((today, calls)) => {
                if self.retry_at.is_some() {
                    log::info!("display: the database answers again");
                }
                self.retry_at = None;
                self.announce_new(&today, &calls);
                self.today = Some(today);
                self.calls = calls;
                self.data_version = version;
            }
            Err(e) => {
                if self.retry_at.is_none() {
                    log::error!("display: cannot read today's calls: {e}");
                }
                self.today = None;
                self.calls.clear();
                self.data_version = None;
                self.retry_at = Some(now + RETRY);
            }
        }
        true
    }

    fn announce_new(&mut self, today: &[ServiceToday], calls: &[QueueCall]) {
        let newest = calls.first().map(|c| c.id);
        let Some(last) = self.announced else {
            self.announced = newest.or(Some(0));
            return;
        };
        let site = self.translations.lang(&self.app.config.language);
        // Oldest first, as they were called.
        for call in calls.iter().rev().filter(|c| c.id > last) {
            let Some(service) = today.iter().find(|s| s.service.id == call.service) else {
                continue;
            };
            let slip = call.lang.as_deref().map(|l| self.translations.lang(l));
            self.pending.push(call_announcement(
                site,
                slip,
                &service.service,
                call.number,
                call.standby,
            ));
        }
        if let Some(newest) = newest {
            self.announced = Some(newest.max(last));
        }
    }

    /// The announcements queued since the last call (the window plays them).
    pub fn take_announcements(&mut self) -> Vec<Announcement> {
        std::mem::take(&mut self.pending)
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    pub fn view(&self) -> DisplayView {
        let tr = self.translations.lang(&self.app.config.language);
        display_view(
            tr,
            &self.app.config.site_name,
            self.app.config.timezone,
            self.clock.now(),
            self.today.as_deref(),
            &self.calls,
            chrono::Duration::minutes(i64::from(self.app.config.standby_minutes)),
        )
    }

    pub fn app(&self) -> &App {
        &self.app
    }
}
