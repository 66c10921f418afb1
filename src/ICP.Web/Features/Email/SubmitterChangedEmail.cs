using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Email;

/// <summary>To the previous and the new designated submitter: who made whom the submitter (names already quoted with <see cref="EmailComposer.Quoted"/>).</summary>
public sealed record SubmitterChangedEmail(string QuotedActor, string QuotedSubmitter, string QuotedAuthority, string TeamUrl) : IEmailContent
{
    public string Kind => "submitter-changed";

    public EmailText Write(IStringLocalizer t) => new(
        t["{0} is now the designated submitter of {1}", QuotedSubmitter, QuotedAuthority],
        [t["{0} made {1} the designated submitter of {2}'s application team. Only the designated submitter can submit or withdraw the application.", QuotedActor, QuotedSubmitter, QuotedAuthority]],
        new EmailLink(t["Open the team page"], TeamUrl));
}
