using ICP.Web.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Email;

/// <summary>The receipt for a submitted version: when it arrived, its fingerprint and receipt code.</summary>
public sealed record ReceiptEmail(
    string Reference, int VersionNumber, DateTimeOffset SubmittedAt, string TimeZoneId, string ContentSha256, string ReceiptCode, string VerifyUrl, string ReceiptUrl)
    : IEmailContent
{
    public string Kind => "receipt";

    public EmailText Write(IStringLocalizer t) => new(
        t["Receipt: application {0}, version {1}", Reference, VersionNumber],
        [t["The ICP portal received version {0} of application {1} on {2} (Brussels time), {3} UTC.", VersionNumber, Reference,
            DisplayFormats.DateTimeIn(SubmittedAt, TimeZoneId), DisplayFormats.UtcDateTime(SubmittedAt)],
         t["Content fingerprint (SHA-256): {0}", ContentSha256],
         t["Receipt code: {0}. Anyone can check this receipt at {1}.", ReceiptCode, VerifyUrl],
         t["You may change and resubmit the application until the deadline. Only the last version submitted before the deadline is evaluated."]],
        new EmailLink(t["See the receipt"], ReceiptUrl));
}
