using System.Text.Json;
using ICP.Domain.Applications;
using ICP.Domain.Evaluation;
using ICP.Infrastructure.Persistence;
using ICP.Web.Configuration;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Calls;
using ICP.Web.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ICP.Web.Features.Applications;

/// <summary>Reads for programme managers over every application of the call.</summary>
public sealed class StaffApplicationQueries(IcpDbContext db, IOptions<EvaluationOptions> options, CurrentCall currentCall)
{

    /// <summary>Spread between evaluators (points out of 100) above which the panel should look again.</summary>
    public decimal SpreadLimit => options.Value.SpreadLimit;

    /// <summary>
    /// One page of the list in three queries whatever the page: the call's reference data, every
    /// count (the total and each facet, from one grouped query), then the page's rows. Rows are
    /// found by keyset (the sort keys of the row before or after, from the Previous and Next links)
    /// or, for a page asked by number, from whichever end of the list is nearer: the last page
    /// costs what the first does.
    /// </summary>
    public async Task<ApplicationListPage> ListAsync(ApplicationFilter filter, CancellationToken cancellationToken)
    {
        filter.Page = Math.Max(1, filter.Page);
        var reference = await ReferenceDataAsync(cancellationToken);
        var themeId = reference.Themes.FirstOrDefault(t => t.Slug == filter.Theme)?.Id;
        var counts = await CountsAsync(reference.CallId, filter, themeId, cancellationToken);
        var total = counts.Where(c => Matches(c, filter, themeId, skipGroup: false, skipStatus: false, skipTheme: false)).Sum(c => c.Count);
        var pages = Paging.PageCount(total, ApplicationFilter.PageSize);
        filter.Page = Math.Min(filter.Page, pages);

        var keys = SortKeys(filter);
        var filtered = Filter(Rows(reference.CallId), filter, themeId, skipGroup: false, skipStatus: false);
        List<RowData> rows;
        if (ListCursor.Parse(filter.After, keys) is { } after)
        {
            rows = await Order(filtered.Where(ListCursor.Beyond(keys, after, forward: true)), keys, reverse: false)
                .Take(ApplicationFilter.PageSize).ToListAsync(cancellationToken);
        }
        else if (ListCursor.Parse(filter.Before, keys) is { } before)
        {
            rows = await Order(filtered.Where(ListCursor.Beyond(keys, before, forward: false)), keys, reverse: true)
                .Take(ApplicationFilter.PageSize).ToListAsync(cancellationToken);
            rows.Reverse();
        }
        else
        {
            var skipped = (filter.Page - 1) * ApplicationFilter.PageSize;
            var onPage = Math.Min(ApplicationFilter.PageSize, Math.Max(0, total - skipped));
            var fromEnd = total - skipped - onPage;
            if (fromEnd < skipped)
            {
                rows = await Order(filtered, keys, reverse: true).Skip(fromEnd).Take(onPage).ToListAsync(cancellationToken);
                rows.Reverse();
            }
            else
            {
                rows = await Order(filtered, keys, reverse: false).Skip(skipped).Take(ApplicationFilter.PageSize).ToListAsync(cancellationToken);
            }
        }

        var names = reference.Themes.ToDictionary(t => t.Id, t => t.Name);
        return new ApplicationListPage(
            filter,
            [.. rows.Select(r => ToRow(r, names))],
            total,
            [.. Enum.GetValues<ApplicationStatus>().Select(s => new FacetCount(s.ToString(), counts.Where(c => c.Status == s && Matches(c, filter, themeId, skipGroup: false, skipStatus: true, skipTheme: false)).Sum(c => c.Count)))],
            [.. reference.Groups.Select(g => new FacetCount(g.Code, counts.Where(c => c.QuotaGroup == g.Code && Matches(c, filter, themeId, skipGroup: true, skipStatus: false, skipTheme: false)).Sum(c => c.Count)))],
            [.. reference.Themes.Select(t => new FacetCount(t.Slug, counts.Where(c => c.PrimaryThemeId == t.Id && Matches(c, filter, themeId, skipGroup: false, skipStatus: false, skipTheme: true)).Sum(c => c.Count)))],
            [.. reference.Groups.Select(g => (g.Code, g.Name))],
            [.. reference.Countries.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => (c.Code, c.Name))],
            [.. reference.Themes.Select(t => (t.Slug, t.Name))],
            rows.Count > 0 ? ListCursor.Of(keys, rows[0]) : null,
            rows.Count > 0 ? ListCursor.Of(keys, rows[^1]) : null);
    }

    /// <summary>One query: the call's id, themes, quota groups and countries (a few dozen rows).</summary>
    private async Task<ReferenceData> ReferenceDataAsync(CancellationToken cancellationToken)
    {
        var call = await currentCall.Query(CallAudience.Staff)
            .Select(c => new
            {
                c.Id,
                Themes = c.Themes.OrderBy(t => t.Order).Select(t => new ThemeRef(t.Id, t.Slug, t.Name)).ToList(),
                Groups = c.QuotaGroups.OrderBy(g => g.Order).Select(g => new GroupRef(g.Code, g.Name, g.Territories.Select(t => new GroupRef(t.Code, t.Name, null)).ToList())).ToList(),
            })
            .AsSingleQuery()
            .SingleAsync(cancellationToken);
        return new ReferenceData(call.Id, call.Themes, call.Groups, [.. call.Groups.SelectMany(g => g.Territories!)]);
    }

    /// <summary>
    /// One grouped query: how many applications there are for each (status, group, themes) under the
    /// filters that every count shares; each facet then leaves out its own filter, in memory.
    /// </summary>
    private async Task<List<CountRow>> CountsAsync(int callId, ApplicationFilter filter, int? themeId, CancellationToken cancellationToken) =>
        await Filter(NeedsJoinedRows(filter) ? Rows(callId) : OwnColumns(callId), filter, null, skipGroup: true, skipStatus: true)
            .GroupBy(r => new { r.Status, r.QuotaGroup, r.PrimaryThemeId, r.SecondaryThemeId })
            .Select(g => new CountRow(g.Key.Status, g.Key.QuotaGroup, g.Key.PrimaryThemeId, g.Key.SecondaryThemeId, g.Count()))
            .ToListAsync(cancellationToken);

    private static bool Matches(CountRow row, ApplicationFilter filter, int? themeId, bool skipGroup, bool skipStatus, bool skipTheme) =>
        (skipGroup || string.IsNullOrEmpty(filter.Group) || row.QuotaGroup == filter.Group)
        && (skipStatus || filter.Status is not { } status || row.Status == status)
        && (skipTheme || themeId is not { } theme || row.PrimaryThemeId == theme || row.SecondaryThemeId == theme);

    private sealed record ThemeRef(int Id, string Slug, string Name);

    private sealed record GroupRef(string Code, string Name, List<GroupRef>? Territories);

    private sealed record ReferenceData(int CallId, List<ThemeRef> Themes, List<GroupRef> Groups, List<GroupRef> Countries);

    private sealed record CountRow(ApplicationStatus Status, string QuotaGroup, int? PrimaryThemeId, int? SecondaryThemeId, int Count);

    /// <summary>Every row the filter selects, sorted, for CSV and Excel exports.</summary>
    public async Task<IReadOnlyList<ApplicationRow>> ExportAsync(ApplicationFilter filter, CancellationToken cancellationToken)
    {
        var callId = await CallIdAsync(cancellationToken);
        var themes = await db.Themes.AsNoTracking().Where(t => t.CallId == callId).Select(t => new { t.Id, t.Slug, t.Name }).ToListAsync(cancellationToken);
        var themeId = themes.FirstOrDefault(t => t.Slug == filter.Theme)?.Id;
        var rows = await Order(Filter(Rows(callId), filter, themeId, skipGroup: false, skipStatus: false), SortKeys(filter), reverse: false).ToListAsync(cancellationToken);
        var names = themes.ToDictionary(t => t.Id, t => t.Name);
        return [.. rows.Select(r => ToRow(r, names))];
    }

    public async Task<StaffApplicationDetail?> DetailAsync(int id, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking()
            .Where(a => a.Id == id)
            .Join(db.LocalAuthorities, a => a.LocalAuthorityId, l => l.Id, (a, l) => new { a.Id, a.Reference, l.OfficialName, a.TerritoryCode, a.QuotaGroupCode, a.Status, a.CallId, a.LocalAuthorityId })
            .SingleOrDefaultAsync(cancellationToken);
        if (application is null)
        {
            return null;
        }

        var call = await currentCall.LoadAsync(CallShape.Summary, CallAudience.Staff, cancellationToken);
        if (application.CallId != call.Id)
        {
            return null;
        }

        var deadline = call.WindowFor(application.LocalAuthorityId).Deadline;
        var versions = await db.ApplicationVersions.AsNoTracking().Where(v => v.ApplicationId == id).OrderBy(v => v.Number)
            .Select(v => new { Info = new VersionInfo(v.Number, v.SubmittedAt, v.SubmittedByName, v.ContentSha256, v.ReceiptCode), v.ContentJson }).ToListAsync(cancellationToken);
        var evaluatedNumber = Application.EvaluatedVersionNumber(application.Status, versions.Select(v => (v.Info.Number, v.Info.SubmittedAt)), deadline);
        var evaluated = versions.SingleOrDefault(v => v.Info.Number == evaluatedNumber);
        var documents = await db.ApplicationDocuments.AsNoTracking().Where(d => d.ApplicationId == id).OrderBy(d => d.Id)
            .Select(d => new DocumentInfo(d.Id, d.FileName, d.SizeBytes, d.Sha256, d.UploadedByName, d.UploadedAt)).ToListAsync(cancellationToken);
        var history = await db.ApplicationStatusChanges.AsNoTracking().Where(c => c.ApplicationId == id).OrderBy(c => c.At).ThenBy(c => c.Id)
            .Select(c => new StatusChangeInfo(c.From, c.To, c.ActorName, c.At, c.ReasonCode, c.VersionNumber, c.Reason)).ToListAsync(cancellationToken);
        var criteria = await db.EvaluationCriteria.AsNoTracking().Where(c => c.CallId == application.CallId).OrderBy(c => c.Order).ToListAsync(cancellationToken);
        var evaluations = await db.Evaluations.AsNoTracking().Include(e => e.Scores).Where(e => e.ApplicationId == id)
            .Join(db.Users, e => e.EvaluatorId, u => u.Id, (e, u) => new { Evaluation = e, u.DisplayName }).ToListAsync(cancellationToken);
        var assigned = await db.Assignments.AsNoTracking().Where(a => a.ApplicationId == id)
            .Join(db.Users, a => a.EvaluatorId, u => u.Id, (a, u) => new { a.EvaluatorId, u.DisplayName }).ToListAsync(cancellationToken);
        var evaluators = await EvaluatorsAsync(cancellationToken);
        var declarations = await db.EvaluatorDeclarations.AsNoTracking().Include(d => d.Conflicts).Where(d => d.CallId == application.CallId).ToListAsync(cancellationToken);
        var assignable = evaluators
            .Where(e => assigned.All(a => a.EvaluatorId != e.Id))
            .Where(e => declarations.FirstOrDefault(d => d.EvaluatorId == e.Id)?.MayEvaluate(application.LocalAuthorityId, application.TerritoryCode) == true)
            .Select(e => (e.Id, e.Name)).ToList();
        var messages = await db.OutboxMessages.AsNoTracking().Where(m => m.RelatedReference == application.Reference).OrderBy(m => m.CreatedAt)
            .Select(m => new { m.CreatedAt, m.Kind, m.Subject, m.State }).ToListAsync(cancellationToken);

        return new StaffApplicationDetail(
            application.Id, application.Reference, application.OfficialName, application.TerritoryCode, application.QuotaGroupCode, application.Status,
            [.. versions.Select(v => v.Info)], documents, history,
            evaluated is null ? null : JsonSerializer.Deserialize<SubmissionContent>(evaluated.ContentJson, SubmissionContent.Json),
            evaluated?.Info.Number,
            [.. evaluations.OrderBy(e => e.DisplayName, StringComparer.CurrentCulture).Select(e => new EvaluationView(
                e.DisplayName, e.Evaluation.Status, e.Evaluation.WeightedTotal, e.Evaluation.MeetsThresholds, e.Evaluation.Comment, e.Evaluation.SubmittedAt,
                [.. criteria.Select(c => (c.Title, e.Evaluation.Scores.FirstOrDefault(s => s.CriterionId == c.Id)?.Score, e.Evaluation.Scores.FirstOrDefault(s => s.CriterionId == c.Id)?.Comment ?? string.Empty))]))],
            await db.ApplicationScores.AsNoTracking().Where(s => s.ApplicationId == id)
                .Select(s => new ConsolidatedScoreView(s.EvaluationCount, s.Mean, s.Spread, s.MeetsThresholds, s.Passes, s.ConsensusComment, false))
                .SingleOrDefaultAsync(cancellationToken) is { } score ? score with { SpreadIsLarge = ApplicationScore.IsSpreadLarge(score.Spread, SpreadLimit) } : null,
            [.. assigned.Select(a => (a.EvaluatorId, a.DisplayName))],
            assignable,
            await db.SelectionDecisions.AsNoTracking().Where(d => d.ApplicationId == id)
                .Select(d => new DecisionView(d.Outcome, d.State)).SingleOrDefaultAsync(cancellationToken),
            [.. messages.Select(m => (m.CreatedAt, m.Kind, m.Subject, m.State.ToString()))],
            call.TimeZoneId,
            SpreadLimit,
            await db.Themes.AsNoTracking().Where(t => t.CallId == application.CallId).ToDictionaryAsync(t => t.Slug, t => t.Name, cancellationToken),
            application.LocalAuthorityId,
            await TeamAsync(application.LocalAuthorityId, cancellationToken));
    }

    /// <summary>The team of the city an application belongs to (null for an unknown application).</summary>
    public async Task<(int LocalAuthorityId, IReadOnlyList<TeamMember> Team)?> TeamOfApplicationAsync(int applicationId, CancellationToken cancellationToken)
    {
        var authorityId = await db.Applications.AsNoTracking().Where(a => a.Id == applicationId).Select(a => (int?)a.LocalAuthorityId).SingleOrDefaultAsync(cancellationToken);
        return authorityId is { } id ? (id, await TeamAsync(id, cancellationToken)) : null;
    }

    /// <summary>The city's team, with its designated submitter (staff may reassign the role when the team asks).</summary>
    private async Task<IReadOnlyList<TeamMember>> TeamAsync(int authorityId, CancellationToken cancellationToken)
    {
        var submitter = await db.LocalAuthorities.AsNoTracking().Where(a => a.Id == authorityId).Select(a => a.DesignatedSubmitterId).SingleAsync(cancellationToken);
        var members = await db.AuthorityMembers.AsNoTracking().Where(m => m.LocalAuthorityId == authorityId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken);
        return [.. members.OrderBy(m => m.DisplayName, StringComparer.CurrentCulture)
            .Select(m => new TeamMember(m.Id, m.DisplayName, m.Email ?? string.Empty, m.Id == submitter, false))];
    }

    /// <summary>A document of any application, for staff (always downloaded as an attachment).</summary>
    public async Task<(string StorageKey, string FileName)?> DocumentFileAsync(int applicationId, int documentId, CancellationToken cancellationToken)
    {
        var document = await db.ApplicationDocuments.AsNoTracking().Where(d => d.Id == documentId && d.ApplicationId == applicationId)
            .Select(d => new { d.StorageKey, d.FileName }).SingleOrDefaultAsync(cancellationToken);
        return document is null ? null : (document.StorageKey, document.FileName);
    }

    public async Task<IReadOnlyList<(string Id, string Name)>> EvaluatorsAsync(CancellationToken cancellationToken) =>
        [.. (await db.AssignableEvaluators().AsNoTracking().Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken))
            .OrderBy(e => e.DisplayName, StringComparer.CurrentCulture).Select(e => (e.Id, e.DisplayName))];

    private Task<int> CallIdAsync(CancellationToken cancellationToken) => currentCall.IdAsync(cancellationToken);

    /// <summary>
    /// One row per application with what the list shows and filters on: the latest version's themes
    /// are kept on the application itself, so the counts are a GROUP BY over one table.
    /// </summary>
    private IQueryable<RowData> Rows(int callId) =>
        from a in db.Applications.AsNoTracking()
        where a.CallId == callId
        join l in db.LocalAuthorities on a.LocalAuthorityId equals l.Id
        join s in db.ApplicationScores on a.Id equals s.ApplicationId into scores
        from s in scores.DefaultIfEmpty()
        select new RowData
        {
            Id = a.Id,
            Reference = a.Reference,
            Authority = l.OfficialName,
            Country = a.TerritoryCode,
            QuotaGroup = a.QuotaGroupCode,
            Status = a.Status,
            Versions = a.SubmittedVersions,
            LastSubmittedAt = a.LastSubmittedAt,
            PrimaryThemeId = a.LatestPrimaryThemeId,
            SecondaryThemeId = a.LatestSecondaryThemeId,
            Score = s == null ? null : s.Mean,
            Spread = s == null ? null : s.Spread,
            Evaluations = s == null ? 0 : s.EvaluationCount,
            Passes = s != null && s.Passes,
        };

    /// <summary>
    /// The rows as far as the application's own columns tell: enough for counts unless a filter asks
    /// for a score or a name, and one covering index answers them (no join, no table read).
    /// </summary>
    private IQueryable<RowData> OwnColumns(int callId) =>
        from a in db.Applications.AsNoTracking()
        where a.CallId == callId
        select new RowData
        {
            Id = a.Id,
            Country = a.TerritoryCode,
            QuotaGroup = a.QuotaGroupCode,
            Status = a.Status,
            PrimaryThemeId = a.LatestPrimaryThemeId,
            SecondaryThemeId = a.LatestSecondaryThemeId,
        };

    private static bool NeedsJoinedRows(ApplicationFilter filter) =>
        filter.MinScore is not null || filter.MaxScore is not null || !string.IsNullOrWhiteSpace(filter.Text);

    private static IQueryable<RowData> Filter(IQueryable<RowData> rows, ApplicationFilter filter, int? themeId, bool skipGroup, bool skipStatus)
    {
        if (!skipGroup && !string.IsNullOrEmpty(filter.Group))
        {
            rows = rows.Where(r => r.QuotaGroup == filter.Group);
        }

        if (!string.IsNullOrEmpty(filter.Country))
        {
            rows = rows.Where(r => r.Country == filter.Country);
        }

        if (themeId is { } theme)
        {
            rows = rows.Where(r => r.PrimaryThemeId == theme || r.SecondaryThemeId == theme);
        }

        if (!skipStatus && filter.Status is { } status)
        {
            rows = rows.Where(r => r.Status == status);
        }

        if (filter.MinScore is { } min)
        {
            rows = rows.Where(r => r.Score >= min);
        }

        if (filter.MaxScore is { } max)
        {
            rows = rows.Where(r => r.Score <= max);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            rows = rows.Where(r => r.Reference.Contains(text) || r.Authority.Contains(text));
        }

        return rows;
    }

    /// <summary>
    /// The list's order as sort keys, the last one unique (so that keyset paging neither skips nor
    /// repeats a row). Rows without a score or a submission come last whatever the direction.
    /// </summary>
    private static IReadOnlyList<SortKey<RowData>> SortKeys(ApplicationFilter filter)
    {
        var d = filter.Descending;
        return filter.Sort switch
        {
            "authority" => [SortKey<RowData>.Of(r => r.Authority, d), SortKey<RowData>.Of(r => r.Id, false)],
            "country" => [SortKey<RowData>.Of(r => r.Country, d), SortKey<RowData>.Of(r => r.Reference, false)],
            "status" => [SortKey<RowData>.Of(r => r.Status, d), SortKey<RowData>.Of(r => r.Reference, false)],
            "score" => [SortKey<RowData>.Of(r => r.Score == null, false), SortKey<RowData>.Of(r => r.Score, d), SortKey<RowData>.Of(r => r.Reference, false)],
            "submitted" => [SortKey<RowData>.Of(r => r.LastSubmittedAt == null, false), SortKey<RowData>.Of(r => r.LastSubmittedAt, d), SortKey<RowData>.Of(r => r.Id, false)],
            _ => [SortKey<RowData>.Of(r => r.Reference, d)],
        };
    }

    private static IQueryable<RowData> Order(IQueryable<RowData> rows, IReadOnlyList<SortKey<RowData>> keys, bool reverse)
    {
        IOrderedQueryable<RowData>? ordered = null;
        foreach (var key in keys)
        {
            ordered = key.Apply(rows, ordered, key.Descending != reverse);
        }

        return ordered!;
    }

    private static ApplicationRow ToRow(RowData r, IReadOnlyDictionary<int, string> themes) => new(
        r.Id, r.Reference, r.Authority, r.Country, r.QuotaGroup, r.Status, r.Versions, r.LastSubmittedAt,
        r.PrimaryThemeId is { } p ? themes.GetValueOrDefault(p) : null, r.SecondaryThemeId is { } s ? themes.GetValueOrDefault(s) : null,
        r.Score, r.Spread, r.Evaluations, r.Passes);

    internal sealed class RowData
    {
        public int Id { get; init; }

        public string Reference { get; init; } = string.Empty;

        public string Authority { get; init; } = string.Empty;

        public string Country { get; init; } = string.Empty;

        public string QuotaGroup { get; init; } = string.Empty;

        public ApplicationStatus Status { get; init; }

        public int Versions { get; init; }

        public DateTimeOffset? LastSubmittedAt { get; init; }

        public int? PrimaryThemeId { get; init; }

        public int? SecondaryThemeId { get; init; }

        public decimal? Score { get; init; }

        public decimal? Spread { get; init; }

        public int Evaluations { get; init; }

        public bool Passes { get; init; }
    }
}
