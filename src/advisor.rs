//! "Should you get certified?" — the source article's flowchart as data plus one pure
//! function from answers to an outcome. Questions come one at a time; an outcome either says
//! not to certify now (and why) or applies a scoring preset.

use crate::catalog::Focus;
use crate::score::Preset;

/// A question, its answers, and where each answer leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    pub key: &'static str,
    pub text: &'static str,
    pub answers: &'static [(&'static str, &'static str, Next)],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    Ask(&'static str),
    Done(Outcome),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// No experience, not changing careers.
    FreeResources,
    /// No experience, changing careers.
    EntryLevel,
    /// Experience, needs formal recognition.
    Advanced,
    /// Experience, no need for recognition.
    Projects,
}

/// The flowchart: prior experience → (changing careers | need recognition).
pub const QUESTIONS: [Question; 3] = [
    Question {
        key: "experience",
        text: "Do you have prior AI or machine-learning experience?",
        answers: &[
            (
                "yes",
                "Yes, I have worked on ML or AI",
                Next::Ask("recognition"),
            ),
            ("no", "No, not yet", Next::Ask("career")),
        ],
    },
    Question {
        key: "career",
        text: "Are you changing careers into AI?",
        answers: &[
            (
                "yes",
                "Yes, I want an AI role",
                Next::Done(Outcome::EntryLevel),
            ),
            (
                "no",
                "No, I am curious or exploring",
                Next::Done(Outcome::FreeResources),
            ),
        ],
    },
    Question {
        key: "recognition",
        text: "Do you need formal recognition (a promotion, clients, a hiring filter)?",
        answers: &[
            (
                "yes",
                "Yes, a credential would open doors",
                Next::Done(Outcome::Advanced),
            ),
            (
                "no",
                "No, my work speaks for itself",
                Next::Done(Outcome::Projects),
            ),
        ],
    },
];

pub fn question(key: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.key == key)
}

/// Where a set of answers (question key → answer key) stands: the questions asked in order,
/// and the outcome once the path ends. Unknown or stale answers are ignored.
pub fn walk(answers: &[(String, String)]) -> (Vec<&'static Question>, Option<Outcome>) {
    let mut asked = Vec::new();
    let mut current = Some(&QUESTIONS[0]);
    while let Some(q) = current {
        asked.push(q);
        let answer = answers
            .iter()
            .find(|(k, _)| k == q.key)
            .map(|(_, a)| a.as_str());
        let Some(next) = answer.and_then(|a| q.answers.iter().find(|(key, _, _)| *key == a)) else {
            return (asked, None);
        };
        match next.2 {
            Next::Ask(key) => current = question(key),
            Next::Done(outcome) => return (asked, Some(outcome)),
        }
    }
    (asked, None)
}

impl Outcome {
    pub fn title(self) -> &'static str {
        match self {
            Outcome::FreeResources => "Don't certify now: free resources will serve you better",
            Outcome::EntryLevel => "An entry-level certification can structure your switch",
            Outcome::Advanced => "An advanced certification can help",
            Outcome::Projects => "Don't certify now: build projects and publish",
        }
    }

    /// Why, in the article's terms and our words.
    pub fn reason(self) -> &'static str {
        match self {
            Outcome::FreeResources => "Without a career change in view, a paid credential buys little; free courses give the same overview, and tuition is the first thing to save.",
            Outcome::EntryLevel => "When you move into AI from another field, a foundational or associate certification gives your learning a structure and shows intent on a CV.",
            Outcome::Advanced => "With experience already, a professional-level credential adds the formal authority that promotions, proposals and hiring filters look for.",
            Outcome::Projects => "With experience and no one asking for a credential, projects and write-ups show more than a certificate would.",
        }
    }

    /// The scoring preset a certification outcome applies.
    pub fn preset(self) -> Option<Preset> {
        match self {
            Outcome::EntryLevel => Some(Preset::CareerChange),
            Outcome::Advanced => Some(Preset::Credibility),
            Outcome::FreeResources | Outcome::Projects => None,
        }
    }
}

/// A portfolio project for a focus area: the article's advice to turn a certificate into
/// something you can show, in our words.
pub fn project_idea(focus: Option<Focus>) -> &'static str {
    match focus {
        Some(Focus::Genai | Focus::Agents | Focus::Rag) => "Build a small question-answering assistant over a public document set, measure how often its answers are right, and write up what improved them.",
        Some(Focus::Mlops | Focus::Cloud | Focus::Infrastructure) => "Take one model from notebook to a deployed, monitored service: automated training, a versioned model, and an alert when its accuracy drifts.",
        Some(Focus::ComputerVision) => "Train an image classifier on a public dataset, then show where it fails and what data fixed it.",
        Some(Focus::Nlp) => "Classify or summarise a public text corpus and compare a simple baseline with a fine-tuned model, with the numbers.",
        Some(Focus::Data) => "Build a clean, tested data pipeline from a public source into features a model can use, and document each step.",
        _ => "Predict something from a public tabular dataset (customer churn is a classic), scale and split the data properly, and explain which features mattered.",
    }
}

/// The article's pitfalls worth avoiding, in our words.
pub const PITFALLS: [&str; 5] = [
    "Paying for a generic course without comparing what it covers and where its holders work.",
    "Studying theory only: build something while you prepare.",
    "Picking by brand rather than content.",
    "Skipping the basics the exam assumes.",
    "Expecting a certificate alone to bring job offers: pair it with a portfolio and people.",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn a(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn every_path_of_the_flowchart() {
        let cases = [
            (
                a(&[("experience", "no"), ("career", "yes")]),
                Outcome::EntryLevel,
            ),
            (
                a(&[("experience", "no"), ("career", "no")]),
                Outcome::FreeResources,
            ),
            (
                a(&[("experience", "yes"), ("recognition", "yes")]),
                Outcome::Advanced,
            ),
            (
                a(&[("experience", "yes"), ("recognition", "no")]),
                Outcome::Projects,
            ),
        ];
        for (answers, outcome) in cases {
            let (asked, got) = walk(&answers);
            assert_eq!(got, Some(outcome));
            assert_eq!(asked.len(), 2);
        }
        assert_eq!(Outcome::EntryLevel.preset(), Some(Preset::CareerChange));
        assert_eq!(Outcome::Projects.preset(), None);
    }

    #[test]
    fn partial_stale_or_bad_answers_stop_at_the_open_question() {
        assert_eq!(walk(&[]).0[0].key, "experience");
        assert_eq!(walk(&[]).1, None);
        // A stale answer from the other branch is ignored.
        let (asked, got) = walk(&a(&[("experience", "yes"), ("career", "yes")]));
        assert_eq!((asked.last().unwrap().key, got), ("recognition", None));
        assert_eq!(walk(&a(&[("experience", "banana")])).1, None);
    }
}
