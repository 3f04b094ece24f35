//! The prerendered site: which addresses become files, and what each page's `<head>` tells
//! search engines and link previews (description, canonical URL, Open Graph, schema.org
//! JSON-LD), plus `sitemap.xml` and `robots.txt`. Plain data in, plain text out, tested
//! natively; `src/bin/prerender.rs` renders the bodies with the app's own components and writes
//! the files. Never part of the Wasm (nothing there calls it).

use serde_json::json;

use crate::catalog::{Catalog, Certification, Date, PriceModel, Validity};

/// One prerendered address.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The in-app address, from the router base: `/`, `/cert/aws-aif-c01`, `/404`.
    pub path: String,
    /// Files under `dist/` that answer it. Pages answers `/x` from `x.html` with 200 and
    /// `/x/` from `x/index.html`; a directory alone would cost a redirect first.
    pub files: Vec<String>,
    pub description: String,
    /// schema.org data for a detail page.
    pub json_ld: Option<String>,
    /// The sitemap's `lastmod`; `None` leaves it out.
    pub lastmod: Option<Date>,
    /// 404.html is a page for every unknown address, not one to index.
    pub indexed: bool,
}

const APP_DESCRIPTION: &str = "Compare AI and machine-learning certifications: sourced costs, exam formats, validity and retirements, with filters, side-by-side comparison and a fit score. Runs entirely in your browser.";

fn page(path: &str, description: String, lastmod: Option<Date>) -> Page {
    let stem = path.trim_start_matches('/');
    Page {
        path: path.to_owned(),
        files: vec![format!("{stem}.html"), format!("{stem}/index.html")],
        description,
        json_ld: None,
        lastmod,
        indexed: true,
    }
}

/// Every prerendered address: the catalog, one detail page per certification, the other
/// pages' default views, and the page for unknown addresses.
pub fn pages(catalog: &Catalog) -> Vec<Page> {
    let newest = catalog.newest_verified();
    let mut pages = vec![Page {
        path: "/".into(),
        files: vec!["index.html".into()],
        description: APP_DESCRIPTION.into(),
        json_ld: None,
        lastmod: newest,
        indexed: true,
    }];
    pages.extend(catalog.certifications.iter().map(|cert| Page {
        json_ld: Some(json_ld(catalog, cert)),
        ..page(
            &format!("/cert/{}", cert.id),
            description(catalog, cert),
            Some(cert.verified),
        )
    }));
    for (path, description) in [
        ("/compare", "Compare AI and ML certifications side by side: cost, exam, validity and status, with the differences highlighted."),
        ("/score", "Rank AI and ML certifications by what matters to you: cost, depth, recognition, time and focus, with every score explained."),
        ("/advisor", "Is an AI or ML certification worth it for you? A few questions, and an answer with the reasons."),
        ("/lists", "Your shortlists of AI and ML certifications, with notes, kept in this browser and shareable as a link."),
    ] {
        pages.push(page(path, description.into(), newest));
    }
    pages.push(Page {
        path: "/404".into(),
        files: vec!["404.html".into()],
        description: APP_DESCRIPTION.into(),
        json_ld: None,
        lastmod: None,
        indexed: false,
    });
    pages
}

/// "AWS Certified AI Practitioner (AIF-C01) by Amazon Web Services: foundational proctored
/// exam, exam fee $100, 90 min, valid 3 years. Retired on …" — only facts the catalog knows.
pub fn description(catalog: &Catalog, cert: &Certification) -> String {
    use crate::catalog::labels;
    let mut text = format!(
        "{} by {}: {} {}",
        cert.name,
        catalog.provider_name(cert),
        cert.level.label().to_lowercase(),
        cert.kind.label().to_lowercase(),
    );
    let price = cert.price.summary();
    let mut facts = vec![price[..1].to_lowercase() + &price[1..]];
    if let Some(minutes) = cert.exam_minutes {
        facts.push(format!("{} exam", labels::duration(minutes)));
    }
    if cert.validity.is_some() {
        facts.push(format!(
            "valid: {}",
            labels::validity(cert.validity).to_lowercase()
        ));
    }
    for fact in &facts {
        text.push_str(", ");
        text.push_str(fact);
    }
    text.push_str(". ");
    text.push_str(&cert.status.badge());
    text.push_str(". Sources and CertScope's ratings.");
    text
}

/// schema.org `EducationalOccupationalCredential` for one certification. Unknown facts are
/// left out, never guessed.
pub fn json_ld(catalog: &Catalog, cert: &Certification) -> String {
    let mut data = json!({
        "@context": "https://schema.org",
        "@type": "EducationalOccupationalCredential",
        "name": cert.name,
        "credentialCategory": cert.kind.label(),
        "educationalLevel": cert.level.label(),
        "recognizedBy": {
            "@type": "Organization",
            "name": catalog.provider_name(cert),
        },
    });
    let object = data.as_object_mut().expect("a JSON object literal");
    if let Some(url) = &cert.official_url {
        object.insert("url".into(), url.as_str().into());
    }
    if let Some(Validity::Months(months)) = cert.validity {
        // ISO 8601 duration.
        object.insert("validFor".into(), format!("P{months}M").into());
    }
    let offer = match (cert.price.model, cert.price.amount) {
        (_, Some(money)) => Some(json!({
            "price": format!("{}.{:02}", money.cents / 100, money.cents % 100),
            "priceCurrency": money.currency,
        })),
        (PriceModel::Free, None) => Some(json!({ "price": "0" })),
        (_, None) => None,
    };
    if let Some(mut offer) = offer {
        offer["@type"] = "Offer".into();
        offer["category"] = cert.price.model_label().into();
        object.insert("offers".into(), offer);
    }
    // `<` never appears raw, so the data cannot close its own script element.
    data.to_string().replace('<', "\\u003c")
}

/// Text for an HTML attribute value in double quotes, or for an element's text.
pub fn attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The absolute address of an in-app path: origin + base + path.
pub fn absolute(origin: &str, base: &str, path: &str) -> String {
    format!(
        "{}{}",
        origin.trim_end_matches('/'),
        crate::route::join(base, path)
    )
}

/// The tags each page adds to the template's `<head>`: description, canonical URL, Open
/// Graph and Twitter card, and JSON-LD on detail pages.
pub fn head_tags(page: &Page, title: &str, origin: &str, base: &str) -> String {
    let url = absolute(origin, base, &page.path);
    let image = absolute(origin, base, "/icons/icon-512.png");
    let (title, description) = (attr(title), attr(&page.description));
    let mut tags = format!(
        "<meta name=\"description\" content=\"{description}\">\
         <meta property=\"og:type\" content=\"website\">\
         <meta property=\"og:site_name\" content=\"CertScope\">\
         <meta property=\"og:title\" content=\"{title}\">\
         <meta property=\"og:description\" content=\"{description}\">\
         <meta property=\"og:image\" content=\"{image}\">\
         <meta name=\"twitter:card\" content=\"summary\">\
         <meta name=\"twitter:title\" content=\"{title}\">\
         <meta name=\"twitter:description\" content=\"{description}\">"
    );
    if page.indexed {
        tags.push_str(&format!(
            "<link rel=\"canonical\" href=\"{url}\"><meta property=\"og:url\" content=\"{url}\">"
        ));
    } else {
        tags.push_str("<meta name=\"robots\" content=\"noindex\">");
    }
    if let Some(data) = &page.json_ld {
        tags.push_str(&format!(
            "<script type=\"application/ld+json\">{data}</script>"
        ));
    }
    tags
}

/// `sitemap.xml`: every indexed page, `lastmod` from its verified date.
pub fn sitemap(pages: &[Page], origin: &str, base: &str) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for page in pages.iter().filter(|p| p.indexed) {
        xml.push_str(&format!(
            "<url><loc>{}</loc>",
            attr(&absolute(origin, base, &page.path))
        ));
        if let Some(date) = page.lastmod {
            xml.push_str(&format!("<lastmod>{date}</lastmod>"));
        }
        xml.push_str("</url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

/// `robots.txt`: everything may be crawled, and where the sitemap is. Crawlers read it only at
/// a host's root: that is this file on a user site or a custom domain; a project site's
/// sitemap is submitted to the search engines instead.
pub fn robots(origin: &str, base: &str) -> String {
    format!(
        "User-agent: *\nAllow: /\nSitemap: {}\n",
        absolute(origin, base, "/sitemap.xml")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn catalog() -> Catalog {
        Catalog::embedded().expect("the embedded catalog loads")
    }

    #[test]
    fn every_certification_has_a_page_with_two_files() {
        let catalog = catalog();
        let pages = pages(&catalog);
        for cert in &catalog.certifications {
            let page = pages
                .iter()
                .find(|p| p.path == format!("/cert/{}", cert.id))
                .expect("a page per certification");
            assert_eq!(
                page.files,
                [
                    format!("cert/{}.html", cert.id),
                    format!("cert/{}/index.html", cert.id)
                ]
            );
            assert_eq!(page.lastmod, Some(cert.verified));
        }
        let files: Vec<&String> = pages.iter().flat_map(|p| &p.files).collect();
        let unique: std::collections::HashSet<_> = files.iter().collect();
        assert_eq!(files.len(), unique.len(), "no two pages write one file");
        assert_eq!(pages.iter().filter(|p| !p.indexed).count(), 1);
    }

    #[test]
    fn json_ld_names_the_credential_and_leaves_unknowns_out() {
        let catalog = catalog();
        for cert in &catalog.certifications {
            let data: Value = serde_json::from_str(&json_ld(&catalog, cert)).expect("JSON");
            assert_eq!(data["@type"], "EducationalOccupationalCredential");
            assert_eq!(data["name"], cert.name.as_str());
            assert_eq!(data["recognizedBy"]["name"], catalog.provider_name(cert));
            let priced = cert.price.amount.is_some() || cert.price.model == PriceModel::Free;
            assert_eq!(data.get("offers").is_some(), priced, "{}", cert.id);
            assert_eq!(
                data.get("validFor").is_some(),
                matches!(cert.validity, Some(Validity::Months(_))),
                "{}",
                cert.id
            );
        }
    }

    #[test]
    fn json_ld_cannot_close_its_script() {
        let mut cert = catalog().certifications[0].clone();
        cert.name = "</script><script>alert(1)".into();
        let text = json_ld(&catalog(), &cert);
        assert!(!text.contains('<'));
        let data: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(data["name"], cert.name.as_str());
    }

    #[test]
    fn head_tags_escape_and_point_under_the_base() {
        let page = Page {
            path: "/cert/x".into(),
            files: vec![],
            description: "A \"quoted\" <b> & more".into(),
            json_ld: None,
            lastmod: None,
            indexed: true,
        };
        let tags = head_tags(&page, "X · CertScope", "https://me.github.io", "/fork");
        assert!(tags.contains("href=\"https://me.github.io/fork/cert/x\""));
        assert!(tags.contains("content=\"A &quot;quoted&quot; &lt;b&gt; &amp; more\""));
        assert!(!tags.contains("noindex"));
        let missing = Page {
            indexed: false,
            ..page
        };
        let tags = head_tags(&missing, "Not found", "https://me.github.io", "/fork");
        assert!(tags.contains("noindex") && !tags.contains("canonical"));
    }

    #[test]
    fn sitemap_lists_indexed_pages_under_the_base() {
        let catalog = catalog();
        let pages = pages(&catalog);
        let xml = sitemap(&pages, "https://me.github.io/", "/certscope");
        assert_eq!(
            xml.matches("<url>").count(),
            pages.iter().filter(|p| p.indexed).count()
        );
        assert!(xml.contains("<loc>https://me.github.io/certscope/</loc>"));
        assert!(!xml.contains("/404"));
        let first = &catalog.certifications[0];
        assert!(xml.contains(&format!(
            "<loc>https://me.github.io/certscope/cert/{}</loc><lastmod>{}</lastmod>",
            first.id, first.verified
        )));
        assert_eq!(
            robots("https://me.github.io", ""),
            "User-agent: *\nAllow: /\nSitemap: https://me.github.io/sitemap.xml\n"
        );
    }

    #[test]
    fn descriptions_say_only_known_facts() {
        let catalog = catalog();
        for cert in &catalog.certifications {
            let text = description(&catalog, cert);
            assert!(text.starts_with(&cert.name), "{text}");
            assert!(text
                .to_lowercase()
                .contains(&cert.price.summary().to_lowercase()));
            if let Some(minutes) = cert.exam_minutes {
                let length = format!("{} exam", crate::catalog::labels::duration(minutes));
                assert!(text.contains(&length), "{text}");
            }
            assert_eq!(text.contains("valid: "), cert.validity.is_some(), "{text}");
        }
    }
}
