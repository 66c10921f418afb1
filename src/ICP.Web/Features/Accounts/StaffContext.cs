using ICP.Domain.Applications;
using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Accounts;

/// <summary>Who is acting in the staff area.</summary>
public sealed record StaffContext(string UserId, string Name, string Email, bool IsManager, bool IsEvaluator)
{
    public Actor Actor => new(UserId, Name);

    public static async Task<StaffContext> LoadAsync(IcpDbContext db, UserManager<PortalUser> users, System.Security.Claims.ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var userId = users.GetUserId(principal) ?? throw new InvalidOperationException("Not signed in.");
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.DisplayName, u.Email }).SingleAsync(cancellationToken);
        return new StaffContext(
            userId, user.DisplayName, user.Email ?? string.Empty,
            principal.IsInRole(StaffRoles.ProgrammeManager), principal.IsInRole(StaffRoles.Evaluator));
    }
}
