using ICP.Web.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Email;

/// <summary>The confirmation that a city withdrew its application, and how to reverse it.</summary>
public sealed record WithdrawalEmail(string Reference, DateTimeOffset WithdrawnAt, string TimeZoneId, string ApplicationUrl) : IEmailContent
{
    public string Kind => "withdrawal";

    public EmailText Write(IStringLocalizer t) => new(
        t["Application {0} withdrawn", Reference],
        [t["Your application {0} was withdrawn on {1} (Brussels time).", Reference, DisplayFormats.DateTimeIn(WithdrawnAt, TimeZoneId)],
         t["You can reverse this by submitting again before the deadline."]],
        new EmailLink(t["Open the application"], ApplicationUrl));
}
