//! Words for the catalog's values: the one place that decides how a level, a price or a status
//! reads on screen, so the catalog, detail and compare pages never disagree.

use super::{
    Certification, Delivery, Focus, Kind, Level, Money, Price, PriceModel, ProviderKind, Status,
    StatusState, Validity,
};

/// Shown wherever a fact could not be confirmed: never blank, never guessed.
pub const UNKNOWN: &str = "unknown";

impl Kind {
    pub const ALL: [Kind; 4] = [
        Kind::ProctoredExam,
        Kind::CourseCertificate,
        Kind::ProfessionalCertificate,
        Kind::Bootcamp,
    ];
    pub fn label(self) -> &'static str {
        match self {
            Kind::ProctoredExam => "Proctored exam",
            Kind::CourseCertificate => "Course certificate",
            Kind::ProfessionalCertificate => "Professional certificate program",
            Kind::Bootcamp => "Bootcamp",
        }
    }
}

impl Level {
    pub const ALL: [Level; 4] = [
        Level::Foundational,
        Level::Associate,
        Level::Professional,
        Level::Expert,
    ];
    pub fn label(self) -> &'static str {
        match self {
            Level::Foundational => "Foundational",
            Level::Associate => "Associate",
            Level::Professional => "Professional",
            Level::Expert => "Expert",
        }
    }
}

impl Focus {
    pub const ALL: [Focus; 16] = [
        Focus::AiLiteracy,
        Focus::CoreMl,
        Focus::DeepLearning,
        Focus::ComputerVision,
        Focus::Nlp,
        Focus::Genai,
        Focus::Agents,
        Focus::Rag,
        Focus::Mlops,
        Focus::Data,
        Focus::Cloud,
        Focus::Infrastructure,
        Focus::ResponsibleAi,
        Focus::Governance,
        Focus::Security,
        Focus::Business,
    ];
    pub fn label(self) -> &'static str {
        match self {
            Focus::AiLiteracy => "AI literacy",
            Focus::CoreMl => "Core ML",
            Focus::DeepLearning => "Deep learning",
            Focus::ComputerVision => "Computer vision",
            Focus::Nlp => "NLP",
            Focus::Genai => "Generative AI",
            Focus::Agents => "Agents",
            Focus::Rag => "RAG",
            Focus::Mlops => "MLOps",
            Focus::Data => "Data engineering",
            Focus::Cloud => "Cloud",
            Focus::Infrastructure => "AI infrastructure",
            Focus::ResponsibleAi => "Responsible AI",
            Focus::Governance => "Governance and risk",
            Focus::Security => "Security",
            Focus::Business => "Business",
        }
    }
}

impl Delivery {
    pub const ALL: [Delivery; 4] = [
        Delivery::OnlineProctored,
        Delivery::TestCentre,
        Delivery::SelfPaced,
        Delivery::InPerson,
    ];
    pub fn label(self) -> &'static str {
        match self {
            Delivery::OnlineProctored => "Online proctored",
            Delivery::TestCentre => "Test centre",
            Delivery::SelfPaced => "Self-paced online",
            Delivery::InPerson => "In person",
        }
    }
}

impl StatusState {
    pub const ALL: [StatusState; 5] = [
        StatusState::Active,
        StatusState::Beta,
        StatusState::Upcoming,
        StatusState::Retiring,
        StatusState::Retired,
    ];
    pub fn label(self) -> &'static str {
        match self {
            StatusState::Active => "Active",
            StatusState::Beta => "Beta",
            StatusState::Upcoming => "Not yet open",
            StatusState::Retiring => "Retiring",
            StatusState::Retired => "Retired",
        }
    }
}

impl ProviderKind {
    pub fn label(self) -> &'static str {
        match self {
            ProviderKind::CloudVendor => "cloud vendor",
            ProviderKind::PlatformVendor => "platform vendor",
            ProviderKind::Academic => "academic",
            ProviderKind::ProfessionalBody => "professional body",
            ProviderKind::TrainingCompany => "training company",
        }
    }
}

impl Status {
    /// The badge text: "Active", "Retiring on 2026-09-28", "Retired on 2026-03-31".
    pub fn badge(&self) -> String {
        match (self.state, self.date) {
            (StatusState::Retiring, Some(date)) => format!("Retiring on {date}"),
            (StatusState::Retired, Some(date)) => format!("Retired on {date}"),
            (StatusState::Beta | StatusState::Upcoming, Some(date)) => {
                format!("{} (from {date})", self.state.label())
            }
            (state, _) => state.label().to_owned(),
        }
    }
}

/// `$1,234` for whole dollars, `$49.50` otherwise.
pub fn money(amount: Money) -> String {
    let dollars = amount.cents / 100;
    let cents = amount.cents % 100;
    let digits = dollars.to_string();
    let mut grouped = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    if cents == 0 {
        format!("${grouped}")
    } else {
        format!("${grouped}.{cents:02}")
    }
}

impl Price {
    /// "Exam fee $100", "$49 per month (subscription)", "Free", "Exam fee unknown".
    pub fn summary(&self) -> String {
        match (self.model, self.amount) {
            (PriceModel::Free, _) => "Free".to_owned(),
            (_, Some(Money { cents: 0, .. })) => "Free".to_owned(),
            (PriceModel::ExamFee, Some(amount)) => format!("Exam fee {}", money(amount)),
            (PriceModel::SubscriptionPerMonth, Some(amount)) => {
                format!("{} per month (subscription)", money(amount))
            }
            (PriceModel::OneOffCourseFee, Some(amount)) => format!("Course fee {}", money(amount)),
            (PriceModel::ExamFee, None) => format!("Exam fee {UNKNOWN}"),
            (PriceModel::SubscriptionPerMonth, None) => format!("Subscription, price {UNKNOWN}"),
            (PriceModel::OneOffCourseFee, None) => format!("Course fee {UNKNOWN}"),
        }
    }

    pub fn model_label(&self) -> &'static str {
        match self.model {
            PriceModel::ExamFee => "Exam fee",
            PriceModel::SubscriptionPerMonth => "Subscription per month",
            PriceModel::OneOffCourseFee => "One-off course fee",
            PriceModel::Free => "Free",
        }
    }
}

/// "90 min", "3 h", "2 h 50 min".
pub fn duration(minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

pub fn validity(validity: Option<Validity>) -> String {
    match validity {
        None => UNKNOWN.to_owned(),
        Some(Validity::Lifetime) => "Does not expire".to_owned(),
        Some(Validity::Months(m)) if m.is_multiple_of(12) && m >= 24 => format!("{} years", m / 12),
        Some(Validity::Months(12)) => "1 year".to_owned(),
        Some(Validity::Months(m)) => format!("{m} months"),
    }
}

/// A text fact or "unknown".
pub fn or_unknown(text: Option<&str>) -> String {
    text.map_or_else(|| UNKNOWN.to_owned(), str::to_owned)
}

/// A joined list of labels or "unknown" when the list is empty.
pub fn list_or_unknown(labels: impl IntoIterator<Item = &'static str>) -> String {
    let joined: Vec<&str> = labels.into_iter().collect();
    if joined.is_empty() {
        UNKNOWN.to_owned()
    } else {
        joined.join(", ")
    }
}

impl Certification {
    pub fn delivery_label(&self) -> String {
        list_or_unknown(self.delivery.iter().map(|d| d.label()))
    }
    pub fn focus_label(&self) -> String {
        list_or_unknown(self.focus_areas.iter().map(|f| f.label()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Currency;

    fn usd(cents: u64) -> Money {
        Money {
            cents,
            currency: Currency::Usd,
        }
    }

    #[test]
    fn money_groups_thousands_and_keeps_cents() {
        assert_eq!(money(usd(10000)), "$100");
        assert_eq!(money(usd(470000)), "$4,700");
        assert_eq!(money(usd(4950)), "$49.50");
        assert_eq!(money(usd(123456789)), "$1,234,567.89");
        assert_eq!(money(usd(0)), "$0");
    }

    #[test]
    fn unknown_price_says_unknown_never_zero() {
        let price = Price {
            model: PriceModel::ExamFee,
            amount: None,
            covers: None,
            note: None,
        };
        assert_eq!(price.summary(), "Exam fee unknown");
    }

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration(90), "1 h 30 min");
        assert_eq!(duration(45), "45 min");
        assert_eq!(duration(180), "3 h");
    }

    #[test]
    fn validity_reads_in_years_or_unknown() {
        assert_eq!(validity(Some(Validity::Months(36))), "3 years");
        assert_eq!(validity(Some(Validity::Months(12))), "1 year");
        assert_eq!(validity(Some(Validity::Months(18))), "18 months");
        assert_eq!(validity(Some(Validity::Lifetime)), "Does not expire");
        assert_eq!(validity(None), "unknown");
    }
}
