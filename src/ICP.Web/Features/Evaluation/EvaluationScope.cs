using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Evaluation;

/// <summary>Two facts about evaluation that several screens and rules depend on, defined once.</summary>
public static class EvaluationScope
{
    /// <summary>
    /// Who may be assigned: evaluators only. An account that also manages the programme (possible
    /// only in data made before the roles were exclusive) sees every score, so it is never assigned.
    /// </summary>
    public static IQueryable<PortalUser> AssignableEvaluators(this IcpDbContext db) =>
        db.Users.Where(u =>
            db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == StaffRoles.Evaluator))
            && !db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == StaffRoles.ProgrammeManager)));

    /// <summary>
    /// Evaluation has begun once any evaluation (even a draft) or any selection decision exists. From
    /// then on the criteria are locked and the deadline can no longer move.
    /// </summary>
    public static async Task<bool> EvaluationHasStartedAsync(this IcpDbContext db, int callId, CancellationToken cancellationToken) =>
        await db.Evaluations.AnyAsync(e => db.Applications.Any(a => a.Id == e.ApplicationId && a.CallId == callId), cancellationToken)
        || await db.SelectionDecisions.AnyAsync(d => d.CallId == callId, cancellationToken);
}
