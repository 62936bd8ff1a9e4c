//! Who a secret lets in, and to what. A submission is opened by three kinds of secret: the resume
//! links emailed while it is a draft, the manage links emailed once it is sent, and the draft
//! cookie of each browser working on it. The rules:
//!
//! - an emailed link belongs to the address it went to: once the applicant's address is another,
//!   it opens nothing;
//! - a link not used for the configured lifetime has expired;
//! - the wizard opens only a browser's own cookie, never an emailed link pasted into one;
//! - an emailed link is exchanged for a cookie of its own (a resume link while the submission is
//!   a draft, a manage link once it is sent), so the link in the address bar and the cookie are
//!   two secrets, and revoking one leaves the other;
//! - `/manage/{token}` opens only a manage link of a sent submission.
//!
//! Sending a practice revokes its resume links and browser cookies, and a change of address
//! revokes every secret but the one that made the change (see `db`).

use chrono::{DateTime, TimeDelta, Utc};

/// What a secret was given for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccessKind {
    /// A link to continue a draft, emailed to the applicant.
    ResumeLink,
    /// A link to a sent practice, emailed to the applicant.
    ManageLink,
    /// One browser's draft cookie.
    Browser,
}

impl AccessKind {
    pub const ALL: [AccessKind; 3] = [Self::ResumeLink, Self::ManageLink, Self::Browser];

    /// The stored name; `draft` and `manage` are the names links had before cookies had a kind
    /// of their own.
    pub fn slug(self) -> &'static str {
        match self {
            AccessKind::ResumeLink => "draft",
            AccessKind::ManageLink => "manage",
            AccessKind::Browser => "browser",
        }
    }

    pub fn parse(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.slug() == slug)
    }

    pub fn is_emailed(self) -> bool {
        self != AccessKind::Browser
    }
}

/// What a request wants to do with a secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccessUse {
    /// Work in the wizard, with the browser's cookie.
    Wizard,
    /// Open an emailed link (`/submit?draft=…`) in a browser, to be given a cookie for it.
    OpenEmailedLink,
    /// Read, and withdraw, a sent practice at `/manage/{token}`.
    Manage,
}

/// One stored secret, as the rules need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Access {
    pub kind: AccessKind,
    /// The address an emailed link went to, in lower case.
    pub sent_to: Option<String>,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
}

/// The submission a secret would open, as the rules need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Holder<'a> {
    /// The applicant's address now, in lower case, when a valid one is given.
    pub email: Option<&'a str>,
    pub is_draft: bool,
}

impl Access {
    /// Whether this secret may be used for `wanted` on `holder` at `now`, when unused secrets
    /// expire after `lifetime`.
    pub fn opens(
        &self,
        wanted: AccessUse,
        holder: Holder<'_>,
        now: DateTime<Utc>,
        lifetime: TimeDelta,
    ) -> bool {
        let last_used = self.last_used_at.unwrap_or(self.created_at);
        if now - last_used > lifetime {
            return false;
        }
        if self.kind.is_emailed()
            && (self.sent_to.is_none() || self.sent_to.as_deref() != holder.email)
        {
            return false;
        }
        match wanted {
            AccessUse::Wizard => self.kind == AccessKind::Browser,
            AccessUse::OpenEmailedLink => match self.kind {
                AccessKind::ResumeLink => holder.is_draft,
                AccessKind::ManageLink => !holder.is_draft,
                AccessKind::Browser => false,
            },
            AccessUse::Manage => self.kind == AccessKind::ManageLink && !holder.is_draft,
        }
    }

    /// Whether a use at `now` should be written down: at most once an hour, so that reading a
    /// page does not write to the database every time.
    pub fn use_is_news(&self, now: DateTime<Utc>) -> bool {
        self.last_used_at
            .is_none_or(|last| now - last > TimeDelta::hours(1))
    }
}

/// How many link emails (resume and manage links) the site sends: enough for a person who
/// corrected a typo or lost a link, too few to make the site a mail cannon. Past the quota the
/// email is quietly not sent and the page says the same.
pub mod link_quota {
    use chrono::TimeDelta;

    pub const PER_SUBMISSION: u64 = 3;
    pub const SUBMISSION_WINDOW: TimeDelta = TimeDelta::hours(1);
    pub const PER_ADDRESS: u64 = 5;
    pub const ADDRESS_WINDOW: TimeDelta = TimeDelta::days(1);

    /// Whether one more link email may go, given how many went in each window.
    pub fn allows(for_submission: u64, to_address: u64) -> bool {
        for_submission < PER_SUBMISSION && to_address < PER_ADDRESS
    }

    /// What the topics of link emails start with ([`crate::outbox::topic::link`]).
    pub const TOPIC_KIND: &str = "link:";
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIFETIME: TimeDelta = TimeDelta::days(90);

    fn at(day: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_790_000_000, 0).unwrap() + TimeDelta::days(day)
    }

    fn access(kind: AccessKind, sent_to: Option<&str>) -> Access {
        Access {
            kind,
            sent_to: sent_to.map(str::to_owned),
            created_at: at(0),
            last_used_at: None,
        }
    }

    const DRAFT_OF_ANA: Holder = Holder {
        email: Some("ana@x.example"),
        is_draft: true,
    };
    const SENT_BY_ANA: Holder = Holder {
        email: Some("ana@x.example"),
        is_draft: false,
    };

    #[test]
    fn an_emailed_link_opens_only_while_the_address_it_went_to_is_the_applicants() {
        let link = access(AccessKind::ResumeLink, Some("ana@x.example"));
        assert!(link.opens(AccessUse::OpenEmailedLink, DRAFT_OF_ANA, at(1), LIFETIME));
        let changed = Holder {
            email: Some("bo@y.example"),
            ..DRAFT_OF_ANA
        };
        assert!(!link.opens(AccessUse::OpenEmailedLink, changed, at(1), LIFETIME));
        let unbound = access(AccessKind::ResumeLink, None);
        assert!(!unbound.opens(AccessUse::OpenEmailedLink, DRAFT_OF_ANA, at(1), LIFETIME));
    }

    #[test]
    fn each_secret_opens_only_what_it_was_given_for() {
        let resume = access(AccessKind::ResumeLink, Some("ana@x.example"));
        let manage = access(AccessKind::ManageLink, Some("ana@x.example"));
        let browser = access(AccessKind::Browser, None);
        let cases = [
            (&resume, AccessUse::Wizard, DRAFT_OF_ANA, false),
            (&resume, AccessUse::OpenEmailedLink, SENT_BY_ANA, false),
            (&resume, AccessUse::Manage, SENT_BY_ANA, false),
            (&manage, AccessUse::OpenEmailedLink, SENT_BY_ANA, true),
            (&manage, AccessUse::Manage, SENT_BY_ANA, true),
            (&manage, AccessUse::Wizard, SENT_BY_ANA, false),
            (&browser, AccessUse::Wizard, DRAFT_OF_ANA, true),
            (&browser, AccessUse::Wizard, SENT_BY_ANA, true),
            (&browser, AccessUse::OpenEmailedLink, DRAFT_OF_ANA, false),
            (&browser, AccessUse::Manage, SENT_BY_ANA, false),
        ];
        for (secret, wanted, holder, opens) in cases {
            assert_eq!(
                secret.opens(wanted, holder, at(1), LIFETIME),
                opens,
                "{:?} for {wanted:?} on {holder:?}",
                secret.kind
            );
        }
    }

    #[test]
    fn a_secret_unused_for_its_lifetime_has_expired() {
        let mut link = access(AccessKind::Browser, None);
        assert!(link.opens(AccessUse::Wizard, DRAFT_OF_ANA, at(90), LIFETIME));
        assert!(!link.opens(AccessUse::Wizard, DRAFT_OF_ANA, at(91), LIFETIME));
        link.last_used_at = Some(at(60));
        assert!(link.opens(AccessUse::Wizard, DRAFT_OF_ANA, at(149), LIFETIME));
        assert!(!link.opens(AccessUse::Wizard, DRAFT_OF_ANA, at(151), LIFETIME));
    }

    #[test]
    fn uses_are_written_down_at_most_hourly() {
        let mut link = access(AccessKind::Browser, None);
        assert!(link.use_is_news(at(0)));
        link.last_used_at = Some(at(0));
        assert!(!link.use_is_news(at(0) + TimeDelta::minutes(59)));
        assert!(link.use_is_news(at(0) + TimeDelta::minutes(61)));
    }

    #[test]
    fn the_link_quota_counts_both_windows() {
        assert!(link_quota::allows(0, 0));
        assert!(link_quota::allows(2, 4));
        assert!(!link_quota::allows(3, 0));
        assert!(!link_quota::allows(0, 5));
        assert!(crate::outbox::topic::link(42).starts_with(link_quota::TOPIC_KIND));
    }

    #[test]
    fn kinds_read_back_from_their_stored_names() {
        for kind in AccessKind::ALL {
            assert_eq!(AccessKind::parse(kind.slug()), Some(kind));
        }
        assert_eq!(AccessKind::parse("admin"), None);
    }
}
