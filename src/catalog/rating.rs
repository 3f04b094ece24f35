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
    let base: u8 = match cert.level {
        Level::Foundational => 1,
        Level::Associate => 2,
        Level::Professional => 3,
        Level::Expert => 4,
    };
    let mut reasons = vec![format!("{} level: {base}", cert.level.label())];
    let (low, high) = match cert.hands_on {
        Some(true) => {
            reasons.push("hands-on assessment: +1".into());
            (base + 1, base + 1)
        }
        Some(false) => {
            reasons.push("no hands-on component: +0".into());
            (base, base)
        }
        None => {
            reasons.push("hands-on component unknown: +0 to +1".into());
            (base, base + 1)
        }
    };
    Rating {
        low: low.min(5),
        high: high.min(5),
        reasons,
    }
}

/// Employer recognition, 1–5. See [`RECOGNITION_RULE`].
pub fn recognition(cert: &Certification, provider_kind: ProviderKind) -> Rating {
    let base: u8 = match provider_kind {
        ProviderKind::CloudVendor | ProviderKind::ProfessionalBody | ProviderKind::Academic => 3,
        ProviderKind::PlatformVendor => 2,
        ProviderKind::TrainingCompany => 1,
    };
    let mut score = base;
    let mut reasons = vec![format!("issued by a {}: {base}", provider_kind.label())];
    if cert.kind == Kind::ProctoredExam {
        score += 1;
        reasons.push("proctored exam: +1".into());
    }
    if cert.level >= Level::Professional {
        score += 1;
        reasons.push(format!("{} level: +1", cert.level.label()));
    }
    let score = score.min(5);
    Rating {
        low: score,
        high: score,
        reasons,
    }
}
