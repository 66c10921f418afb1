using ICP.Web.Features.Email;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Activities.Emails;

/// <summary>A registration was cancelled, by the person or by the programme team.</summary>
public sealed record ActivityCancelledEmail(string Title, bool ByStaff) : IEmailContent
{
    public string Kind => ActivityEmails.CancelledKind;

    public EmailText Write(IStringLocalizer t) => new(
        t["Registration cancelled: {0}", Title],
        [ByStaff ? t["The programme team cancelled your registration for “{0}”.", Title] : t["Your registration for “{0}” is cancelled. Thank you for letting us know.", Title]],
        null);
}
