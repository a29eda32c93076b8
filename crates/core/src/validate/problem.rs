//! What validating a bundle reports: each [`Problem`], its [`Severity`],
//! and the [`Report`] of them all with the bundle as far as it could be read.

use crate::bundle::Bundle;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// Which rule a problem breaks, for the rules a visitor meets too: the
/// "Take part" form ([`crate::report`]) says those in the visitor's
/// language, where `bundle check` and the preview show the
/// [`Problem::message`] written for editors.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Rule {
    /// A rule only editors meet: its message says it.
    #[default]
    Editors,
    /// A text that must say something is empty, or only spaces and
    /// invisible characters.
    Blank,
    /// Not a link the site may show ([`super::check_url`]).
    NotALink,
    /// A country the map does not know, with the known name it most
    /// likely stands for, if one is close.
    UnknownCountry { meant: Option<String> },
}

/// One thing wrong with a bundle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// Where: `posts[12].tags[1]`; empty for the document as a whole.
    pub path: String,
    /// Line and column (1-based) when known, e.g. for syntax errors.
    pub position: Option<(usize, usize)>,
    pub message: String,
    /// The rule broken, where a visitor may break it too.
    pub rule: Rule,
}

impl Problem {
    /// A problem whose path and message may quote the bundle: every
    /// character that could rewrite a terminal line or reorder text is
    /// written escaped ([`crate::text::escape_invisible`]), here, so that no
    /// caller can forget it.
    pub fn new(
        severity: Severity,
        path: impl Into<String>,
        position: Option<(usize, usize)>,
        message: impl Into<String>,
    ) -> Problem {
        let escaped = |text: String| match crate::text::escape_invisible(&text) {
            std::borrow::Cow::Borrowed(_) => text,
            std::borrow::Cow::Owned(escaped) => escaped,
        };
        Problem {
            severity,
            path: escaped(path.into()),
            position,
            message: escaped(message.into()),
            rule: Rule::Editors,
        }
    }

    /// The same problem, named as a break of `rule`.
    pub fn because(self, rule: Rule) -> Problem {
        Problem { rule, ..self }
    }

    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem::new(Severity::Error, path, None, message)
    }

    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem::new(Severity::Warning, path, None, message)
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        if let Some((line, col)) = self.position {
            write!(f, "{line}:{col}: ")?;
        }
        write!(f, "{kind}: ")?;
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&self.message)
    }
}

/// The outcome of validating a bundle's text.
#[derive(Debug)]
pub struct Report {
    /// The bundle as far as it could be read: values too broken to read are
    /// replaced by empty stand-ins or left out. Good for a preview; trust it
    /// for visitors only through [`Report::valid_bundle`].
    pub readable: Option<Bundle>,
    /// Every problem found, in the order they stand in the file.
    pub problems: Vec<Problem>,
}

impl Report {
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }

    /// The bundle, if it has no errors (it may have warnings).
    pub fn valid_bundle(self) -> Option<Bundle> {
        if self.has_errors() {
            None
        } else {
            self.readable
        }
    }
}
