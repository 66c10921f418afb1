using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence;

namespace ICP.Web.Features.Accounts;

/// <summary>Which staff accounts may evaluate, defined once for the assignment rule and the pages that offer it.</summary>
public static class Evaluators
{
    /// <summary>
    /// Who may be assigned: evaluators only. An account that also manages the programme (possible
    /// only in data made before the roles were exclusive) sees every score, so it is never assigned.
    /// </summary>
    public static IQueryable<PortalUser> AssignableEvaluators(this IcpDbContext db) =>
        db.Users.Where(u =>
            db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == StaffRoles.Evaluator))
            && !db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == StaffRoles.ProgrammeManager)));
}
