//! HTML written by the app from its own figures, for read-only blocks: far less WebAssembly than one
//! view per element. Safe by construction: markup comes only from `&'static str` literals written in
//! this crate's source, and every other piece of text goes through [`Html::text`], which escapes it.
//! (The engine's output holds no free text from a link anyway: the decoder yields typed values only.)

#[derive(Default)]
pub struct Html(String);

impl Html {
    pub fn new() -> Html {
        Html(String::with_capacity(4_096))
    }

    /// Markup written in the source code. Only literals: text built at run time goes through `text`.
    pub fn tag(&mut self, markup: &'static str) -> &mut Html {
        self.0.push_str(markup);
        self
    }

    /// Text, escaped: safe between tags and inside a quoted attribute value.
    pub fn text(&mut self, text: &str) -> &mut Html {
        for c in text.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                '\'' => self.0.push_str("&#39;"),
                c => self.0.push(c),
            }
        }
        self
    }

    /// `open`, escaped `text`, `close`: `wrap("<p>", "…", "</p>")`.
    pub fn wrap(&mut self, open: &'static str, text: &str, close: &'static str) -> &mut Html {
        self.tag(open).text(text).tag(close)
    }

    pub fn finish(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_everywhere() {
        let mut html = Html::new();
        html.tag("<p title=\"")
            .text("\" onmouseover=\"alert(1)")
            .tag("\">");
        html.text("<script>alert('x') & co</script>").tag("</p>");
        assert_eq!(
            html.finish(),
            "<p title=\"&quot; onmouseover=&quot;alert(1)\">&lt;script&gt;alert(&#39;x&#39;) &amp; co&lt;/script&gt;</p>"
        );
    }
}
