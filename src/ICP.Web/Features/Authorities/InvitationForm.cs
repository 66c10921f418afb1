using ICP.Web.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Authorities;

public sealed class InvitationForm
{
    public string Email { get; set; } = string.Empty;
}
