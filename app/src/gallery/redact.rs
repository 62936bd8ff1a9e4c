//! Contact details typed into free text are removed when a submission becomes a public
//! practice: the contact fields are never copied, and this catches what applicants wrote in
//! their descriptions.

const EMAIL_REMOVED: &str = "[email address removed]";
const PHONE_REMOVED: &str = "[phone number removed]";

/// `text` with email addresses and phone numbers replaced by a note saying so.
pub fn redact_contact_details(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(length) = email_at(rest) {
            out.push_str(EMAIL_REMOVED);
            rest = &rest[length..];
        } else if let Some(length) = phone_at(rest) {
            out.push_str(PHONE_REMOVED);
            rest = &rest[length..];
        } else {
            // Move past a whole word (or one other character), so matches start at word starts.
            let step = word_length(rest).max(rest.chars().next().map_or(1, char::len_utf8));
            out.push_str(&rest[..step]);
            rest = &rest[step..];
        }
    }
    out
}

fn is_email_char(c: char) -> bool {
    c.is_alphanumeric() || "._%+-".contains(c)
}

fn word_length(text: &str) -> usize {
    text.char_indices()
        .find(|(_, c)| !is_email_char(*c))
        .map_or(text.len(), |(index, _)| index)
}

/// The length of an email address at the start of `text`: a local part, `@`, and a domain
/// with a dot.
fn email_at(text: &str) -> Option<usize> {
    let local = word_length(text);
    if local == 0 || !text[local..].starts_with('@') {
        return None;
    }
    let domain_start = local + 1;
    let domain = text[domain_start..]
        .char_indices()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '.' || *c == '-'))
        .map_or(text.len() - domain_start, |(index, _)| index);
    let domain_text = text[domain_start..domain_start + domain].trim_end_matches('.');
    domain_text
        .contains('.')
        .then_some(domain_start + domain_text.len())
}

/// The length of a phone number at the start of `text`: an optional `+`, then 9 to 15 digits
/// (so that year ranges such as 2019-2023 stay) with spaces, dots, dashes, slashes or brackets between them.
fn phone_at(text: &str) -> Option<usize> {
    let mut digits = 0;
    let mut end = 0;
    for (index, c) in text.char_indices() {
        match c {
            '+' if index == 0 => {}
            '(' if index == 0 => {}
            '0'..='9' => {
                digits += 1;
                end = index + 1;
            }
            ' ' | '.' | '-' | '/' | '(' | ')' if digits > 0 => {}
            _ => break,
        }
    }
    let starts_well = text.starts_with(|c: char| c.is_ascii_digit() || c == '+' || c == '(');
    (starts_well && (9..=15).contains(&digits)).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_addresses_and_numbers_and_keeps_the_rest() {
        let text = "Write to nino.k+call@tbilisi.gov.ge. Or call +995 32 2 99 99 99, or (0)32-299-9999 today.";
        let clean = redact_contact_details(text);
        assert_eq!(
            clean,
            "Write to [email address removed]. Or call [phone number removed], or [phone number removed] today."
        );
    }

    #[test]
    fn years_amounts_and_handles_stay() {
        for text in [
            "Since 2019, 40 balconies and 1,200 residents.",
            "Budget: 250 000 EUR in 2021-2023.",
            "Follow @oldtbilisi on social media.",
            "Ratio 3/4 of homes.",
        ] {
            assert_eq!(redact_contact_details(text), text);
        }
    }
}
