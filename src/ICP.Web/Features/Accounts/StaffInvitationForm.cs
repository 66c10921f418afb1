using ICP.Domain.Audit;
using ICP.Domain.Common;
using ICP.Infrastructure.Email;
using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Audit;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Accounts;

public sealed class StaffInvitationForm
{
    public string DisplayName { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string Role { get; set; } = StaffRoles.Evaluator;
}
