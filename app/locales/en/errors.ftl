### What a form says about an answer it cannot take, next to the field and in the summary.

error-required = This field is required.
error-too-long = Use at most { $max } characters (you have { $actual }).
error-not-a-name = Write a name only, without web or email addresses or special characters.
error-web-address = Enter a web address starting with https:// or http://, such as https://example.org.
error-web-address-too-long = A web address can be at most 500 characters long.
error-year-format = Enter the year as four digits, such as 2021.
error-year-range = Enter a year between { $min } and { $max }.
error-no-choice = Choose one of the options.
error-country = Choose a country from the list.
error-email-empty = Enter an email address.
error-email-format = Enter an email address in the format name@example.org.
error-email-too-long = An email address can be at most 254 characters long.
error-no-theme = Choose at least one challenge that the practice tackles.
error-link-line = Line { $line }: Enter a web address starting with https:// or http://, such as https://example.org.
error-link-line-too-long = Line { $line }: A web address can be at most 500 characters long.
error-too-many-links = Add at most { $max } links.

## What a page says when a request failed.

error-not-found = What you are looking for was not found.
error-unavailable = The service is temporarily unavailable. Please try again in a moment.
error-internal = Something went wrong on our side. Please try again.
error-call-closed = The call is closed: it no longer accepts submissions or changes.
error-registration-closed = Registration for this workshop is not open.
error-withdrawn = This submission has been withdrawn: it can no longer change.
error-under-review = Review of this practice has begun: it can no longer change.
error-unauthorized = Sign in to continue.
error-forbidden = Your role does not allow this.
error-too-many-attempts = Too many sign-in attempts. Wait { $minutes } minutes, then try again.
error-rate-limited = { $minutes ->
        [one] Too many requests from your connection. Please try again in { $minutes } minute.
       *[other] Too many requests from your connection. Please try again in { $minutes } minutes.
    }
error-invalid-fields = Some answers need a change.
error-bad-request = The request could not be understood.
error-already-registered = { $email } is already signed up for this workshop. The email we sent then has a link to see or cancel that registration.
error-already-applied = { $email } has applied for this visit already. The email we sent then has a link to see or withdraw that application.

## A file that was not accepted, named in the message.

upload-empty = { $file } is empty.
upload-too-large = { $file } is larger than { $megabytes } MB. Make it smaller and upload it again.
upload-not-an-image = { $file } is not a JPEG, PNG or WebP image. Upload a JPEG, PNG or WebP image instead.
upload-not-a-pdf = { $file } is not a PDF document. Upload a PDF document instead.
upload-too-many-images = { $file } is one too many: you can upload at most { $max } images. Remove one first.
upload-too-many-documents = { $file } is one too many: you can upload at most { $max } documents. Remove one first.
upload-too-many-pixels = { $file } has more than 40 million pixels or is wider or taller than 10,000 pixels. Make it smaller and upload it again.
upload-damaged = { $file } could not be read: the file seems damaged. Save it again and upload it again.
