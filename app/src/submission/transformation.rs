//! Step 3: which challenges of the triple transformation the practice tackles, and how.

use serde::{Deserialize, Serialize};

use super::fields::{FieldErrors, LongText, is_ticked};
use crate::theme::Theme;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TransformationAnswers {
    pub environmental: String,
    pub environmental_how: String,
    pub digital: String,
    pub digital_how: String,
    pub social: String,
    pub social_how: String,
}

/// At least one theme, each with how the practice tackles it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transformation(Vec<(Theme, LongText)>);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoTheme;

impl From<NoTheme> for crate::i18n::Message {
    fn from(_: NoTheme) -> Self {
        crate::i18n::Message::new("error-no-theme")
    }
}

impl Transformation {
    pub fn themes(&self) -> impl Iterator<Item = Theme> + '_ {
        self.0.iter().map(|(theme, _)| *theme)
    }

    pub fn how(&self, theme: Theme) -> Option<&LongText> {
        self.0
            .iter()
            .find(|(chosen, _)| *chosen == theme)
            .map(|(_, how)| how)
    }
}

impl TransformationAnswers {
    /// The form field of the theme's checkbox and of its "how" text.
    pub fn fields(theme: Theme) -> (&'static str, &'static str) {
        match theme {
            Theme::Environmental => ("environmental", "environmental_how"),
            Theme::Digital => ("digital", "digital_how"),
            Theme::Social => ("social", "social_how"),
        }
    }

    /// The theme's checkbox and "how" answers, as typed.
    pub fn answer(&self, theme: Theme) -> (&str, &str) {
        match theme {
            Theme::Environmental => (&self.environmental, &self.environmental_how),
            Theme::Digital => (&self.digital, &self.digital_how),
            Theme::Social => (&self.social, &self.social_how),
        }
    }

    /// The themes whose box is ticked, in `Theme::ALL` order, whatever else is typed.
    pub fn ticked_themes(&self) -> Vec<Theme> {
        Theme::ALL
            .into_iter()
            .filter(|&theme| super::fields::is_ticked(self.answer(theme).0))
            .collect()
    }

    /// "How" is asked only for the chosen themes; text left under an unticked one is ignored.
    pub fn parse(&self) -> Result<Transformation, FieldErrors> {
        let mut errors = FieldErrors::default();
        let mut chosen = Vec::new();
        let mut complete = true;
        for theme in Theme::ALL {
            let (ticked, how) = self.answer(theme);
            if !is_ticked(ticked) {
                continue;
            }
            match errors.check(Self::fields(theme).1, LongText::parse(how)) {
                Some(how) => chosen.push((theme, how)),
                None => complete = false,
            }
        }
        if chosen.is_empty() && complete {
            errors.add("environmental", NoTheme);
        }
        errors.into_result(complete.then_some(Transformation(chosen)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_least_one_theme_is_required() {
        let errors = TransformationAnswers::default().parse().unwrap_err();
        assert_eq!(
            errors.english_for("environmental").as_deref(),
            Some("Choose at least one challenge that the practice tackles.")
        );
    }

    #[test]
    fn each_chosen_theme_needs_its_how_and_unchosen_ones_are_ignored() {
        let answers = TransformationAnswers {
            digital: "on".into(),
            digital_how: "An open 3D model of the old town.".into(),
            social: "on".into(),
            social_how: "".into(),
            environmental_how: "text under an unticked box".into(),
            ..Default::default()
        };
        let errors = answers.parse().unwrap_err();
        assert_eq!(
            errors.english_for("social_how").as_deref(),
            Some("This field is required.")
        );
        assert_eq!(errors.english_for("environmental").as_deref(), None);

        let fixed = TransformationAnswers {
            social_how: "Schools use it.".into(),
            ..answers
        };
        let transformation = fixed.parse().unwrap();
        assert_eq!(
            transformation.themes().collect::<Vec<_>>(),
            [Theme::Digital, Theme::Social]
        );
        assert_eq!(transformation.how(Theme::Environmental), None);
        assert_eq!(
            transformation.how(Theme::Social).map(|how| how.as_str()),
            Some("Schools use it.")
        );
    }
}
