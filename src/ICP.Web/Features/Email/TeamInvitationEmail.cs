using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Email;

/// <summary>An invitation to join a local authority's application team (it names nobody: the address is not confirmed yet).</summary>
public sealed record TeamInvitationEmail(string AcceptUrl) : IEmailContent
{
    public string Kind => "team-invitation";

    public EmailText Write(IStringLocalizer t) => new(
        t["You are invited to a local authority's application team on the ICP portal"],
        [t["A member of a local authority's team invited this e-mail address to prepare the authority's application to International City Partnerships on the ICP portal."],
         t["Create an account with this e-mail address (or sign in), then open the link below: it shows who invited you and for which local authority. It is valid for 14 days."],
         t["If you did not expect this invitation, you can ignore this message."]],
        new EmailLink(t["Join the team"], AcceptUrl));
}
