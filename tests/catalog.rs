//! The embedded catalog against its data rules, and each rule against a deliberately broken
//! entry, so a rule that stopped checking would fail here.

use std::time::{SystemTime, UNIX_EPOCH};

use certscope::catalog::{
    rating, validate, Catalog, CatalogError, CatalogFile, Date, Level, PriceModel, StatusState,
};

/// Today's date in UTC from the system clock, by the civil-from-days algorithm.
fn today() -> Date {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock after 1970")
        .as_secs();
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    Date { year, month, day }
}

fn real_file() -> CatalogFile {
    serde_json::from_str(certscope::catalog::EMBEDDED_JSON).expect("data/catalog.json parses")
}

fn problems_after(edit: impl FnOnce(&mut CatalogFile)) -> Vec<String> {
    let mut file = real_file();
    edit(&mut file);
    validate(&Catalog::from_file(file), today())
        .into_iter()
        .map(|e| e.to_string())
        .collect()
}

fn assert_flags(edit: impl FnOnce(&mut CatalogFile), expected: &str) {
    let problems = problems_after(edit);
    assert!(
        problems.iter().any(|p| p.contains(expected)),
        "expected a problem containing {expected:?}, got {problems:?}"
    );
}

#[test]
fn embedded_catalog_is_valid() {
    let catalog = Catalog::embedded().expect("embedded catalog decodes");
    let from_json = Catalog::from_json(certscope::catalog::EMBEDDED_JSON).expect("JSON parses");
    assert_eq!(catalog, from_json, "the packed catalog is the JSON catalog");
    let problems = validate(&catalog, today());
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(
        catalog.certifications.len() >= 40,
        "at least 40 certifications"
    );
}

#[test]
fn today_is_plausible() {
    let now = today();
    assert!(now.year >= 2026 && Date::parse(&now.to_string()) == Some(now));
}

#[test]
fn duplicate_id_is_rejected() {
    assert_flags(
        |f| {
            let copy = f.certifications[0].clone();
            f.certifications.push(copy);
        },
        "duplicate id",
    );
}

#[test]
fn malformed_ids_are_rejected() {
    for bad in ["AWS-aif", "-aws", "aws_aif", "aws aif", ""] {
        assert_flags(
            |f| f.certifications[0].id = bad.into(),
            "id is not of the form",
        );
    }
}

#[test]
fn missing_or_plain_http_sources_are_rejected() {
    assert_flags(|f| f.certifications[0].sources.clear(), "no sources");
    assert_flags(
        |f| f.certifications[0].sources[0].url = "http://example.com/page".into(),
        "is not an https URL",
    );
    assert_flags(
        |f| f.certifications[0].sources[0].url = "https://".into(),
        "is not an https URL",
    );
}

#[test]
fn malformed_verified_date_fails_to_parse() {
    let text =
        certscope::catalog::EMBEDDED_JSON.replacen("\"verified\": \"", "\"verified\": \"20x", 1);
    match Catalog::from_json(&text) {
        Err(CatalogError::Parse(message)) => assert!(message.contains("YYYY-MM-DD"), "{message}"),
        other => panic!("expected a parse error, got {other:?}"),
    }
}

#[test]
fn missing_verified_date_fails_to_parse() {
    let mut value: serde_json::Value =
        serde_json::from_str(certscope::catalog::EMBEDDED_JSON).unwrap();
    value["certifications"][0]
        .as_object_mut()
        .unwrap()
        .remove("verified");
    assert!(matches!(
        Catalog::from_json(&value.to_string()),
        Err(CatalogError::Parse(_))
    ));
}

#[test]
fn verified_date_in_the_future_is_rejected() {
    assert_flags(
        |f| {
            f.certifications[0].verified = Date {
                year: 2999,
                month: 1,
                day: 1,
            }
        },
        "is in the future",
    );
}

#[test]
fn retired_or_retiring_without_date_is_rejected() {
    for state in [StatusState::Retired, StatusState::Retiring] {
        assert_flags(
            |f| {
                f.certifications[0].status.state = state;
                f.certifications[0].status.date = None;
            },
            "without a date",
        );
    }
}

#[test]
fn unknown_replacement_or_prerequisite_is_rejected() {
    assert_flags(
        |f| {
            f.certifications[0]
                .status
                .replacements
                .push("no-such-cert".into())
        },
        "replacement `no-such-cert` does not exist",
    );
    assert_flags(
        |f| {
            f.certifications[0]
                .prerequisites
                .push("no-such-cert".into())
        },
        "prerequisite `no-such-cert` does not exist",
    );
}

#[test]
fn self_replacement_is_rejected() {
    assert_flags(
        |f| {
            let id = f.certifications[0].id.clone();
            f.certifications[0].status.replacements.push(id);
        },
        "lists itself as its replacement",
    );
}

#[test]
fn unknown_provider_is_rejected() {
    assert_flags(
        |f| f.certifications[0].provider = "nobody".into(),
        "provider `nobody`",
    );
}

#[test]
fn the_word_unknown_is_not_data() {
    assert_flags(
        |f| f.certifications[0].languages = Some("unknown".into()),
        "should be null",
    );
}

#[test]
fn retired_entries_in_the_real_data_name_a_replacement_or_say_why_not() {
    let catalog = Catalog::embedded().unwrap();
    let mls = catalog
        .get("aws-mls-c01")
        .expect("AWS ML Specialty is in the catalog");
    assert_eq!(mls.status.state, StatusState::Retired);
    assert_eq!(mls.status.date, Date::parse("2026-03-31"));
    assert!(!mls.status.replacements.is_empty());
}

#[test]
fn unknown_prices_are_none_never_zero_or_guessed() {
    let catalog = Catalog::embedded().unwrap();
    // AI-901's fee was never confirmed by Microsoft: it must stay unknown.
    let ai901 = catalog.get("ms-ai-901").unwrap();
    assert_eq!(ai901.price.amount, None);
    for cert in &catalog.certifications {
        if let Some(amount) = cert.price.amount {
            if amount.cents == 0 {
                assert!(
                    cert.price.model == PriceModel::Free
                        || cert.price.note.is_some()
                        || cert.price.covers.is_some(),
                    "{} is free without saying what is free",
                    cert.id
                );
            }
        }
    }
}

#[test]
fn depth_rule_is_a_range_when_hands_on_is_unknown() {
    let catalog = Catalog::embedded().unwrap();
    let mut cert = catalog.certifications[0].clone();
    cert.level = Level::Associate;
    cert.hands_on = None;
    let r = rating::depth(&cert);
    assert_eq!((r.low, r.high), (2, 3));
    assert_eq!(r.label(), "2–3 of 5");
    cert.hands_on = Some(true);
    cert.level = Level::Expert;
    assert_eq!(rating::depth(&cert).label(), "5 of 5");
}

#[test]
fn recognition_rule_follows_provider_kind_exam_and_level() {
    use certscope::catalog::{Kind, ProviderKind};
    let catalog = Catalog::embedded().unwrap();
    let mut cert = catalog.certifications[0].clone();
    cert.kind = Kind::ProctoredExam;
    cert.level = Level::Professional;
    assert_eq!(rating::recognition(&cert, ProviderKind::CloudVendor).low, 5);
    cert.kind = Kind::Bootcamp;
    cert.level = Level::Associate;
    assert_eq!(
        rating::recognition(&cert, ProviderKind::TrainingCompany).low,
        1
    );
}
