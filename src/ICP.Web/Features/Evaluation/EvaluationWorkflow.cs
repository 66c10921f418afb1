using FluentValidation;
using ICP.Domain.Applications;
using ICP.Domain.Audit;
using ICP.Domain.Common;
using ICP.Domain.Evaluation;
using ICP.Domain.Programme;
using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Applications;
using ICP.Web.Features.Audit;
using ICP.Web.Features.Calls;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Evaluation;

/// <summary>
/// Evaluation: declarations of conflicts, assignments (by hand and automatic), scoring, the
/// consolidated score and the panel's consensus, and the criteria while they may still change.
/// </summary>
public sealed class EvaluationWorkflow(IcpDbContext db, DatabaseWrites writes, AuditTrail audit, TimeProvider clock, CurrentCall currentCall)
{

    public Task DeclareAsync(StaffContext evaluator, IReadOnlyCollection<string> countries, IReadOnlyCollection<int> authorities, CancellationToken cancellationToken) =>
        writes.RunAsync(token => TryDeclareAsync(evaluator, countries, authorities, token), cancellationToken);

    private async Task TryDeclareAsync(StaffContext evaluator, IReadOnlyCollection<string> countries, IReadOnlyCollection<int> authorities, CancellationToken cancellationToken)
    {
        var callId = await CallIdAsync(cancellationToken);
        var declaration = await db.EvaluatorDeclarations.Include(d => d.Conflicts)
            .SingleOrDefaultAsync(d => d.CallId == callId && d.EvaluatorId == evaluator.UserId, cancellationToken);
        if (declaration is null)
        {
            declaration = new EvaluatorDeclaration(callId, evaluator.UserId);
            db.EvaluatorDeclarations.Add(declaration);
        }

        // Only what the form offered: codes and ids that exist (anything else is a forged request).
        var knownCountries = await db.Territories.Select(t => t.Code).ToListAsync(cancellationToken);
        var knownAuthorities = await db.LocalAuthorities.Where(a => authorities.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
        if (countries.Any(c => !knownCountries.Contains(c)) || authorities.Any(a => !knownAuthorities.Contains(a)))
        {
            throw new InvalidProgrammeDataException("Unknown country or local authority in a declaration.");
        }

        // Declaring a conflict after assignment takes the evaluator off those applications (if not yet scored).
        declaration.Declare(countries, authorities, clock.GetUtcNow());
        var conflicting = await db.Assignments.Where(a => a.EvaluatorId == evaluator.UserId)
            .Join(db.Applications, a => a.ApplicationId, x => x.Id, (a, x) => new { Assignment = a, x.LocalAuthorityId, x.TerritoryCode })
            .ToListAsync(cancellationToken);
        foreach (var item in conflicting.Where(c => declaration.ConflictsWith(c.LocalAuthorityId, c.TerritoryCode)))
        {
            if (!await db.Evaluations.AnyAsync(e => e.AssignmentId == item.Assignment.Id && e.Status == EvaluationStatus.Submitted, cancellationToken))
            {
                db.Evaluations.RemoveRange(db.Evaluations.Where(e => e.AssignmentId == item.Assignment.Id));
                db.Assignments.Remove(item.Assignment);
            }
        }

        audit.Record(evaluator.UserId, evaluator.Name, AuditActions.ConflictsDeclared, "call",
            $"Countries: {string.Join(", ", countries)}; local authorities: {string.Join(", ", authorities)}");
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Assigns one evaluator by hand; a declared conflict makes it impossible.</summary>
    public Task AssignAsync(int applicationId, string evaluatorId, StaffContext by, CancellationToken cancellationToken) =>
        writes.RunAsync(token => TryAssignAsync(applicationId, evaluatorId, by, token), cancellationToken);

    /// <summary>
    /// Gives every submitted application at least <paramref name="perApplication"/> evaluators:
    /// each time the least-loaded evaluator without a conflict and not already on it. Applications
    /// that cannot get enough (too many conflicts) are reported, not half-hidden. Two runs at once
    /// are decided one after the other (on SQL Server: collide on the unique (application, evaluator)
    /// index, and the loser runs again on fresh data).
    /// </summary>
    public Task<AutoAssignResult> AutoAssignAsync(StaffContext by, int perApplication, CancellationToken cancellationToken) =>
        writes.RunAsync(token => TryAutoAssignAsync(by, perApplication, token), cancellationToken);

    private async Task TryAssignAsync(int applicationId, string evaluatorId, StaffContext by, CancellationToken cancellationToken)
    {
        var eligible = await EvaluatorIdsAsync(cancellationToken);
        if (!eligible.Contains(evaluatorId))
        {
            throw new DeclarationMissingException();
        }

        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken)
            ?? throw new ApplicationNotFoundException();
        var declaration = await db.EvaluatorDeclarations.AsNoTracking().Include(d => d.Conflicts)
            .SingleOrDefaultAsync(d => d.CallId == application.CallId && d.EvaluatorId == evaluatorId, cancellationToken);
        if (await db.Assignments.AnyAsync(a => a.ApplicationId == applicationId && a.EvaluatorId == evaluatorId, cancellationToken))
        {
            return;
        }

        db.Assignments.Add(Assignment.Create(applicationId, application.LocalAuthorityId, application.TerritoryCode, declaration, by.UserId, clock.GetUtcNow()));
        audit.Record(by.UserId, by.Name, AuditActions.EvaluatorAssigned, application.Reference, $"Evaluator {evaluatorId}");
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<AutoAssignResult> TryAutoAssignAsync(StaffContext by, int perApplication, CancellationToken cancellationToken)
    {
        var callId = await CallIdAsync(cancellationToken);
        var declarations = await db.EvaluatorDeclarations.AsNoTracking().Include(d => d.Conflicts)
            .Where(d => d.CallId == callId && d.ConfirmedAt != null).ToListAsync(cancellationToken);
        var evaluatorIds = await EvaluatorIdsAsync(cancellationToken);
        declarations = [.. declarations.Where(d => evaluatorIds.Contains(d.EvaluatorId)).OrderBy(d => d.EvaluatorId, StringComparer.Ordinal)];
        var assignments = await db.Assignments.AsNoTracking().Select(a => new { a.ApplicationId, a.EvaluatorId }).ToListAsync(cancellationToken);
        var load = declarations.ToDictionary(d => d.EvaluatorId, d => assignments.Count(a => a.EvaluatorId == d.EvaluatorId));
        var applications = await db.Applications.AsNoTracking()
            .Where(a => a.CallId == callId && a.Status == ApplicationStatus.Submitted)
            .OrderBy(a => a.Reference)
            .Select(a => new { a.Id, a.Reference, a.LocalAuthorityId, a.TerritoryCode })
            .ToListAsync(cancellationToken);

        var now = clock.GetUtcNow();
        int made = 0;
        var unfilled = new List<string>();
        foreach (var application in applications)
        {
            var current = assignments.Where(a => a.ApplicationId == application.Id).Select(a => a.EvaluatorId).ToHashSet(StringComparer.Ordinal);
            while (current.Count < perApplication)
            {
                var next = declarations
                    .Where(d => !current.Contains(d.EvaluatorId) && d.MayEvaluate(application.LocalAuthorityId, application.TerritoryCode))
                    .OrderBy(d => load[d.EvaluatorId])
                    .FirstOrDefault();
                if (next is null)
                {
                    unfilled.Add(application.Reference);
                    break;
                }

                db.Assignments.Add(Assignment.Create(application.Id, application.LocalAuthorityId, application.TerritoryCode, next, by.UserId, now));
                current.Add(next.EvaluatorId);
                load[next.EvaluatorId]++;
                made++;
            }
        }

        audit.Record(by.UserId, by.Name, AuditActions.EvaluatorAssigned, "call", $"Automatic: {made} assignments, {perApplication} per application");
        await db.SaveChangesAsync(cancellationToken);
        return new AutoAssignResult(made, unfilled);
    }

    /// <summary>Saves the evaluator's scores; with <paramref name="submit"/>, makes them final and updates the consolidated score.</summary>
    public Task SaveScoresAsync(int applicationId, StaffContext evaluator, ScoreForm form, bool submit, CancellationToken cancellationToken) =>
        writes.RunAsync(token => TrySaveScoresAsync(applicationId, evaluator, form, submit, token), cancellationToken);

    public Task RecordConsensusAsync(int applicationId, string comment, StaffContext by, CancellationToken cancellationToken) =>
        writes.RunAsync(token => TryRecordConsensusAsync(applicationId, comment, by, token), cancellationToken);

    private async Task TrySaveScoresAsync(int applicationId, StaffContext evaluator, ScoreForm form, bool submit, CancellationToken cancellationToken)
    {
        var (assignment, application, call) = await AssignedAsync(applicationId, evaluator, cancellationToken);
        var versionNumber = EvaluatedVersion(application, call) ?? throw new ApplicationNotFoundException();
        var evaluation = await db.Evaluations.Include(e => e.Scores).SingleOrDefaultAsync(e => e.AssignmentId == assignment.Id, cancellationToken);
        if (evaluation is null)
        {
            // The call's very first evaluation fixes the criteria and the deadline: it renews the
            // call's token, so that a revision or extension racing it cannot slip in afterwards.
            if (!await db.EvaluationHasStartedAsync(call.Id, cancellationToken))
            {
                call.MarkEvaluationBegun();
            }

            evaluation = new ICP.Domain.Evaluation.Evaluation(assignment.Id, applicationId, evaluator.UserId, versionNumber);
            db.Evaluations.Add(evaluation);
        }

        var criteria = call.Criteria.ToList();
        evaluation.SaveDraft(
            form.Scores.Where(s => criteria.Any(c => c.Id == s.CriterionId)).Select(s => (s.CriterionId, s.Score, s.Comment ?? string.Empty)),
            form.Comment ?? string.Empty);
        if (submit)
        {
            evaluation.Submit(criteria, clock.GetUtcNow());
            await RecomputeAsync(application, call, [evaluation], cancellationToken);
            audit.Record(evaluator.UserId, evaluator.Name, AuditActions.EvaluationSubmitted, application.Reference,
                $"Weighted total {evaluation.WeightedTotal}; thresholds met: {evaluation.MeetsThresholds}");
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task TryRecordConsensusAsync(int applicationId, string comment, StaffContext by, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken) ?? throw new ApplicationNotFoundException();
        var score = await db.ApplicationScores.SingleOrDefaultAsync(s => s.ApplicationId == applicationId, cancellationToken);
        if (score is null)
        {
            score = new ApplicationScore(applicationId);
            db.ApplicationScores.Add(score);
        }

        score.SetConsensus(comment, clock.GetUtcNow());
        audit.Record(by.UserId, by.Name, AuditActions.ConsensusRecorded, application.Reference, comment);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Changes weights and thresholds together, while no evaluation has begun.</summary>
    public Task ReviseCriteriaAsync(IReadOnlyDictionary<int, (int Weight, int? Threshold)> revisions, StaffContext by, CancellationToken cancellationToken) =>
        writes.RunAsync(token => TryReviseCriteriaAsync(revisions, by, token), cancellationToken);

    private async Task TryReviseCriteriaAsync(IReadOnlyDictionary<int, (int Weight, int? Threshold)> revisions, StaffContext by, CancellationToken cancellationToken)
    {
        var call = await currentCall.LoadForChangeAsync(CallShape.Criteria, cancellationToken);
        call.ReviseCriteria(revisions, await db.EvaluationHasStartedAsync(call.Id, cancellationToken));
        audit.Record(by.UserId, by.Name, AuditActions.CriteriaRevised, call.Code,
            string.Join("; ", call.Criteria.OrderBy(c => c.Order).Select(c => $"{c.Order}: {c.Weight} (threshold {c.Threshold?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"})")));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The version evaluators read: the last submitted before the authority's deadline.</summary>
    public static int? EvaluatedVersion(Application application, Call call) =>
        application.EvaluatedVersion(call.WindowFor(application.LocalAuthorityId).Deadline)?.Number;

    private async Task RecomputeAsync(Application application, Call call, IReadOnlyCollection<ICP.Domain.Evaluation.Evaluation> changed, CancellationToken cancellationToken)
    {
        // The score row (and its version) is read before the evaluations it is computed from: a
        // colleague's submission committed after this read changes the version, so the write below
        // fails and is redone, instead of saving a mean that misses that evaluation.
        var score = await db.ApplicationScores.SingleOrDefaultAsync(s => s.ApplicationId == application.Id, cancellationToken);
        var others = await db.Evaluations.Include(e => e.Scores)
            .Where(e => e.ApplicationId == application.Id).ToListAsync(cancellationToken);
        // Tracked instances are returned as they are, so the union is by reference.
        var all = others.Union(changed).ToList();
        if (score is null)
        {
            score = new ApplicationScore(application.Id);
            db.ApplicationScores.Add(score);
        }

        score.Recompute(call.Criteria, all, call.PassMark, clock.GetUtcNow());
    }

    private async Task<(Assignment Assignment, Application Application, Call Call)> AssignedAsync(int applicationId, StaffContext evaluator, CancellationToken cancellationToken)
    {
        var assignment = await db.Assignments.SingleOrDefaultAsync(a => a.ApplicationId == applicationId && a.EvaluatorId == evaluator.UserId, cancellationToken)
            ?? throw new ApplicationNotFoundException();
        var application = await db.Applications.Include(a => a.Versions).SingleAsync(a => a.Id == applicationId, cancellationToken);
        // Tracked: the call's first evaluation renews its token (MarkEvaluationBegun).
        var call = await currentCall.LoadForChangeAsync(CallShape.Criteria, cancellationToken);
        if (application.CallId != call.Id)
        {
            throw new ApplicationNotFoundException();
        }

        var declaration = await db.EvaluatorDeclarations.AsNoTracking().Include(d => d.Conflicts)
            .SingleOrDefaultAsync(d => d.CallId == call.Id && d.EvaluatorId == evaluator.UserId, cancellationToken);
        if (declaration is not { IsConfirmed: true })
        {
            throw new DeclarationMissingException();
        }

        if (declaration.ConflictsWith(application.LocalAuthorityId, application.TerritoryCode))
        {
            throw new ConflictOfInterestException();
        }

        return (assignment, application, call);
    }

    private Task<int> CallIdAsync(CancellationToken cancellationToken) => currentCall.IdAsync(cancellationToken);

    private async Task<List<string>> EvaluatorIdsAsync(CancellationToken cancellationToken) =>
        await db.AssignableEvaluators().Select(u => u.Id).ToListAsync(cancellationToken);
}
