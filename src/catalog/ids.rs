//! The URL ids of the catalog's enums, equal to their names in `data/catalog.json` (a native
//! test proves it), so a link can say `?level=associate&kind=proctored-exam`.

use super::{Delivery, Focus, Kind, Level, StatusState};

macro_rules! url_ids {
    ($($ty:ident { $($variant:ident => $id:literal),+ $(,)? })+) => {$(
        impl $ty {
            pub fn id(self) -> &'static str {
                match self { $($ty::$variant => $id),+ }
            }
            pub fn from_id(id: &str) -> Option<$ty> {
                match id { $($id => Some($ty::$variant),)+ _ => None }
            }
        }
    )+};
}

url_ids! {
    Kind {
        ProctoredExam => "proctored-exam",
        CourseCertificate => "course-certificate",
        ProfessionalCertificate => "professional-certificate",
        Bootcamp => "bootcamp",
    }
    Level {
        Foundational => "foundational",
        Associate => "associate",
        Professional => "professional",
        Expert => "expert",
    }
    Focus {
        AiLiteracy => "ai-literacy",
        CoreMl => "core-ml",
        DeepLearning => "deep-learning",
        ComputerVision => "computer-vision",
        Nlp => "nlp",
        Genai => "genai",
        Agents => "agents",
        Rag => "rag",
        Mlops => "mlops",
        Data => "data",
        Cloud => "cloud",
        Infrastructure => "infrastructure",
        ResponsibleAi => "responsible-ai",
        Governance => "governance",
        Security => "security",
        Business => "business",
    }
    Delivery {
        OnlineProctored => "online-proctored",
        TestCentre => "test-centre",
        SelfPaced => "self-paced",
        InPerson => "in-person",
    }
    StatusState {
        Active => "active",
        Beta => "beta",
        Upcoming => "upcoming",
        Retiring => "retiring",
        Retired => "retired",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn serde_name<T: serde::Serialize>(value: T) -> String {
        serde_json::to_value(value)
            .unwrap()
            .as_str()
            .unwrap()
            .to_owned()
    }

    #[test]
    fn url_ids_equal_data_names_and_round_trip() {
        for v in Kind::ALL {
            assert_eq!(v.id(), serde_name(v));
            assert_eq!(Kind::from_id(v.id()), Some(v));
        }
        for v in Level::ALL {
            assert_eq!(v.id(), serde_name(v));
            assert_eq!(Level::from_id(v.id()), Some(v));
        }
        for v in Focus::ALL {
            assert_eq!(v.id(), serde_name(v));
            assert_eq!(Focus::from_id(v.id()), Some(v));
        }
        for v in Delivery::ALL {
            assert_eq!(v.id(), serde_name(v));
            assert_eq!(Delivery::from_id(v.id()), Some(v));
        }
        for v in StatusState::ALL {
            assert_eq!(v.id(), serde_name(v));
            assert_eq!(StatusState::from_id(v.id()), Some(v));
        }
        assert_eq!(Level::from_id("banana"), None);
    }
}
