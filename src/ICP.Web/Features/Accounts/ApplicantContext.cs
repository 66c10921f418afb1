using ICP.Domain.Applications;
using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Accounts;

/// <summary>Who is acting in the applicant area: the person, and the local authority they work for (if any).</summary>
public sealed record ApplicantContext(
    string UserId, string Name, string Email, string Culture, int? AuthorityId, string? AuthorityName, string? CountryCode, bool IsDesignatedSubmitter)
{
    public Actor Actor => new(UserId, Name);

    public static async Task<ApplicantContext> LoadAsync(IcpDbContext db, UserManager<PortalUser> users, System.Security.Claims.ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var userId = users.GetUserId(principal) ?? throw new InvalidOperationException("Not signed in.");
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.DisplayName, u.Email, u.PreferredCulture })
            .SingleAsync(cancellationToken);
        var authority = await db.AuthorityMembers.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Join(db.LocalAuthorities, m => m.LocalAuthorityId, a => a.Id, (m, a) => new { a.Id, a.OfficialName, a.CountryCode, a.DesignatedSubmitterId })
            .SingleOrDefaultAsync(cancellationToken);
        return new ApplicantContext(
            userId, user.DisplayName, user.Email ?? string.Empty, user.PreferredCulture,
            authority?.Id, authority?.OfficialName, authority?.CountryCode, authority?.DesignatedSubmitterId == userId);
    }
}
