//! The five criteria of PRODUCT.md, each scored 1 to 5, their weights, and the weighted average:
//! rules shared by the scoring form in the browser and the server.

use serde::{Deserialize, Serialize};

use crate::submission::fields::{FieldErrors, LongText, NoChoice};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Criterion {
    Relevance,
    Impact,
    Transferability,
    Innovation,
    Quality,
}

impl Criterion {
    pub const ALL: [Criterion; 5] = [
        Criterion::Relevance,
        Criterion::Impact,
        Criterion::Transferability,
        Criterion::Innovation,
        Criterion::Quality,
    ];

    /// The form field and the position in stored lists.
    pub fn slug(self) -> &'static str {
        match self {
            Criterion::Relevance => "relevance",
            Criterion::Impact => "impact",
            Criterion::Transferability => "transferability",
            Criterion::Innovation => "innovation",
            Criterion::Quality => "quality",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Criterion::Relevance => "Relevance to the triple transformation",
            Criterion::Impact => "Impact and evidence",
            Criterion::Transferability => "Transferability",
            Criterion::Innovation => "Innovation",
            Criterion::Quality => "Quality and sustainability",
        }
    }
}

/// How much each criterion counts, 0 to 10, in `Criterion::ALL` order. Stored as "1,1,2,1,1".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Weights(pub [u8; 5]);

impl Default for Weights {
    fn default() -> Self {
        Weights([1; 5])
    }
}

impl Weights {
    /// Anything unreadable falls back to equal weights.
    pub fn parse(stored: &str) -> Self {
        let parts: Vec<u8> = stored
            .split(',')
            .filter_map(|part| part.trim().parse().ok())
            .filter(|weight| *weight <= 10)
            .collect();
        match <[u8; 5]>::try_from(parts) {
            Ok(weights) if weights.iter().any(|w| *w > 0) => Weights(weights),
            _ => Weights::default(),
        }
    }

    /// Weights as an admin types them, one per criterion in `Criterion::ALL` order: whole
    /// numbers from 0 to 10, not all zero. The error names the criterion it is about.
    pub fn from_inputs(inputs: [&str; 5]) -> Result<Self, (Criterion, &'static str)> {
        let mut weights = [0; 5];
        for ((criterion, input), weight) in Criterion::ALL.into_iter().zip(inputs).zip(&mut weights)
        {
            *weight = input
                .trim()
                .parse::<u8>()
                .ok()
                .filter(|weight| *weight <= 10)
                .ok_or((criterion, "Enter a whole number from 0 to 10."))?;
        }
        if weights.iter().all(|weight| *weight == 0) {
            return Err((
                Criterion::ALL[0],
                "At least one criterion must count: give it a weight above 0.",
            ));
        }
        Ok(Weights(weights))
    }

    pub fn to_stored(self) -> String {
        self.0.map(|w| w.to_string()).join(",")
    }
}

/// What the scoring form posts: a choice of 1 to 5 per criterion, and a comment.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ScoreAnswers {
    pub relevance: String,
    pub impact: String,
    pub transferability: String,
    pub innovation: String,
    pub quality: String,
    pub comment: String,
}

/// A complete score: points 1 to 5 in `Criterion::ALL` order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    pub points: [u8; 5],
    pub comment: Option<LongText>,
}

impl ScoreAnswers {
    fn answer(&self, criterion: Criterion) -> &str {
        match criterion {
            Criterion::Relevance => &self.relevance,
            Criterion::Impact => &self.impact,
            Criterion::Transferability => &self.transferability,
            Criterion::Innovation => &self.innovation,
            Criterion::Quality => &self.quality,
        }
    }

    pub fn parse(&self) -> Result<Score, FieldErrors> {
        let mut errors = FieldErrors::default();
        let points: Vec<Option<u8>> = Criterion::ALL
            .into_iter()
            .map(|criterion| {
                let chosen = self
                    .answer(criterion)
                    .trim()
                    .parse::<u8>()
                    .ok()
                    .filter(|points| (1..=5).contains(points))
                    .ok_or(NoChoice);
                errors.check(criterion.slug(), chosen)
            })
            .collect();
        let comment = errors.check("comment", LongText::parse_optional(&self.comment));
        let score = (|| {
            let points: Vec<u8> = points.into_iter().collect::<Option<_>>()?;
            Some(Score {
                points: points.try_into().ok()?,
                comment: comment?,
            })
        })();
        errors.into_result(score)
    }
}

impl Score {
    /// The weighted mean of the points, 1 to 5.
    pub fn weighted(&self, weights: Weights) -> f64 {
        let total: u32 = weights.0.iter().map(|w| u32::from(*w)).sum();
        let sum: u32 = self
            .points
            .iter()
            .zip(weights.0)
            .map(|(points, weight)| u32::from(*points) * u32::from(weight))
            .sum();
        f64::from(sum) / f64::from(total.max(1))
    }
}

/// The mean of the reviewers' weighted scores; `None` before the first score.
pub fn weighted_average(scores: &[Score], weights: Weights) -> Option<f64> {
    (!scores.is_empty()).then(|| {
        scores
            .iter()
            .map(|score| score.weighted(weights))
            .sum::<f64>()
            / scores.len() as f64
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_criterion_needs_one_to_five() {
        let errors = ScoreAnswers {
            relevance: "6".into(),
            impact: "3".into(),
            ..Default::default()
        }
        .parse()
        .unwrap_err();
        assert_eq!(
            errors.english_for("relevance").as_deref(),
            Some("Choose one of the options.")
        );
        assert_eq!(errors.english_for("impact").as_deref(), None);
        assert!(errors.english_for("quality").as_deref().is_some());
        let score = ScoreAnswers {
            relevance: "5".into(),
            impact: "4".into(),
            transferability: "3".into(),
            innovation: "2".into(),
            quality: "1".into(),
            comment: "  ".into(),
        }
        .parse()
        .unwrap();
        assert_eq!(score.points, [5, 4, 3, 2, 1]);
        assert_eq!(score.comment, None);
    }

    #[test]
    fn weights_shape_the_average() {
        let score = |points| Score {
            points,
            comment: None,
        };
        let even = Weights::default();
        assert_eq!(score([5, 4, 3, 2, 1]).weighted(even), 3.0);
        let relevance_counts_double = Weights::parse("2,1,1,1,1");
        assert_eq!(
            Weights::from_inputs(["2", " 1", "1", "1", "1"]),
            Ok(relevance_counts_double)
        );
        assert!(Weights::from_inputs(["0"; 5]).is_err());
        assert_eq!(
            Weights::from_inputs(["1", "11", "1", "1", "1"]).map_err(|(criterion, _)| criterion),
            Err(Criterion::Impact)
        );
        assert!(Weights::from_inputs(["1", "1", "1.5", "1", "1"]).is_err());
        assert_eq!(
            score([5, 4, 3, 2, 1]).weighted(relevance_counts_double),
            20.0 / 6.0
        );
        assert_eq!(
            weighted_average(&[score([5; 5]), score([3; 5])], even),
            Some(4.0)
        );
        assert_eq!(weighted_average(&[], even), None);
        assert_eq!(Weights::parse("nonsense"), even);
        assert_eq!(
            Weights::parse("0,0,0,0,0"),
            even,
            "all zero would divide by nothing"
        );
        assert_eq!(relevance_counts_double.to_stored(), "2,1,1,1,1");
    }
}
