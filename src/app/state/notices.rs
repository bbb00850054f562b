//! What the app tells the doctor in a banner: one line, details folded, closed with « Fermer ».

use super::AppState;
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Info,
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub id: u32,
    pub tone: Tone,
    pub text: String,
    /// Details folded under the text (the keys a link got wrong).
    pub details: Vec<String>,
}

impl AppState {
    pub fn notify(&self, tone: Tone, text: impl Into<String>, details: Vec<String>) {
        let id = self.next_notice.get_value();
        self.next_notice.set_value(id + 1);
        let notice = Notice {
            id,
            tone,
            text: text.into(),
            details,
        };
        self.notices.update(|notices| notices.push(notice));
    }

    pub fn dismiss(&self, id: u32) {
        self.notices
            .update(|notices| notices.retain(|n| n.id != id));
    }
}
