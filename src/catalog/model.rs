//! The catalog's domain types, shaped for the app rather than for the research notes they came
//! from: closed enums for everything a person filters or compares on, money in integer cents,
//! durations in minutes, validity in months, and `None` wherever a fact could not be confirmed.

use serde::{Deserialize, Serialize};

use super::date::Date;

/// The whole embedded catalog file (`data/catalog.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogFile {
    /// Schema version of the data file; bumped when a field changes meaning.
    pub schema: u32,
    pub providers: Vec<Provider>,
    pub certifications: Vec<Certification>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    /// Stable id used in URLs (`?provider=aws`).
    pub id: String,
    pub name: String,
    pub kind: ProviderKind,
}

/// What sort of organisation issues a credential; one input to the recognition rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProviderKind {
    /// A hyperscale cloud vendor (AWS, Google Cloud, Microsoft Azure, Oracle Cloud).
    CloudVendor,
    /// A vendor of an AI/data platform or hardware (NVIDIA, Databricks, Snowflake, IBM…).
    PlatformVendor,
    /// A university or an academic course provider.
    Academic,
    /// A professional or standards body (IAPP, ISACA, CompTIA, GIAC…).
    ProfessionalBody,
    /// An online course or bootcamp company.
    TrainingCompany,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Certification {
    /// Stable id, `^[a-z0-9][a-z0-9-]*$`, used in `cert/{id}` and every share link.
    pub id: String,
    pub name: String,
    /// Provider id (see [`Provider::id`]).
    pub provider: String,
    pub exam_code: Option<String>,
    /// Other names people search for (old names, abbreviations).
    #[serde(default)]
    pub aliases: Vec<String>,
    pub kind: Kind,
    pub level: Level,
    pub focus_areas: Vec<Focus>,
    pub price: Price,
    pub exam_minutes: Option<u32>,
    pub questions: Option<u32>,
    /// Free text because vendors state it in incompatible ways ("700 / 1000 scaled", "70%").
    pub passing_score: Option<String>,
    /// Empty when nobody could confirm how it is delivered.
    pub delivery: Vec<Delivery>,
    /// Whether the assessment includes labs, projects or performance-based tasks.
    /// `None` when no source says either way.
    pub hands_on: Option<bool>,
    pub validity: Option<Validity>,
    pub renewal: Option<Renewal>,
    pub recommended_experience: Option<String>,
    /// Ids of catalog entries that must be held first.
    #[serde(default)]
    pub prerequisites: Vec<String>,
    /// Requirements that are not catalog entries (e.g. "an active CISM or CISSP").
    pub prerequisite_note: Option<String>,
    /// Hours of official preparation material, when the provider states them.
    pub prep_hours: Option<u32>,
    pub languages: Option<String>,
    pub status: Status,
    pub official_url: Option<String>,
    pub sources: Vec<Source>,
    /// The last date someone checked these facts against the sources.
    pub verified: Date,
    pub confidence: Confidence,
    /// Facts the sources disagree on, shown to the person rather than hidden.
    #[serde(default)]
    pub doubts: Vec<String>,
    pub notes: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    ProctoredExam,
    CourseCertificate,
    ProfessionalCertificate,
    Bootcamp,
}

/// Ordered from entry level upwards; the order is used by sorting and level fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    Foundational,
    Associate,
    Professional,
    Expert,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Focus {
    AiLiteracy,
    CoreMl,
    DeepLearning,
    ComputerVision,
    Nlp,
    Genai,
    Agents,
    Rag,
    Mlops,
    Data,
    Cloud,
    Infrastructure,
    ResponsibleAi,
    Governance,
    Security,
    Business,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Delivery {
    OnlineProctored,
    TestCentre,
    SelfPaced,
    InPerson,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Price {
    pub model: PriceModel,
    /// `None` when the amount could not be confirmed. Zero only when it is known to be free.
    pub amount: Option<Money>,
    /// What the price pays for ("one exam attempt", "all courses while subscribed").
    pub covers: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PriceModel {
    /// A fee per exam attempt.
    ExamFee,
    /// A subscription billed per month while the person studies.
    SubscriptionPerMonth,
    /// A one-off fee for a course or programme.
    OneOffCourseFee,
    /// Free of charge.
    Free,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Money {
    pub cents: u64,
    pub currency: Currency,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Currency {
    #[serde(rename = "USD")]
    Usd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Validity {
    /// The credential does not expire.
    Lifetime,
    Months(u32),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Renewal {
    /// How the credential is kept current, in our words.
    pub method: String,
    /// Cost of one renewal; `None` when unknown.
    pub fee: Option<Money>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Status {
    pub state: StatusState,
    /// Required for `retiring` and `retired`; for `beta`/`upcoming` the expected opening date.
    pub date: Option<Date>,
    /// Ids of catalog entries that take over from a retiring or retired one.
    #[serde(default)]
    pub replacements: Vec<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StatusState {
    Active,
    Beta,
    /// Announced but registration is not open yet.
    Upcoming,
    Retiring,
    Retired,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub url: String,
    pub note: String,
    pub kind: SourceKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// A vendor page or document.
    Official,
    /// Anyone else: blogs, prep sites, news.
    Secondary,
}

/// How sure the research is about this entry as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    Low,
    Medium,
    High,
}
