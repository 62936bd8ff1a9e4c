//! The Fluent catalogues in `app/locales/<lang>/`, built into the server and compiled once into
//! [`Pattern`]s: terms and references to other messages are inlined, so what remains is text,
//! arguments and choices.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, LazyLock};

use fluent_syntax::ast;

use super::message::{Pattern, Piece};
use super::{Lang, Messages};

/// Every catalogue file of every language. Files marked `public` hold what pages show and go to
/// the browser with the page; the others (emails) stay on the server.
macro_rules! catalogue_sources {
    ($($lang:literal),* ; $files:tt) => {
        [$(catalogue_sources!(@language $lang $files)),*]
    };
    (@language $lang:literal [$($file:literal $public:literal),*]) => {
        &[$(Source {
            file: $file,
            public: $public,
            text: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $lang, "/", $file, ".ftl")),
        }),*]
    };
}

pub struct Source {
    pub file: &'static str,
    pub public: bool,
    pub text: &'static str,
}

/// In the order of [`Lang::ALL`].
pub static SOURCES: [&[Source]; 6] = catalogue_sources!(
    "en", "fr", "de", "hy", "ka", "az";
    [
        "site" true, "home" true, "gallery" true, "events" true, "countries" true,
        "languages" true, "wizard" true, "steps" true, "manage" true, "errors" true, "emails" false
    ]
);

/// The messages that name a country (`country-AM`) or a language (`language-name-hy`): lists
/// show them in the language's alphabetical order.
pub const NAME_PREFIXES: [&str; 2] = [
    "country-",
    crate::written_language::WrittenLanguage::NAME_PREFIX,
];

pub struct Catalogue {
    pub all: Arc<Messages>,
    /// The keys of the names of countries and languages ([`NAME_PREFIXES`]), sorted by the
    /// names in this language.
    pub name_order: Arc<Vec<String>>,
    /// The public messages as the JSON that pages carry for the browser.
    pub public_json: String,
    /// Syntax errors and broken references; the tests require none.
    pub errors: Vec<String>,
}

pub fn catalogue(lang: Lang) -> &'static Catalogue {
    static CATALOGUES: LazyLock<Vec<Catalogue>> = LazyLock::new(|| {
        Lang::ALL
            .into_iter()
            .zip(SOURCES.iter())
            .map(|(lang, sources)| compile(lang, sources))
            .collect()
    });
    &CATALOGUES[index(lang)]
}

fn index(lang: Lang) -> usize {
    Lang::ALL
        .iter()
        .position(|known| *known == lang)
        .unwrap_or(0)
}

pub fn sources(lang: Lang) -> &'static [Source] {
    SOURCES[index(lang)]
}

fn compile(lang: Lang, sources: &[Source]) -> Catalogue {
    let mut errors = Vec::new();
    let mut entries: Vec<(&Source, ast::Resource<&str>)> = Vec::new();
    for source in sources {
        let resource =
            fluent_syntax::parser::parse(source.text).unwrap_or_else(|(partial, found)| {
                errors.extend(
                    found
                        .iter()
                        .map(|error| format!("{}.ftl: {error:?}", source.file)),
                );
                partial
            });
        entries.push((source, resource));
    }
    let mut definitions = Definitions::default();
    for (_, resource) in &entries {
        for entry in &resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    if let Some(value) = &message.value {
                        definitions.messages.insert(message.id.name, value);
                    }
                    if !message.attributes.is_empty() {
                        errors.push(format!("{}: attributes are not used here", message.id.name));
                    }
                }
                ast::Entry::Term(term) => {
                    definitions.terms.insert(term.id.name, &term.value);
                }
                ast::Entry::Junk { content } => errors.push(format!("unreadable: {content}")),
                _ => {}
            }
        }
    }
    let mut all = Messages::new();
    let mut public = Messages::new();
    for (source, resource) in &entries {
        for entry in &resource.body {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let Some(value) = &message.value else {
                errors.push(format!("{} has no value", message.id.name));
                continue;
            };
            let key = message.id.name.to_owned();
            if all.contains_key(&key) {
                errors.push(format!("{key} is defined twice"));
            }
            let mut pattern = Pattern::new();
            definitions.compile(value, &mut pattern, 0, &mut errors);
            if source.public {
                public.insert(key.clone(), pattern.clone());
            }
            all.insert(key, pattern);
        }
    }
    let public_json = serde_json::to_string(&public).unwrap_or_else(|_| "{}".to_owned());
    let mut names: Vec<(&String, String)> = all
        .iter()
        .filter(|(key, _)| NAME_PREFIXES.iter().any(|prefix| key.starts_with(prefix)))
        .map(|(key, pattern)| {
            let mut name = String::new();
            super::message::write(pattern, lang, &[], &mut name);
            (key, name)
        })
        .collect();
    names.sort_by(|(_, left), (_, right)| super::dates::compare(lang, left, right));
    let name_order = Arc::new(names.into_iter().map(|(key, _)| key.clone()).collect());
    Catalogue {
        name_order,
        all: Arc::new(all),
        public_json,
        errors,
    }
}

#[derive(Default)]
struct Definitions<'a> {
    messages: HashMap<&'a str, &'a ast::Pattern<&'a str>>,
    terms: HashMap<&'a str, &'a ast::Pattern<&'a str>>,
}

/// References deeper than this are a loop.
const MAX_DEPTH: usize = 8;

impl Definitions<'_> {
    fn compile(
        &self,
        pattern: &ast::Pattern<&str>,
        out: &mut Pattern,
        depth: usize,
        errors: &mut Vec<String>,
    ) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => push_text(out, value),
                ast::PatternElement::Placeable { expression } => {
                    self.expression(expression, out, depth, errors)
                }
            }
        }
    }

    fn expression(
        &self,
        expression: &ast::Expression<&str>,
        out: &mut Pattern,
        depth: usize,
        errors: &mut Vec<String>,
    ) {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline, out, depth, errors),
            ast::Expression::Select { selector, variants } => {
                let ast::InlineExpression::VariableReference { id } = selector else {
                    errors.push("a choice must be made on an argument".to_owned());
                    return;
                };
                let compiled = variants
                    .iter()
                    .map(|variant| {
                        let key = match &variant.key {
                            ast::VariantKey::Identifier { name } => name.to_string(),
                            ast::VariantKey::NumberLiteral { value } => value.to_string(),
                        };
                        let mut pattern = Pattern::new();
                        self.compile(&variant.value, &mut pattern, depth, errors);
                        (key, pattern)
                    })
                    .collect();
                out.push(Piece::Select {
                    on: id.name.to_owned(),
                    variants: compiled,
                    default: variants
                        .iter()
                        .position(|variant| variant.default)
                        .unwrap_or(0),
                });
            }
        }
    }

    fn inline(
        &self,
        inline: &ast::InlineExpression<&str>,
        out: &mut Pattern,
        depth: usize,
        errors: &mut Vec<String>,
    ) {
        let (target, name) = match inline {
            ast::InlineExpression::StringLiteral { value } => return push_text(out, value),
            ast::InlineExpression::NumberLiteral { value } => return push_text(out, value),
            ast::InlineExpression::VariableReference { id } => {
                return out.push(Piece::Argument {
                    arg: id.name.to_owned(),
                });
            }
            ast::InlineExpression::Placeable { expression } => {
                return self.expression(expression, out, depth, errors);
            }
            ast::InlineExpression::MessageReference { id, .. } => {
                (self.messages.get(id.name).copied(), id.name.to_owned())
            }
            ast::InlineExpression::TermReference { id, .. } => {
                (self.terms.get(id.name).copied(), format!("-{}", id.name))
            }
            ast::InlineExpression::FunctionReference { id, .. } => {
                errors.push(format!("function {} is not supported", id.name));
                return;
            }
        };
        match target {
            Some(target) if depth < MAX_DEPTH => self.compile(target, out, depth + 1, errors),
            Some(_) => errors.push(format!("{name} refers to itself")),
            None => errors.push(format!("{name} is not defined")),
        }
    }
}

/// Joins neighbouring text, so a compiled message is as short as its choices allow.
fn push_text(out: &mut Pattern, text: &str) {
    match out.last_mut() {
        Some(Piece::Text(previous)) => previous.push_str(text),
        _ => out.push(Piece::Text(text.to_owned())),
    }
}

/// The names of the arguments a message uses, for the tests that compare languages.
pub fn arguments(pattern: &[Piece]) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    collect_arguments(pattern, &mut found);
    found
}

fn collect_arguments(pattern: &[Piece], found: &mut BTreeSet<String>) {
    for piece in pattern {
        match piece {
            Piece::Text(_) => {}
            Piece::Argument { arg } => {
                found.insert(arg.clone());
            }
            Piece::Select { on, variants, .. } => {
                found.insert(on.clone());
                for (_, pattern) in variants {
                    collect_arguments(pattern, found);
                }
            }
        }
    }
}
