//! What the server writes into an address for the page it sends the browser to next: a form's
//! error after a post without JavaScript (Leptos' `__path` and `__err`) and the files an upload
//! refused (`rejected`). Anyone can make an address, and these pages show those parameters in
//! the site's own "There is a problem" box, so the server signs them with the site's key
//! (`__sig`), and a page asked for with a missing or wrong signature is sent to the same address
//! without them (`server::server_messages`).

use crate::secret::SiteKey;

/// The parameters that carry the server's words.
const MESSAGES: [&str; 3] = ["__path", "__err", "rejected"];
const SIGNATURE: &str = "__sig";

/// What a query's messages are worth.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Messages {
    /// It carries none.
    None,
    /// The server wrote them.
    Signed,
    /// Someone else did, or they were changed.
    Forged,
}

fn pairs(query: &str) -> Vec<(String, String)> {
    url::form_urlencoded::parse(query.as_bytes())
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect()
}

/// The signed text of a query's messages: each name and value, in order.
fn signed_text(pairs: &[(String, String)]) -> Option<String> {
    let messages: Vec<String> = pairs
        .iter()
        .filter(|(name, _)| MESSAGES.contains(&name.as_str()))
        .map(|(name, value)| format!("{name}={value}\n"))
        .collect();
    (!messages.is_empty()).then(|| messages.concat())
}

fn encode(pairs: impl IntoIterator<Item = (String, String)>) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

/// `query` with the signature of its messages added, when it carries any.
pub fn sign(key: &SiteKey, query: &str) -> String {
    let mut pairs = pairs(query);
    pairs.retain(|(name, _)| name != SIGNATURE);
    if let Some(text) = signed_text(&pairs) {
        pairs.push((SIGNATURE.to_owned(), key.sign(&text)));
    }
    encode(pairs)
}

/// Whether `query`'s messages are the server's.
pub fn check(key: &SiteKey, query: &str) -> Messages {
    let pairs = pairs(query);
    let Some(text) = signed_text(&pairs) else {
        return Messages::None;
    };
    let signature = pairs
        .iter()
        .find(|(name, _)| name == SIGNATURE)
        .map(|(_, value)| value.as_str());
    match signature {
        Some(signature) if key.verifies(&text, signature) => Messages::Signed,
        _ => Messages::Forged,
    }
}

/// `query` without messages or signature.
pub fn without_messages(query: &str) -> String {
    encode(
        pairs(query)
            .into_iter()
            .filter(|(name, _)| name != SIGNATURE && !MESSAGES.contains(&name.as_str())),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_servers_own_messages_pass() {
        let key = SiteKey::generate();
        let written = "check=1&__path=%2Fapi%2Fsave_step&__err=eyJJbnZhbGlkIjp7fX0";
        let signed = sign(&key, written);
        assert_eq!(check(&key, &signed), Messages::Signed);
        assert_eq!(check(&key, "check=1"), Messages::None);
        assert_eq!(check(&key, written), Messages::Forged, "unsigned");
        let changed = signed.replace("eyJJbnZhbGlkIjp7fX0", "eyJOb3RGb3VuZCI6IngifQ");
        assert_eq!(check(&key, &changed), Messages::Forged, "changed");
        assert_eq!(
            check(&SiteKey::generate(), &signed),
            Messages::Forged,
            "another site's"
        );
        let added = format!("{signed}&rejected=too_large_document%3AYour%20account%20is%20closed");
        assert_eq!(check(&key, &added), Messages::Forged, "one added");
        assert_eq!(without_messages(&added), "check=1");
    }

    #[test]
    fn signing_again_replaces_the_old_signature() {
        let key = SiteKey::generate();
        let once = sign(&key, "rejected=empty%3Aa.png");
        assert_eq!(sign(&key, &once), once);
        assert_eq!(sign(&key, "step=1"), "step=1", "nothing to sign");
    }
}
