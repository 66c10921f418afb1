using ICP.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Calls;

/// <summary>
/// What locks parts of the call: the deadline and the criteria may change only until evaluation
/// begins (the domain's <c>Call</c> methods take the answer), defined once for every caller.
/// </summary>
public static class CallLocks
{
    /// <summary>
    /// Evaluation has begun once any evaluation (even a draft) or any selection decision exists. From
    /// then on the criteria are locked and the deadline can no longer move.
    /// </summary>
    public static async Task<bool> EvaluationHasStartedAsync(this IcpDbContext db, int callId, CancellationToken cancellationToken) =>
        await db.Evaluations.AnyAsync(e => db.Applications.Any(a => a.Id == e.ApplicationId && a.CallId == callId), cancellationToken)
        || await db.SelectionDecisions.AnyAsync(d => d.CallId == callId, cancellationToken);
}
