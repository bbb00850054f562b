//! « Signaler une erreur »: a message to the contact set at build time (an e-mail address, or the
//! address of a form such as a new-issue page), prefilled with the simulation's share link and the
//! figure in question, so that a doctor who knows their CPAM's figure can say exactly where we are
//! wrong. Nothing is sent by the app: the doctor's own mail or browser opens the message.

use super::html::{text_el, Html};
use crate::situation::link::escape_component;

/// The contact, and the share link of the simulation on screen.
pub struct Report<'a> {
    pub contact: &'a str,
    pub link: &'a str,
}

impl Report<'_> {
    /// The address that opens the prefilled message about `figure`.
    pub fn href(&self, figure: &str) -> String {
        let subject = format!("Erreur possible : {figure}");
        let body = format!(
            "Le chiffre en question : {figure}\nLa simulation : {}\n\nCe que dit ma CPAM (ou le texte) : ",
            self.link
        );
        if self.contact.starts_with("https://") || self.contact.starts_with("http://") {
            // A web form: the title and body parameters of the usual new-issue pages.
            let joiner = if self.contact.contains('?') { '&' } else { '?' };
            format!(
                "{}{joiner}title={}&body={}",
                self.contact,
                escape_component(&subject),
                escape_component(&body)
            )
        } else {
            format!(
                "mailto:{}?subject={}&body={}",
                escape_component(self.contact),
                escape_component(&subject),
                escape_component(&body)
            )
        }
    }

    pub fn link(&self, html: &mut Html, figure: &str) {
        text_el!(html, "a", "class" = "report", "rel" = "noopener noreferrer", "target" = "_blank";
            "href" = &self.href(figure) => "Signaler une erreur");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_gives_a_prefilled_mail_and_a_url_a_prefilled_form() {
        let link = "https://exemple.fr/#v=1&spe=mg&pmt=1300";
        let mail = Report {
            contact: "erreurs@exemple.fr",
            link,
        }
        .href("Aide de la 1re année");
        assert!(
            mail.starts_with("mailto:erreurs%40exemple.fr?subject=Erreur%20possible"),
            "{mail}"
        );
        assert!(
            mail.contains("https%3A%2F%2Fexemple.fr%2F%23v%3D1%26spe%3Dmg%26pmt%3D1300"),
            "{mail}"
        );
        assert!(mail.contains("Aide%20de%20la%201re%20ann%C3%A9e"), "{mail}");
        let form = Report {
            contact: "https://github.com/exemple/simulateur/issues/new",
            link,
        }
        .href("Objectif");
        assert!(
            form.starts_with("https://github.com/exemple/simulateur/issues/new?title=Erreur"),
            "{form}"
        );
        assert!(form.contains("&body=Le%20chiffre"), "{form}");
    }
}
