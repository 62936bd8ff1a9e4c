//! A catalogue's message, compiled on the server from Fluent and read by the same code on both
//! sides: the browser gets its page's messages in this small form, without a Fluent parser.

use serde::{Deserialize, Serialize};

use super::Lang;

/// A message: text, arguments and choices, with terms and referenced messages already inlined.
pub type Pattern = Vec<Piece>;

/// Tagged by one letter: an untagged enum would cost the browser bundle serde's buffering code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Piece {
    #[serde(rename = "t")]
    Text(String),
    /// `{ $name }`
    #[serde(rename = "a")]
    Argument { arg: String },
    /// `{ $name -> [one] ... *[other] ... }`: the first variant whose key is the argument's
    /// value or, for a number, its CLDR plural category; else the default.
    #[serde(rename = "s")]
    Select {
        on: String,
        variants: Vec<(String, Pattern)>,
        default: usize,
    },
}

/// A value for a message's named argument. Numbers are whole: counts, days, seats. (The
/// browser then needs no float formatting or parsing code.)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Arg {
    Number(i64),
    Text(String),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

macro_rules! number_args {
    ($($type:ty),*) => {
        $(impl From<$type> for Arg {
            fn from(number: $type) -> Self {
                Arg::Number(i64::try_from(number).unwrap_or(i64::MAX))
            }
        })*
    };
}
number_args!(i32, i64, u32, u64, usize);

/// A message to show in the reader's language, as domain rules and server functions return
/// them: a catalogue key with its arguments. Staff pages, which stay English, may carry a text
/// as it is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Message {
    Key {
        key: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        args: Vec<(String, Arg)>,
    },
    /// Written for staff, in English.
    Staff(String),
}

impl Message {
    pub fn new(key: &str) -> Self {
        Message::Key {
            key: key.to_owned(),
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &str, value: impl Into<Arg>) -> Self {
        if let Message::Key { args, .. } = &mut self {
            args.push((name.to_owned(), value.into()));
        }
        self
    }

    /// A text for staff pages only: it is shown as it is, in every language.
    pub fn staff(text: impl Into<String>) -> Self {
        Message::Staff(text.into())
    }
}

/// For logs: the key, or the staff text.
impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Message::Key { key, .. } => f.write_str(key),
            Message::Staff(text) => f.write_str(text),
        }
    }
}

/// Staff pages' texts, written in English where they are checked (see [`Message::Staff`]);
/// public pages' messages are built from keys.
impl From<&str> for Message {
    fn from(text: &str) -> Self {
        Message::staff(text)
    }
}

impl From<String> for Message {
    fn from(text: String) -> Self {
        Message::staff(text)
    }
}

/// Writes `pattern` with `args` in `lang`. An argument that was not given shows its name in
/// braces, so a mistake is visible rather than silent.
pub fn write(pattern: &[Piece], lang: Lang, args: &[(String, Arg)], out: &mut String) {
    for piece in pattern {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Argument { arg } => match find(args, arg) {
                Some(Arg::Text(text)) => out.push_str(text),
                Some(Arg::Number(number)) => out.push_str(&lang.format_number(*number)),
                None => {
                    out.push_str("{$");
                    out.push_str(arg);
                    out.push('}');
                }
            },
            Piece::Select {
                on,
                variants,
                default,
            } => {
                let chosen = find(args, on).and_then(|value| choose(variants, value, lang));
                if let Some((_, pattern)) = chosen.or_else(|| variants.get(*default)) {
                    write(pattern, lang, args, out);
                }
            }
        }
    }
}

fn find<'a>(args: &'a [(String, Arg)], name: &str) -> Option<&'a Arg> {
    args.iter()
        .find(|(known, _)| known == name)
        .map(|(_, value)| value)
}

fn choose<'a>(
    variants: &'a [(String, Pattern)],
    value: &Arg,
    lang: Lang,
) -> Option<&'a (String, Pattern)> {
    match value {
        Arg::Text(text) => variants.iter().find(|(key, _)| key == text),
        Arg::Number(number) => variants
            .iter()
            .find(|(key, _)| key.parse::<i64>().ok() == Some(*number))
            .or_else(|| {
                let category = super::plural::category(lang, *number);
                variants.iter().find(|(key, _)| key == category)
            }),
    }
}
