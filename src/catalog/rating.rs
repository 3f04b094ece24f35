//! CertScope's own ratings of curriculum depth and employer recognition, the two criteria the
//! source article asks readers to weigh. They are opinions, so they are never stored as data:
//! they are derived from facts by the rules below, and the detail page shows the rule and the
//! reasons next to the number. When a fact the rule needs is unknown, the rating is a range.

use super::{Certification, Kind, Level, ProviderKind};

/// A rating on a 1–5 scale, possibly a range when an input is unknown, with the reasons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rating {
    pub low: u8,
    pub high: u8,
    pub reasons: Vec<String>,
}

impl Rating {
    pub fn is_exact(&self) -> bool {
        self.low == self.high
    }

    /// "3 of 5" or "3–4 of 5".
    pub fn label(&self) -> String {
        if self.is_exact() {
            format!("{} of 5", self.low)
        } else {
            format!("{}–{} of 5", self.low, self.high)
        }
    }
}

/// Plain-words statement of the depth rule, shown on the detail page.
pub const DEPTH_RULE: &str = "Depth starts from the level (foundational 1, associate 2, \
professional 3, expert 4) and gains 1 when the assessment includes hands-on work (labs, \
projects or performance-based tasks). It is capped at 5. If nobody could confirm whether there \
is hands-on work, depth is shown as a range.";

/// Plain-words statement of the recognition rule, shown on the detail page.
pub const RECOGNITION_RULE: &str = "Recognition starts from who issues it (cloud vendor, \
professional body or university 3; platform vendor 2; training company 1), gains 1 for an \
identity-checked proctored exam and 1 for professional or expert level, and is capped at 5. \
It says how widely employers can check and compare the credential, not how good the course is.";

/// Curriculum depth, 1–5. See [`DEPTH_RULE`].
pub fn depth(cert: &Certification) -> Rating {
    let (low, high) = depth_range(cert);
    let mut reasons = vec![format!(
        "{} level: {}",
        cert.level.label(),
        depth_base(cert.level)
    )];
    reasons.push(
        match cert.hands_on {
            Some(true) => "hands-on assessment: +1",
            Some(false) => "no hands-on component: +0",
            None => "hands-on component unknown: +0 to +1",
        }
        .into(),
    );
    Rating { low, high, reasons }
}

fn depth_base(level: Level) -> u8 {
    match level {
        Level::Foundational => 1,
        Level::Associate => 2,
        Level::Professional => 3,
        Level::Expert => 4,
    }
}

/// The numbers of [`depth`] without the reasons: what scoring many entries needs.
pub fn depth_range(cert: &Certification) -> (u8, u8) {
    let base = depth_base(cert.level);
    let (low, high) = match cert.hands_on {
        Some(true) => (base + 1, base + 1),
        Some(false) => (base, base),
        None => (base, base + 1),
    };
    (low.min(5), high.min(5))
}

/// Employer recognition, 1–5. See [`RECOGNITION_RULE`].
pub fn recognition(cert: &Certification, provider_kind: ProviderKind) -> Rating {
    let base = recognition_base(provider_kind);
    let mut reasons = vec![format!("issued by a {}: {base}", provider_kind.label())];
    if cert.kind == Kind::ProctoredExam {
        reasons.push("proctored exam: +1".into());
    }
    if cert.level >= Level::Professional {
        reasons.push(format!("{} level: +1", cert.level.label()));
    }
    let score = recognition_score(cert, provider_kind);
    Rating {
        low: score,
        high: score,
        reasons,
    }
}

fn recognition_base(provider_kind: ProviderKind) -> u8 {
    match provider_kind {
        ProviderKind::CloudVendor | ProviderKind::ProfessionalBody | ProviderKind::Academic => 3,
        ProviderKind::PlatformVendor => 2,
        ProviderKind::TrainingCompany => 1,
    }
}

/// The number of [`recognition`] without the reasons: what scoring many entries needs.
pub fn recognition_score(cert: &Certification, provider_kind: ProviderKind) -> u8 {
    let score = recognition_base(provider_kind)
        + u8::from(cert.kind == Kind::ProctoredExam)
        + u8::from(cert.level >= Level::Professional);
    score.min(5)
}
