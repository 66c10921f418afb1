using ICP.Web.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Email;

/// <summary>
/// An invitation to the staff area with a link to choose a password: for invited staff (with their
/// role), and for the first programme manager made on the command line (<paramref name="Role"/> null).
/// </summary>
public sealed record StaffInvitationEmail(string? Role, string PasswordUrl) : IEmailContent
{
    public string Kind => "staff-invitation";

    public EmailText Write(IStringLocalizer t)
    {
        var choose = t["Choose your password with the link below (valid for two days), then turn on two-step sign-in: the staff area requires it."];
        return new(
            t["You are invited to the ICP portal's staff area"],
            Role is null ? [choose] : [t["You are invited to the staff area of the International City Partnerships portal as: {0}.", t[Labels.Role(Role)]], choose],
            new EmailLink(t["Choose a new password"], PasswordUrl));
    }
}
