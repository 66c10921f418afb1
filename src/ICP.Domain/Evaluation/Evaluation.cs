using ICP.Domain.Common;
using ICP.Domain.Programme;

namespace ICP.Domain.Evaluation;

/// <summary>
/// An evaluator's declaration of conflicts of interest for a call: the countries and the local
/// authorities they must not evaluate. Until it is confirmed, they see no application.
/// </summary>
public sealed class EvaluatorDeclaration
{
    private readonly List<DeclaredConflict> _conflicts = [];

    private EvaluatorDeclaration()
    {
        EvaluatorId = string.Empty;
    }

    public EvaluatorDeclaration(int callId, string evaluatorId)
    {
        CallId = callId;
        EvaluatorId = evaluatorId;
    }

    public int Id { get; private set; }

    public int CallId { get; private set; }

    public string EvaluatorId { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    public bool IsConfirmed => ConfirmedAt is not null;

    public IReadOnlyCollection<DeclaredConflict> Conflicts => _conflicts;

    /// <summary>Replaces the declared conflicts and confirms the declaration.</summary>
    public void Declare(IEnumerable<string> countryCodes, IEnumerable<int> authorityIds, DateTimeOffset now)
    {
        _conflicts.Clear();
        _conflicts.AddRange(countryCodes.Distinct(StringComparer.Ordinal).Select(c => new DeclaredConflict(c, null)));
        _conflicts.AddRange(authorityIds.Distinct().Select(a => new DeclaredConflict(null, a)));
        ConfirmedAt = now.ToUniversalTime();
    }

    public bool ConflictsWith(int localAuthorityId, string countryCode) =>
        _conflicts.Any(c => c.LocalAuthorityId == localAuthorityId || c.CountryCode == countryCode);

    /// <summary>Whether the evaluator may be given an application of this city: declaration confirmed, no declared conflict.</summary>
    public bool MayEvaluate(int localAuthorityId, string countryCode) => IsConfirmed && !ConflictsWith(localAuthorityId, countryCode);
}

/// <summary>One declared conflict: a whole country or territory, or one local authority.</summary>
public sealed class DeclaredConflict
{
    private DeclaredConflict()
    {
    }

    internal DeclaredConflict(string? countryCode, int? localAuthorityId)
    {
        CountryCode = countryCode;
        LocalAuthorityId = localAuthorityId;
    }

    public int Id { get; private set; }

    public int DeclarationId { get; private set; }

    public string? CountryCode { get; private set; }

    public int? LocalAuthorityId { get; private set; }
}

/// <summary>An application given to an evaluator to score. Impossible when they declared a conflict.</summary>
public sealed class Assignment
{
    private Assignment()
    {
        EvaluatorId = string.Empty;
        AssignedBy = string.Empty;
    }

    private Assignment(int applicationId, string evaluatorId, string assignedBy, DateTimeOffset at)
    {
        ApplicationId = applicationId;
        EvaluatorId = evaluatorId;
        AssignedBy = assignedBy;
        AssignedAt = at.ToUniversalTime();
    }

    public int Id { get; private set; }

    public int ApplicationId { get; private set; }

    public string EvaluatorId { get; private set; }

    public string AssignedBy { get; private set; }

    public DateTimeOffset AssignedAt { get; private set; }

    public static Assignment Create(
        int applicationId, int localAuthorityId, string countryCode, EvaluatorDeclaration? declaration, string assignedBy, DateTimeOffset at)
    {
        if (declaration is not { IsConfirmed: true })
        {
            throw new DeclarationMissingException();
        }

        if (declaration.ConflictsWith(localAuthorityId, countryCode))
        {
            throw new ConflictOfInterestException();
        }

        return new Assignment(applicationId, declaration.EvaluatorId, assignedBy, at);
    }
}

public enum EvaluationStatus
{
    Draft,
    Submitted,
}

/// <summary>
/// One evaluator's scores for one application: 0–5 per criterion with a comment, a weighted total
/// out of 100, and whether each criterion's threshold is met. Final once submitted.
/// </summary>
public sealed class Evaluation
{
    private readonly List<CriterionScore> _scores = [];

    private Evaluation()
    {
        EvaluatorId = string.Empty;
        Comment = string.Empty;
    }

    public Evaluation(int assignmentId, int applicationId, string evaluatorId, int versionNumber)
    {
        AssignmentId = assignmentId;
        ApplicationId = applicationId;
        EvaluatorId = evaluatorId;
        VersionNumber = versionNumber;
        Comment = string.Empty;
        Status = EvaluationStatus.Draft;
        ConcurrencyToken = Guid.NewGuid();
    }

    public int Id { get; private set; }

    public int AssignmentId { get; private set; }

    public int ApplicationId { get; private set; }

    public string EvaluatorId { get; private set; }

    /// <summary>The submitted version evaluated (the last one before the deadline).</summary>
    public int VersionNumber { get; private set; }

    public EvaluationStatus Status { get; private set; }

    public string Comment { get; private set; }

    public decimal? WeightedTotal { get; private set; }

    public bool? MeetsThresholds { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public Guid ConcurrencyToken { get; private set; }

    public IReadOnlyCollection<CriterionScore> Scores => _scores;

    /// <summary>Saves scores and comments as a draft; submitted evaluations are final.</summary>
    public void SaveDraft(IEnumerable<(int CriterionId, int? Score, string Comment)> scores, string comment)
    {
        if (Status == EvaluationStatus.Submitted)
        {
            throw new EvaluationFinalException();
        }

        var batch = scores.ToList();
        if (batch.Any(s => s.Score is < 0 or > EvaluationCriterion.MaxScore))
        {
            // Checked before anything changes: a refused batch leaves the draft as it was.
            throw new ScoreOutOfRangeException();
        }

        foreach (var (criterionId, score, text) in batch)
        {
            var existing = _scores.FirstOrDefault(s => s.CriterionId == criterionId);
            if (existing is null)
            {
                _scores.Add(new CriterionScore(criterionId, score, text));
            }
            else
            {
                existing.Set(score, text);
            }
        }

        Comment = comment.Trim();
        ConcurrencyToken = Guid.NewGuid();
    }

    /// <summary>Submits: every criterion must be scored. Computes the weighted total and the thresholds.</summary>
    public void Submit(IReadOnlyCollection<EvaluationCriterion> criteria, DateTimeOffset now)
    {
        if (Status == EvaluationStatus.Submitted)
        {
            return;
        }

        var missing = criteria.Where(c => _scores.FirstOrDefault(s => s.CriterionId == c.Id)?.Score is null).Select(c => c.Id).ToList();
        if (missing.Count > 0)
        {
            throw new EvaluationIncompleteException(missing);
        }

        var scores = _scores.ToDictionary(s => s.CriterionId, s => (decimal)s.Score!.Value);
        WeightedTotal = Scoring.WeightedTotal(criteria, scores);
        MeetsThresholds = Scoring.MeetsThresholds(criteria, scores);
        Status = EvaluationStatus.Submitted;
        SubmittedAt = now.ToUniversalTime();
        ConcurrencyToken = Guid.NewGuid();
    }
}

/// <summary>A score (0–5) and comment on one criterion.</summary>
public sealed class CriterionScore
{
    private CriterionScore()
    {
        Comment = string.Empty;
    }

    internal CriterionScore(int criterionId, int? score, string comment)
    {
        CriterionId = criterionId;
        Set(score, comment);
        Comment = comment.Trim();
    }

    public int Id { get; private set; }

    public int EvaluationId { get; private set; }

    public int CriterionId { get; private set; }

    public int? Score { get; private set; }

    public string Comment { get; private set; }

    internal void Set(int? score, string comment)
    {
        Score = score;
        Comment = comment.Trim();
    }
}

/// <summary>The arithmetic of evaluation: weighted totals, thresholds, consolidation.</summary>
public static class Scoring
{
    /// <summary>Σ weight × score / 5, out of 100, rounded to two decimals.</summary>
    public static decimal WeightedTotal(IEnumerable<EvaluationCriterion> criteria, IReadOnlyDictionary<int, decimal> scores) =>
        Math.Round(criteria.Sum(c => c.Weight * scores.GetValueOrDefault(c.Id) / EvaluationCriterion.MaxScore), 2, MidpointRounding.AwayFromZero);

    /// <summary>Every criterion with a threshold scored at least that threshold.</summary>
    public static bool MeetsThresholds(IEnumerable<EvaluationCriterion> criteria, IReadOnlyDictionary<int, decimal> scores) =>
        criteria.All(c => c.Threshold is not { } threshold || scores.GetValueOrDefault(c.Id) >= threshold);
}

/// <summary>
/// The application's consolidated evaluation: the mean of the evaluators' weighted totals, the
/// spread between them (flagged when large), whether the mean score on each threshold criterion
/// reaches it, whether the application passes, and the panel's consensus comment.
/// </summary>
public sealed class ApplicationScore
{
    private ApplicationScore()
    {
        ConsensusComment = string.Empty;
    }

    public ApplicationScore(int applicationId)
    {
        ApplicationId = applicationId;
        ConsensusComment = string.Empty;
    }

    public int ApplicationId { get; private set; }

    public int EvaluationCount { get; private set; }

    public decimal? Mean { get; private set; }

    /// <summary>Highest minus lowest weighted total.</summary>
    public decimal? Spread { get; private set; }

    public bool MeetsThresholds { get; private set; }

    /// <summary>Mean at or above the pass mark, thresholds met, at least <see cref="MinimumEvaluations"/> evaluations.</summary>
    public bool Passes { get; private set; }

    public string ConsensusComment { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>
    /// Renewed by every change: two evaluators submitting at the same moment each recompute from
    /// what they read, so the second write must fail and be redone on fresh data, not overwrite.
    /// </summary>
    public Guid Version { get; private set; }

    public const int MinimumEvaluations = 2;

    /// <summary>
    /// Whether evaluation has shown the application falls short (a threshold, or with enough
    /// evaluations the pass mark), rather than merely waiting for its second evaluation.
    /// </summary>
    public static bool IsBelowThreshold(int evaluationCount, bool meetsThresholds, bool passes) =>
        evaluationCount > 0 && (!meetsThresholds || (evaluationCount >= MinimumEvaluations && !passes));

    public bool IsSpreadLarge(decimal limit) => IsSpreadLarge(Spread, limit);

    /// <summary>Whether evaluators disagree enough for staff screens to flag it: the spread is above the limit.</summary>
    public static bool IsSpreadLarge(decimal? spread, decimal limit) => spread is { } points && points > limit;

    /// <summary>Recomputes from the submitted evaluations.</summary>
    public void Recompute(IReadOnlyCollection<EvaluationCriterion> criteria, IEnumerable<Evaluation> evaluations, int passMark, DateTimeOffset now)
    {
        var submitted = evaluations.Where(e => e.Status == EvaluationStatus.Submitted).ToList();
        EvaluationCount = submitted.Count;
        UpdatedAt = now.ToUniversalTime();
        Version = Guid.NewGuid();
        if (submitted.Count == 0)
        {
            Mean = null;
            Spread = null;
            MeetsThresholds = false;
            Passes = false;
            return;
        }

        var totals = submitted.Select(e => e.WeightedTotal!.Value).ToList();
        Mean = Math.Round(totals.Average(), 2, MidpointRounding.AwayFromZero);
        Spread = totals.Max() - totals.Min();
        var meanPerCriterion = criteria.ToDictionary(
            c => c.Id,
            c => submitted.Average(e => (decimal)(e.Scores.First(s => s.CriterionId == c.Id).Score ?? 0)));
        MeetsThresholds = Scoring.MeetsThresholds(criteria, meanPerCriterion);
        Passes = MeetsThresholds && Mean >= passMark && submitted.Count >= MinimumEvaluations;
    }

    public void SetConsensus(string comment, DateTimeOffset now)
    {
        ConsensusComment = comment.Trim();
        UpdatedAt = now.ToUniversalTime();
        Version = Guid.NewGuid();
    }
}
