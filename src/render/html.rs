//! HTML written by the app from its own figures, for read-only blocks: far less WebAssembly than one
//! view per element. Safe and well nested by construction, with three macros:
//!
//! ```text
//! el!(html, "td", "class" = "amount"; "data-testid" = &id => |td| { td.text(&amount); });
//! text_el!(html, "p", "class" = "hint" => "Une phrase.");
//! empty_el!(html, "rect", "class" = "bar"; "x" = &x.to_string());
//! ```
//!
//! - the tag name is written once, and the macro writes both the opening and the closing tag: no
//!   element can be left open or closed twice;
//! - tag and attribute names, and the static attribute values after `,`, are literals, joined at
//!   compile time into one piece of markup;
//! - values after `;` and every text go through the escaper at run time.

pub struct Html(String);

impl Default for Html {
    fn default() -> Self {
        Html::new()
    }
}

impl Html {
    pub fn new() -> Html {
        Html(String::with_capacity(4_096))
    }

    /// Markup joined at compile time by the macros below; never call it with anything else.
    #[doc(hidden)]
    pub(crate) fn raw(&mut self, markup: &'static str) -> &mut Html {
        self.0.push_str(markup);
        self
    }

    /// `name_equals` (` name="`), the value escaped, and the closing quote.
    #[doc(hidden)]
    pub fn attr(&mut self, name_equals: &'static str, value: &str) -> &mut Html {
        self.0.push_str(name_equals);
        self.text(value);
        self.0.push('"');
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

    /// Markup this crate wrote itself: another renderer's output, or an HTML file of this crate.
    /// Never anything typed, linked or stored.
    pub fn trusted(&mut self, markup: &str) -> &mut Html {
        self.0.push_str(markup);
        self
    }

    pub fn finish(self) -> String {
        self.0
    }
}

/// `<tag attrs>`, the content written by the closure, then `</tag>`.
macro_rules! el {
    ($html:expr, $tag:literal $(, $name:literal = $value:literal)* $(; $dname:literal = $dvalue:expr)* => $inside:expr) => {{
        let html: &mut $crate::render::html::Html = $html;
        html.raw(concat!("<", $tag $(, " ", $name, "=\"", $value, "\"")*));
        $( html.attr(concat!(" ", $dname, "=\""), $dvalue); )*
        html.raw(">");
        let inside = $inside;
        inside(&mut *html);
        html.raw(concat!("</", $tag, ">"));
    }};
}

/// `<tag attrs>`, the text escaped, then `</tag>`.
macro_rules! text_el {
    ($html:expr, $tag:literal $(, $name:literal = $value:literal)* $(; $dname:literal = $dvalue:expr)* => $text:expr) => {{
        let html: &mut $crate::render::html::Html = $html;
        html.raw(concat!("<", $tag $(, " ", $name, "=\"", $value, "\"")*));
        $( html.attr(concat!(" ", $dname, "=\""), $dvalue); )*
        html.raw(">");
        html.text($text);
        html.raw(concat!("</", $tag, ">"));
    }};
}

/// `<tag attrs/>`: an SVG shape, or a void element.
macro_rules! empty_el {
    ($html:expr, $tag:literal $(, $name:literal = $value:literal)* $(; $dname:literal = $dvalue:expr)*) => {{
        let html: &mut $crate::render::html::Html = $html;
        html.raw(concat!("<", $tag $(, " ", $name, "=\"", $value, "\"")*));
        $( html.attr(concat!(" ", $dname, "=\""), $dvalue); )*
        html.raw("/>");
    }};
}

pub(crate) use {el, empty_el, text_el};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped_and_tags_close_themselves() {
        let mut html = Html::new();
        el!(&mut html, "p", "class" = "note"; "title" = "\" onmouseover=\"alert(1)" => |p: &mut Html| {
            p.text("<script>alert('x') & co</script>");
            text_el!(p, "strong" => "<b>");
        });
        empty_el!(&mut html, "rect"; "x" = "1");
        assert_eq!(
            html.finish(),
            "<p class=\"note\" title=\"&quot; onmouseover=&quot;alert(1)\">&lt;script&gt;alert(&#39;x&#39;) \
             &amp; co&lt;/script&gt;<strong>&lt;b&gt;</strong></p><rect x=\"1\"/>"
        );
    }
}
