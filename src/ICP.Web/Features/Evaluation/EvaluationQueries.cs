using System.Text.Json;
using ICP.Domain.Applications;
using ICP.Domain.Evaluation;
using ICP.Infrastructure.Persistence;
using ICP.Web.Configuration;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Applications;
using ICP.Web.Features.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ICP.Web.Features.Evaluation;

/// <summary>Reads for evaluators (their own assignments) and for programme managers (the overview).</summary>
public sealed class EvaluationQueries(IcpDbContext db, IOptions<EvaluationOptions> options, CurrentCall currentCall)
{

    public int PerApplication => options.Value.EvaluatorsPerApplication;

    public async Task<DeclarationPage> DeclarationAsync(StaffContext evaluator, CancellationToken cancellationToken)
    {
        var callId = await CallIdAsync(cancellationToken);
        var declaration = await db.EvaluatorDeclarations.AsNoTracking().Include(d => d.Conflicts)
            .SingleOrDefaultAsync(d => d.CallId == callId && d.EvaluatorId == evaluator.UserId, cancellationToken);
        var countries = await db.QuotaGroups.AsNoTracking().Where(g => g.CallId == callId).SelectMany(g => g.Territories).Select(t => new { t.Code, t.Name }).ToListAsync(cancellationToken);
        var authorities = await db.Applications.AsNoTracking().Where(a => a.CallId == callId && a.Status != ApplicationStatus.Draft)
            .Join(db.LocalAuthorities, a => a.LocalAuthorityId, l => l.Id, (a, l) => new { l.Id, l.OfficialName, l.CountryCode })
            .ToListAsync(cancellationToken);
        return new DeclarationPage(
            declaration?.IsConfirmed == true, declaration?.ConfirmedAt,
            [.. declaration?.Conflicts.Where(c => c.CountryCode != null).Select(c => c.CountryCode!) ?? []],
            [.. declaration?.Conflicts.Where(c => c.LocalAuthorityId != null).Select(c => c.LocalAuthorityId!.Value) ?? []],
            [.. countries.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => (c.Code, c.Name))],
            [.. authorities.OrderBy(a => a.CountryCode, StringComparer.Ordinal).ThenBy(a => a.OfficialName, StringComparer.CurrentCulture).Select(a => (a.Id, a.OfficialName, a.CountryCode))]);
    }

    public async Task<MyEvaluationsPage> MineAsync(StaffContext evaluator, CancellationToken cancellationToken)
    {
        var callId = await CallIdAsync(cancellationToken);
        var confirmed = await db.EvaluatorDeclarations.AnyAsync(d => d.CallId == callId && d.EvaluatorId == evaluator.UserId && d.ConfirmedAt != null, cancellationToken);
        if (!confirmed)
        {
            // No file, not even its name, before the declaration of conflicts.
            return new MyEvaluationsPage(false, []);
        }

        var rows = await (from a in db.Assignments.AsNoTracking()
                          where a.EvaluatorId == evaluator.UserId
                          join x in db.Applications on a.ApplicationId equals x.Id
                          join l in db.LocalAuthorities on x.LocalAuthorityId equals l.Id
                          join e in db.Evaluations on a.Id equals e.AssignmentId into evaluations
                          from e in evaluations.DefaultIfEmpty()
                          orderby x.Reference
                          select new AssignmentRow(x.Id, x.Reference, l.OfficialName, x.TerritoryCode, e == null ? null : e.Status, e == null ? null : e.WeightedTotal))
            .ToListAsync(cancellationToken);
        return new MyEvaluationsPage(true, rows);
    }

    /// <summary>The scoring page: the evaluated version, the criteria, the evaluator's own scores; colleagues' scores only once theirs are submitted.</summary>
    public async Task<ScorePage?> ScoreAsync(int applicationId, StaffContext evaluator, CancellationToken cancellationToken)
    {
        var assignment = await db.Assignments.AsNoTracking().SingleOrDefaultAsync(a => a.ApplicationId == applicationId && a.EvaluatorId == evaluator.UserId, cancellationToken);
        if (assignment is null)
        {
            return null;
        }

        var application = await db.Applications.AsNoTracking().Include(a => a.Versions).Include(a => a.Documents).AsSplitQuery().SingleAsync(a => a.Id == applicationId, cancellationToken);
        var call = await currentCall.LoadAsync(CallShape.Criteria | CallShape.ThemesAndPhases, CallAudience.Staff, cancellationToken);
        if (application.CallId != call.Id)
        {
            return null;
        }

        var declaration = await db.EvaluatorDeclarations.AsNoTracking().Include(d => d.Conflicts)
            .SingleOrDefaultAsync(d => d.CallId == call.Id && d.EvaluatorId == evaluator.UserId, cancellationToken);
        if (declaration?.MayEvaluate(application.LocalAuthorityId, application.TerritoryCode) != true)
        {
            return null;
        }

        var version = application.EvaluatedVersion(call.WindowFor(application.LocalAuthorityId).Deadline);
        if (version is null)
        {
            return null;
        }

        var authority = await db.LocalAuthorities.AsNoTracking().Where(l => l.Id == application.LocalAuthorityId).Select(l => l.OfficialName).SingleAsync(cancellationToken);
        var criteria = call.Criteria.OrderBy(c => c.Order).Select(c => new CriterionView(c.Id, c.Order, c.Title, c.Description, c.Weight, c.Threshold)).ToList();
        var mine = await db.Evaluations.AsNoTracking().Include(e => e.Scores).SingleOrDefaultAsync(e => e.AssignmentId == assignment.Id, cancellationToken);
        var form = new ScoreForm
        {
            Comment = mine?.Comment ?? string.Empty,
            Scores = [.. criteria.Select(c => new CriterionScoreInput
            {
                CriterionId = c.Id,
                Score = mine?.Scores.FirstOrDefault(s => s.CriterionId == c.Id)?.Score,
                Comment = mine?.Scores.FirstOrDefault(s => s.CriterionId == c.Id)?.Comment ?? string.Empty,
            })],
        };

        var others = await db.Evaluations.AsNoTracking().Include(e => e.Scores)
            .Where(e => e.ApplicationId == applicationId && e.EvaluatorId != evaluator.UserId)
            .Join(db.Users, e => e.EvaluatorId, u => u.Id, (e, u) => new { Evaluation = e, u.DisplayName })
            .ToListAsync(cancellationToken);
        var mineSubmitted = mine?.Status == EvaluationStatus.Submitted;
        var visible = mineSubmitted
            ? others.Where(o => o.Evaluation.Status == EvaluationStatus.Submitted).Select(o => new EvaluationView(
                o.DisplayName, o.Evaluation.Status, o.Evaluation.WeightedTotal, o.Evaluation.MeetsThresholds, o.Evaluation.Comment, o.Evaluation.SubmittedAt,
                [.. criteria.Select(c => (c.Title, o.Evaluation.Scores.FirstOrDefault(s => s.CriterionId == c.Id)?.Score, o.Evaluation.Scores.FirstOrDefault(s => s.CriterionId == c.Id)?.Comment ?? string.Empty))])).ToList()
            : [];
        var content = JsonSerializer.Deserialize<SubmissionContent>(version.ContentJson, SubmissionContent.Json)!;
        return new ScorePage(
            applicationId, application.Reference, authority, version.Number, content, version.DocumentId, criteria, form, mine?.Status, mine?.WeightedTotal, mine?.MeetsThresholds,
            visible, mineSubmitted ? 0 : others.Count, call.Themes.ToDictionary(t => t.Slug, t => t.Name));
    }

    /// <summary>A document of an application the evaluator may read.</summary>
    public async Task<(string StorageKey, string FileName)?> DocumentFileAsync(int applicationId, int documentId, StaffContext evaluator, CancellationToken cancellationToken)
    {
        if (await ScoreAsync(applicationId, evaluator, cancellationToken) is not { DocumentId: { } allowed } || allowed != documentId)
        {
            return null;
        }

        var document = await db.ApplicationDocuments.AsNoTracking().Where(d => d.Id == documentId).Select(d => new { d.StorageKey, d.FileName }).SingleAsync(cancellationToken);
        return (document.StorageKey, document.FileName);
    }

    public async Task<EvaluationOverviewPage> OverviewAsync(CancellationToken cancellationToken)
    {
        var callId = await CallIdAsync(cancellationToken);
        var evaluators = await (from u in db.Users.AsNoTracking()
                                join ur in db.UserRoles on u.Id equals ur.UserId
                                join r in db.Roles on ur.RoleId equals r.Id
                                where r.Name == ICP.Infrastructure.Identity.StaffRoles.Evaluator
                                select new
                                {
                                    u.Id,
                                    u.DisplayName,
                                    Declared = db.EvaluatorDeclarations.Any(d => d.CallId == callId && d.EvaluatorId == u.Id && d.ConfirmedAt != null),
                                    Conflicts = db.EvaluatorDeclarations.Where(d => d.CallId == callId && d.EvaluatorId == u.Id).SelectMany(d => d.Conflicts).Count(),
                                    Assigned = db.Assignments.Count(a => a.EvaluatorId == u.Id),
                                    Submitted = db.Evaluations.Count(e => e.EvaluatorId == u.Id && e.Status == EvaluationStatus.Submitted),
                                }).ToListAsync(cancellationToken);
        var submittedApplications = db.Applications.Where(a => a.CallId == callId && a.Status == ApplicationStatus.Submitted);
        var total = await submittedApplications.CountAsync(cancellationToken);
        var fully = await submittedApplications.CountAsync(a => db.Assignments.Count(x => x.ApplicationId == a.Id) >= PerApplication, cancellationToken);
        var evaluated = await db.ApplicationScores.CountAsync(s => s.EvaluationCount >= ApplicationScore.MinimumEvaluations, cancellationToken);
        var call = await currentCall.LoadAsync(CallShape.Criteria, CallAudience.Staff, cancellationToken);
        var locked = await db.EvaluationHasStartedAsync(callId, cancellationToken);
        return new EvaluationOverviewPage(
            [.. evaluators.OrderBy(e => e.DisplayName, StringComparer.CurrentCulture).Select(e => new EvaluatorLoad(e.Id, e.DisplayName, e.Declared, e.Conflicts, e.Assigned, e.Submitted))],
            total, fully, evaluated, locked,
            [.. call.Criteria.OrderBy(c => c.Order).Select(c => new CriterionView(c.Id, c.Order, c.Title, c.Description, c.Weight, c.Threshold))],
            PerApplication);
    }

    private Task<int> CallIdAsync(CancellationToken cancellationToken) => currentCall.IdAsync(cancellationToken);
}
