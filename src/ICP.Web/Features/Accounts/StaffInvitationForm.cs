using ICP.Infrastructure.Identity;

namespace ICP.Web.Features.Accounts;

public sealed class StaffInvitationForm
{
    public string DisplayName { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string Role { get; set; } = StaffRoles.Evaluator;
}
