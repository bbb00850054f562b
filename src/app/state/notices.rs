//! What the app tells the doctor in a banner: one line, details folded, closed with « Fermer »; the
//! notice of a deletion or an erase offers « Annuler ».

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
    /// « Annuler » puts back what was just removed.
    pub undoable: bool,
}

impl AppState {
    pub fn notify(&self, tone: Tone, text: impl Into<String>, details: Vec<String>) {
        self.push(tone, text.into(), details, false);
    }

    /// A removal, with « Annuler »; the one before it can no longer be undone.
    pub fn notify_undoable(&self, text: String) {
        self.notices
            .update(|notices| notices.retain(|notice| !notice.undoable));
        self.push(Tone::Info, text, Vec::new(), true);
    }

    /// A notice already shown is not shown twice (another window's changes, one per keystroke).
    fn push(&self, tone: Tone, text: String, details: Vec<String>, undoable: bool) {
        if self
            .notices
            .with_untracked(|shown| shown.iter().any(|n| n.text == text))
        {
            return;
        }
        let id = self.next_notice.get_value();
        self.next_notice.set_value(id + 1);
        let notice = Notice {
            id,
            tone,
            text,
            details,
            undoable,
        };
        self.notices.update(|notices| notices.push(notice));
    }

    pub fn dismiss(&self, id: u32) {
        self.notices
            .update(|notices| notices.retain(|n| n.id != id));
    }
}
